import ArgumentParser
import Foundation

extension Charts {
    /// `charts clean`: remove outputs no spec produces any more.
    struct Clean: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "clean",
            abstract: "Remove output files of charts whose spec is gone (only files charts wrote).",
            discussion: """
            The build record in the output folder lists every file charts ever wrote for each chart
            (every format, and scene dumps); those of charts that no longer have a spec in charts/
            are removed, as are temporary files an interrupted run left (named .charts-tmp-…).
            Nothing else in the folder is touched.

            Examples:
              charts clean
              charts clean --out exports/svg
            """)

        @OptionGroup var projectOptions: ProjectOptions

        @Option(name: .long, help: ArgumentHelp("The output folder to clean (default: <project>/out; a relative path is inside the project).", valueName: "dir"))
        var out: String?

        func run() throws {
            let project = projectOptions.projectValue
            let names: [String]
            do { names = try project.chartNames() } catch { throw CommandFailure(error) }
            let folder = out.map { Project.resolve($0, in: project.root) } ?? project.root.appendingPathComponent("out")
            guard FileManager.default.fileExists(atPath: folder.path) else {
                print("nothing to clean: \(folder.path) does not exist")
                return
            }
            let lock = try FolderLock(folder: folder)
            defer { lock.release() }
            var record = BuildRecord.load(from: folder)
            var removed: [String] = []
            for (chart, entry) in record.charts.sorted(by: { $0.key < $1.key }) where !names.contains(chart) {
                for file in entry.written {
                    let url = folder.appendingPathComponent(file)
                    if (try? FileManager.default.removeItem(at: url)) != nil { removed.append(file) }
                }
                record.charts[chart] = nil
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for entry in entries.sorted() where entry.hasPrefix(AtomicFile.temporaryPrefix) {
                if (try? FileManager.default.removeItem(at: folder.appendingPathComponent(entry))) != nil { removed.append(entry) }
            }
            try record.save(to: folder)
            removed.forEach { print("removed \($0)") }
            print("\(removed.count) file(s) removed from \(folder.path)")
        }
    }
}
