import Dataset
import Foundation

/// Diagnostics for editors and CI (JSON) and for people at a terminal (coloured).
enum DiagnosticJSON {
    private struct Item: Encodable {
        var file: String
        var line: Int?
        var column: Int?
        var field: String?
        var severity: String
        var message: String
        var hint: String?
    }

    /// A JSON array of `{file, line, field, severity, message, hint}`, keys sorted.
    static func encode(_ diagnostics: [Diagnostic]) -> String {
        let items = diagnostics.map {
            Item(file: $0.file, line: $0.line, column: $0.column, field: $0.field, severity: $0.severity.rawValue, message: $0.message, hint: $0.hint)
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(items), as: UTF8.self)
    }

    /// The one-line form with the location bold and the severity in red (error) or yellow (warning).
    static func coloured(_ diagnostic: Diagnostic) -> String {
        var plain = diagnostic
        plain.severity = .error
        let text = plain.description
        let location = diagnostic.file + (diagnostic.line.map { ":\($0)" } ?? "")
            + (diagnostic.line != nil ? diagnostic.column.map { ":\($0)" } ?? "" : "") + ":"
        let rest = String(text.dropFirst(location.count))
        let label = diagnostic.severity == .error ? "\u{1B}[31merror:\u{1B}[0m" : "\u{1B}[33mwarning:\u{1B}[0m"
        return "\u{1B}[1m\(location)\u{1B}[0m \(label)\(rest)"
    }
}
