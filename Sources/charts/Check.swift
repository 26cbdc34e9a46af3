import ArgumentParser
import ChartCairo
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
            Like rendering, it warns about a number in a title, subtitle, note, annotation, axis
            title or era label that is neither in the chart's data nor a value the chart derives
            from it (a bar, a gap, a total, a ratio). When a spec does not decode, the problems of
            the dataset it names are listed beside its own.
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
            let clashes = NameClash.find(among: names, all: names, project: project)
            var found: [(problem: Diagnostic, chart: String)] = []
            for name in names {
                found += ((clashes[name] ?? []) + problems(of: name, pipeline: pipeline, formats: formats)).map { ($0, name) }
            }
            let problems = Self.onceEach(found)
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

        /// Every problem of chart `name`: its spec's (and, when the spec does not decode, its
        /// dataset's), those of laying out and auditing each edition, the output limits and the
        /// numbers its words state.
        func problems(of name: String, pipeline: ChartPipeline, formats: [OutputFormat]) -> [Diagnostic] {
            let chart: LoadedChart
            do {
                chart = try pipeline.load(name, theme: formatOptions.theme, only: nil)
            } catch {
                let inSpec = error.diagnostics.allSatisfy { $0.file == pipeline.project.specDisplayPath(name) }
                return error.diagnostics + (inSpec ? pipeline.dataProblems(ofUndecodable: name) : [])
            }
            do {
                let prepared = try pipeline.prepareEditions(chart)
                var found = prepared.warnings
                for edition in prepared.editions {
                    found += ChartPipeline.outputProblems(edition.layout.scene, context: chart.context,
                                                          formats: formats, scale: formatOptions.scale)
                }
                return found + ChartPipeline.claimWarnings(chart)
            } catch {
                return error.diagnostics
            }
        }

        /// The problems found, each once: a dataset's problem found by several charts names them
        /// all in its hint; sorted by file and line.
        static func onceEach(_ found: [(problem: Diagnostic, chart: String)]) -> [(problem: Diagnostic, chart: String)] {
            func key(_ problem: Diagnostic) -> String { "\(problem.file):\(problem.line ?? 0):\(problem.field ?? ""):\(problem.message)" }
            var readers: [String: [String]] = [:]
            for item in found { readers[key(item.problem), default: []].append(item.chart) }
            var seen = Set<String>()
            return found.filter { seen.insert(key($0.problem)).inserted }.map { item -> (problem: Diagnostic, chart: String) in
                let charts = Set(readers[key(item.problem)] ?? [])
                guard !item.problem.file.hasPrefix("charts/"), charts.count > 1 else { return item }
                var named = item.problem
                named.hint = (item.problem.hint.map { $0 + "; " } ?? "") + "read by the charts \(charts.sorted().joined(separator: ", "))"
                return (named, item.chart)
            }
            .sorted { ($0.problem.file, $0.problem.line ?? 0, $0.problem.description) < ($1.problem.file, $1.problem.line ?? 0, $1.problem.description) }
        }
    }
}
