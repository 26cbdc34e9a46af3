import ArgumentParser
import Dataset
import Foundation

extension Charts {
    /// `charts check`: validate everything without rendering.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "check",
            abstract: "Validate every spec and dataset without rendering; list all problems.",
            discussion: """
            Problems are listed once each, sorted by file and line, coloured on a terminal.
            It takes the output options that change what a render may hit (--format, --scale:
            the PNG pixel limit), so that it fails exactly where `charts all` with the same
            options would.
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
        @OptionGroup var formatOptions: FormatOptions

        @Flag(name: .long, help: "Treat warnings as errors (notes never fail).")
        var strict = false

        @Flag(name: .long, help: "Print the problems as one JSON array of {chart, column, field, file, hint, line, message, severity}.")
        var json = false

        func run() throws {
            let project = projectOptions.projectValue
            let names: [String]
            do { names = try project.chartNames() } catch { throw CommandFailure(error) }
            let pipeline = ChartPipeline(project: project)
            let formats = try formatOptions.formats()
            var found: [(problem: Diagnostic, chart: String)] = []
            let clashes = NameClash.find(among: names, all: names, project: project)
            for name in names {
                if let errors = clashes[name] { found += errors.map { ($0, name) } }
                do {
                    // Every edition is laid out and audited.
                    let chart = try pipeline.load(name, theme: formatOptions.theme, only: nil)
                    let prepared = try pipeline.prepareEditions(chart)
                    found += prepared.warnings.map { ($0, name) }
                    for edition in prepared.editions {
                        found += ChartPipeline.outputProblems(edition.layout.scene, context: chart.context,
                                                              formats: formats, scale: formatOptions.scale).map { ($0, name) }
                    }
                    found += ChartPipeline.claimWarnings(chart).map { ($0, name) }
                } catch {
                    found += error.diagnostics.map { ($0, name) }
                }
            }
            // A dataset read by several charts reports each problem once (for the first chart that
            // reads it, whose key the hint names); all sorted by file and line.
            var seen = Set<String>()
            var readers: [String: [String]] = [:]
            for item in found {
                let problem = item.problem
                readers["\(problem.file):\(problem.line ?? 0):\(problem.field ?? ""):\(problem.message)", default: []].append(item.chart)
            }
            let problems = found.filter { item in
                let problem = item.problem
                return seen.insert("\(problem.file):\(problem.line ?? 0):\(problem.field ?? ""):\(problem.message)").inserted
            }.map { item -> (problem: Diagnostic, chart: String) in
                // A dataset's problem says which charts read it.
                let problem = item.problem
                let charts = readers["\(problem.file):\(problem.line ?? 0):\(problem.field ?? ""):\(problem.message)"] ?? []
                guard !problem.file.hasPrefix("charts/"), Set(charts).count > 1 else { return item }
                var named = problem
                let list = Array(Set(charts)).sorted().joined(separator: ", ")
                named.hint = (problem.hint.map { $0 + "; " } ?? "") + "read by the charts \(list)"
                return (named, item.chart)
            }
                .sorted { ($0.problem.file, $0.problem.line ?? 0, $0.problem.description) < ($1.problem.file, $1.problem.line ?? 0, $1.problem.description) }
            let errors = problems.filter { $0.problem.severity == .error }.count
            let warnings = problems.filter { $0.problem.severity == .warning }.count
            let notes = problems.count - errors - warnings
            if json {
                print(DiagnosticJSON.encode(problems.map { DiagnosticJSON.Item($0.problem, chart: $0.chart) }))
            } else {
                let colour = isatty(STDOUT_FILENO) != 0
                DiagnosticGroups.condensed(problems.map(\.problem)).forEach { print(colour ? DiagnosticJSON.coloured($0) : $0.description) }
                var summary = "\(names.count) chart(s) checked: \(errors) error(s), \(warnings) warning(s), \(notes) note(s)"
                if strict && errors == 0 && warnings > 0 { summary += "; failed because of --strict" }
                print(summary)
            }
            if errors > 0 || (strict && warnings > 0) { throw ExitCode.failure }
        }
    }
}
