import Dataset
import Foundation

/// Prints what a run did: a line per chart, its problems, and a summary.
enum Report {
    static func line(_ outcome: ChartOutcome) -> String {
        let milliseconds = Int((outcome.seconds * 1000).rounded())
        let status = switch outcome.status {
        case .rendered: "ok"
        case .upToDate: "same"
        case .failed: "FAILED"
        }
        let files = outcome.status == .rendered ? outcome.files.map(\.name).joined(separator: " ") : ""
        let detail = outcome.status == .upToDate ? "up to date" : "\(files)  (\(milliseconds) ms)"
        return "\(status.padding(toLength: 7, withPad: " ", startingAt: 0)) \(outcome.name)  \(detail)"
    }

    static func print(_ outcome: ChartOutcome) {
        Swift.print(line(outcome))
        for problem in DiagnosticGroups.condensed(outcome.errors) + DiagnosticGroups.condensed(outcome.warnings) {
            Swift.print("        " + problem.description)
        }
    }

    /// One JSON object on one line: `{name, status, files, bytes, font_bytes, seconds, errors,
    /// warnings, information}`: `bytes` maps each file written to its size, `font_bytes` is the
    /// font data the SVG embeds; the last three are arrays of diagnostics shaped as in `check --json`.
    static func json(_ outcome: ChartOutcome) -> String {
        struct Line: Encodable {
            var name: String
            var status: ChartOutcome.Status
            var files: [String]
            var bytes: [String: Int]
            var font_bytes: Int
            var seconds: Double
            var errors: [DiagnosticJSON.Item]
            var warnings: [DiagnosticJSON.Item]
            var information: [DiagnosticJSON.Item]
        }
        func items(_ diagnostics: [Diagnostic], _ severity: Diagnostic.Severity) -> [DiagnosticJSON.Item] {
            diagnostics.filter { $0.severity == severity }.map { DiagnosticJSON.Item($0, chart: outcome.name) }
        }
        let all = outcome.errors + outcome.warnings
        let line = Line(name: outcome.name, status: outcome.status, files: outcome.files.map(\.name),
                        bytes: Dictionary(outcome.files.map { ($0.name, $0.size) }) { first, _ in first }, font_bytes: outcome.fontBytes,
                        seconds: (outcome.seconds * 1000).rounded() / 1000,
                        errors: items(all, .error), warnings: items(all, .warning), information: items(all, .info))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try! encoder.encode(line), as: UTF8.self)
    }

    static func summary(_ outcomes: [ChartOutcome], folder: String) -> String {
        let failed = outcomes.filter(\.failed)
        let rendered = outcomes.filter { $0.status == .rendered }
        let same = outcomes.filter { $0.status == .upToDate }
        let files = rendered.reduce(0) { $0 + $1.files.count }
        let skipped = same.reduce(0) { $0 + $1.files.count }
        var text = "\(rendered.count) of \(outcomes.count) chart(s) rendered, \(same.count) up to date, \(failed.count) failed; "
            + "\(files) file(s) written, \(skipped) skipped, in \(folder)"
        if !failed.isEmpty {
            text += "; failed: " + failed.map(\.name).joined(separator: ", ")
        }
        return text
    }
}

/// Writes to standard error.
func printError(_ text: String) {
    FileHandle.standardError.write((text + "\n").data(using: .utf8)!)
}
