import ChartKit
import ArgumentParser

extension Charts {
    /// `charts list`: the charts of the project.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "list",
            abstract: "List the charts: name, kind, dataset and output files.",
            discussion: """
            Paths are shown relative to the project when inside it (as --data and --out say).

            Example:
              charts list --project ~/article
            """)

        @OptionGroup var projectOptions: ProjectOptions

        @Option(name: .long, help: ArgumentHelp("The output folder to show (default: <project>/out; a relative path is inside the project).", valueName: "dir"))
        var out: String?

        func run() throws {
            let project = projectOptions.projectValue
            let names: [String]
            do { names = try project.chartNames() } catch { throw CommandFailure(error) }
            let width = (names.map(\.count).max() ?? 0) + 2
            let outFolder = project.display(out.map { Project.resolve($0, in: project.root) } ?? project.root.appendingPathComponent("out"))
            for name in names {
                let padded = name.padding(toLength: width, withPad: " ", startingAt: 0)
                do {
                    let (spec, _) = try SpecLoader.load(url: project.specURL(name), display: project.specDisplayPath(name))
                    let kind = spec.kind.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)
                    print("\(padded)\(kind) \(project.display(project.dataFolder.appendingPathComponent(spec.data)))  -> \(outFolder)/\(name).{png,svg,pdf}")
                    let editions = spec.editions()
                    if editions.count > 1 {
                        let listed = editions.map { "\($0.label) (\(name)\($0.suffix).*, \($0.width) × \($0.height))" }
                        print(String(repeating: " ", count: width) + "editions: " + listed.joined(separator: ", "))
                    }
                } catch {
                    print("\(padded)invalid  (run `charts check` for details)")
                }
            }
        }
    }
}
