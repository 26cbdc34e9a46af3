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

    /// Starts fontconfig's set-up in the background, then parses the arguments and runs the command.
    static func main() async {
        FontInventory.warmUp()
        await main(nil)
    }
}
