import ArgumentParser
import ChartCairo

/// The `charts` command: renders the article's charts from `charts/*.toml` and `data/*.csv`.
@main
struct Charts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "charts",
        abstract: "Render publication-quality bar charts and timelines from TOML specs and CSV data.",
        discussion: """
        A project folder holds data/*.csv (the figures, with a `source` column) and charts/*.toml \
        (one spec per illustration). Output goes to out/NAME.png, .svg and .pdf.

        Examples:
          charts all                         render every chart into out/
          charts render investment --scene   one chart, plus its laid-out scene as JSON
          charts check                       validate every spec and dataset
        """,
        version: "0.1.0",
        subcommands: [All.self, Render.self, List.self, Check.self, Clean.self, Watch.self, Schema.self]
    )

    /// The commands that draw charts, for which the fonts are made ready while the arguments
    /// are parsed.
    static let drawing: Set = ["all", "render", "check", "watch"]

    /// Starts making the fonts ready in the background when the command draws (see
    /// `FontInventory.warmUp()`), then parses the arguments and runs the command; waits for that
    /// to finish before the process exits.
    static func main() async {
        if let command = CommandLine.arguments.dropFirst().first, drawing.contains(command) {
            FontInventory.warmUp()
        }
        do {
            var command = try parseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
        } catch {
            FontInventory.waitForWarmUp()
            exit(withError: error)
        }
        FontInventory.waitForWarmUp()
    }
}
