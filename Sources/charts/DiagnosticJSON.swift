import Dataset
import Foundation

/// Diagnostics for editors and CI (JSON) and for people at a terminal (coloured).
enum DiagnosticJSON {
    /// One diagnostic, the same shape in every command's `--json`: every key present, `null`
    /// when unknown: `{chart, column, field, file, hint, line, message, severity}`.
    struct Item: Encodable {
        var file: String
        var line: Int?
        var column: Int?
        var field: String?
        var chart: String?
        var severity: String
        var message: String
        var hint: String?

        init(_ diagnostic: Diagnostic, chart: String?) {
            file = diagnostic.file
            line = diagnostic.line
            column = diagnostic.line == nil ? nil : diagnostic.column
            field = diagnostic.field
            self.chart = chart
            severity = diagnostic.severity.rawValue
            message = diagnostic.message
            hint = diagnostic.hint
        }

        enum CodingKeys: String, CodingKey { case file, line, column, field, chart, severity, message, hint }

        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file)
            try c.encode(line, forKey: .line)
            try c.encode(column, forKey: .column)
            try c.encode(field, forKey: .field)
            try c.encode(chart, forKey: .chart)
            try c.encode(severity, forKey: .severity)
            try c.encode(message, forKey: .message)
            try c.encode(hint, forKey: .hint)
        }
    }

    /// A JSON array of diagnostics (see ``Item``), keys sorted.
    static func encode(_ items: [Item]) -> String {
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
        let label = switch diagnostic.severity {
        case .error: "\u{1B}[31merror:\u{1B}[0m"
        case .warning: "\u{1B}[33mwarning:\u{1B}[0m"
        case .info: "\u{1B}[36mnote:\u{1B}[0m"
        }
        return "\u{1B}[1m\(location)\u{1B}[0m \(label)\(rest)"
    }
}
