import ArgumentParser
import Dataset
import Foundation

extension Charts {
    /// `charts check`: validate everything without rendering.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate every spec and dataset without rendering; list all problems.",
            discussion: """
            Problems are listed once each, sorted by file and line, coloured on a terminal.
            Besides what rendering would report, it warns about a number in a title, subtitle,
            note, annotation, axis title or era label that is neither in the chart's data nor a
            value the chart derives from it (a bar, a gap, a total, a ratio).
            Exits with status 1 if any chart has an error (or, with --strict, a warning);
            warnings alone exit 0.

            Examples:
              charts check
              charts check --project ~/article
              charts check --json
            """)

        @OptionGroup var projectOptions: ProjectOptions

        @Flag(name: .long, help: "Treat warnings as errors.")
        var strict = false

        @Flag(name: .long, help: "Print the problems as one JSON array (file, line, field, severity, message, hint).")
        var json = false

        func run() throws {
            let project = projectOptions.projectValue
            let names: [String]
            do { names = try project.chartNames() } catch { throw CommandFailure(error) }
            let pipeline = ChartPipeline(project: project)
            var found: [Diagnostic] = []
            for name in names {
                do {
                    found += try pipeline.prepare(name).warnings
                    found += pipeline.claimWarnings(name)
                } catch {
                    found += error.diagnostics
                }
            }
            // A dataset read by several charts reports its problems once; all sorted by file and line.
            var seen = Set<String>()
            let problems = found.filter { seen.insert($0.description).inserted }
                .sorted { ($0.file, $0.line ?? 0, $0.description) < ($1.file, $1.line ?? 0, $1.description) }
            let errors = problems.filter { $0.severity == .error }.count, warnings = problems.count - errors
            if json {
                print(DiagnosticJSON.encode(problems))
            } else {
                let colour = isatty(STDOUT_FILENO) != 0
                problems.forEach { print(colour ? DiagnosticJSON.coloured($0) : $0.description) }
                print("\(names.count) chart(s) checked: \(errors) error(s), \(warnings) warning(s)")
            }
            if errors > 0 || (strict && warnings > 0) { throw ExitCode.failure }
        }
    }
}
