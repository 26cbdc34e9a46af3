import ArgumentParser
import Dataset

extension Charts {
    /// `charts check`: validate everything without rendering.
    struct Check: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Validate every spec and dataset without rendering; list all problems.",
            discussion: """
            Exits with status 1 if any chart has an error (or, with --strict, a warning);
            warnings alone exit 0.

            Examples:
              charts check
              charts check --project ~/article
            """)

        @OptionGroup var projectOptions: ProjectOptions

        @Flag(name: .long, help: "Treat warnings as errors.")
        var strict = false

        func run() throws {
            let project = projectOptions.projectValue
            let names: [String]
            do { names = try project.chartNames() } catch { throw CommandFailure(error) }
            let pipeline = ChartPipeline(project: project)
            var errors = 0, warnings = 0
            for name in names {
                do {
                    let (_, found) = try pipeline.prepare(name)
                    warnings += found.count
                    found.forEach { print($0.description) }
                } catch {
                    errors += error.diagnostics.count
                    error.diagnostics.forEach { print($0.description) }
                }
            }
            print("\(names.count) chart(s) checked: \(errors) error(s), \(warnings) warning(s)")
            if errors > 0 || (strict && warnings > 0) { throw ExitCode.failure }
        }
    }
}
