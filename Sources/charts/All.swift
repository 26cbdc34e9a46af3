import ArgumentParser

extension Charts {
    /// `charts all`: render every chart of the project.
    struct All: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "all",
            abstract: "Render every chart in charts/ into the output folder.",
            discussion: """
            Only charts whose spec, data, options, fonts or tool changed are rendered again (and
            any whose files were deleted or edited); --force renders all.

            Examples:
              charts all
              charts all --format svg --out exports/svg
              charts all --project ~/article --scale 3 --jobs 2
              charts all --json
            """)

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var outputOptions: OutputOptions

        func run() async throws {
            let project = projectOptions.projectValue
            let names: [String]
            do { names = try project.chartNames() } catch { throw CommandFailure(error) }
            var settings = try outputOptions.settings(project: project)
            settings.writeGallery = true
            try await BatchRun.run(names: names, project: project, settings: settings, json: outputOptions.json)
        }
    }
}
