import ArgumentParser

extension Charts {
    /// `charts all`: render every chart of the project.
    struct All: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Render every chart in charts/ into the output folder.",
            discussion: """
            Examples:
              charts all
              charts all --format svg --out exports/svg
              charts all --project ~/article --scale 3
            """)

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var outputOptions: OutputOptions

        func run() throws {
            let project = projectOptions.projectValue
            let names: [String]
            do { names = try project.chartNames() } catch { throw CommandFailure(error) }
            try RenderRun.run(names: names, project: project, settings: try outputOptions.settings(project: project))
        }
    }
}
