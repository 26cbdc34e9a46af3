import ArgumentParser
import Dataset

extension Charts {
    /// `charts render NAME…`: render the named charts only.
    struct Render: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "render",
            abstract: "Render the named charts.",
            discussion: """
            A chart's name is its spec's file name without .toml. Each chart is rendered once,
            however often it is named, and reported in name order.

            Examples:
              charts render investment hanguang
              charts render m6-scale --format png --scale 3
              charts render investment --scene     also writes out/investment.scene.json
              charts render investment --alt       prints its alt text, to paste into a CMS
            """)

        @Argument(help: "Names of the charts to render (spec file names without .toml).")
        var names: [String]

        @Flag(name: .long, help: "Also write NAME.scene.json: the laid-out scene (kind, role, text, bbox of every item).")
        var scene = false

        @Flag(name: .long, help: "Print each chart's alt text (the spec's `alt`, or the one generated from the chart) instead of rendering.")
        var alt = false

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var outputOptions: OutputOptions

        func run() async throws {
            let project = projectOptions.projectValue
            let known: [String]
            do { known = try project.chartNames() } catch { throw CommandFailure(error) }
            for name in names where !known.contains(name) {
                throw ValidationError("no chart `\(name)` in charts/ (\(Suggestion.hint(for: name, in: known, noun: "charts")))")
            }
            // Each chart once, in name order (as `all` prints them): a name given twice must not
            // have two workers write one chart's files.
            let asked = Set(names)
            if alt { return try printAltTexts(known.filter(asked.contains), project: project) }
            try await BatchRun.run(names: known.filter(asked.contains), project: project,
                              settings: try outputOptions.settings(project: project, writeScene: scene), json: outputOptions.json)
        }
    }
}

extension Charts.Render {
    /// Prints the alt text of each chart (of the edition `--edition` names, else the default):
    /// alone for one chart (ready to paste), under its name for several; problems go to standard
    /// error and the status is 1.
    func printAltTexts(_ names: [String], project: Project) throws {
        let pipeline = ChartPipeline(project: project)
        var failed = false
        for (index, name) in names.enumerated() {
            do {
                let chart = try pipeline.load(name, theme: outputOptions.formatOptions.theme, only: outputOptions.edition)
                // The edition asked for (`--edition zh`: the Chinese one), else the default.
                let text = try pipeline.layOut(chart, 0).layout.scene.metadata.description
                if names.count > 1 { print((index > 0 ? "\n" : "") + name) }
                print(text)
            } catch {
                failed = true
                printError(error.diagnostics.map(\.description).joined(separator: "\n"))
            }
        }
        if failed { throw ExitCode.failure }
    }
}

/// A project-level failure (no charts folder) reported as diagnostics, with exit status 1.
struct CommandFailure: Error, CustomStringConvertible {
    let description: String
    init(_ error: Error) {
        description = error.diagnostics(defaultFile: "charts").map(\.description).joined(separator: "\n")
    }
}
