import Dataset
import Foundation

/// Prints what a run did: a line per chart, its problems, and a summary.
enum Report {
    static func line(_ outcome: ChartOutcome) -> String {
        let milliseconds = Int((outcome.seconds * 1000).rounded())
        let status = outcome.failed ? "FAILED" : "ok"
        let files = outcome.failed ? "" : outcome.files.joined(separator: " ")
        return "\(status.padding(toLength: 7, withPad: " ", startingAt: 0)) \(outcome.name)  \(files)  (\(milliseconds) ms)"
    }

    static func print(_ outcome: ChartOutcome) {
        Swift.print(line(outcome))
        for problem in outcome.errors + outcome.warnings {
            Swift.print("        " + problem.description)
        }
    }

    static func summary(_ outcomes: [ChartOutcome], folder: String) -> String {
        let failed = outcomes.filter(\.failed)
        let files = outcomes.reduce(0) { $0 + $1.files.count }
        var text = "\(outcomes.count - failed.count) of \(outcomes.count) chart(s) rendered, \(files) file(s) written to \(folder)"
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
