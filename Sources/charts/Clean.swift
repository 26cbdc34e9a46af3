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
            let outcome = Self.removeGoneCharts(from: &record, keeping: names, in: folder)
            try record.save(to: folder)
            outcome.removed.forEach { print("removed \($0)") }
            outcome.refused.forEach { print("refused \($0.file): \($0.reason)") }
            let refused = outcome.refused.isEmpty ? "" : "; \(outcome.refused.count) refused (the build record names files charts did not write: it may have been edited)"
            print("\(outcome.removed.count) file(s) removed from \(folder.path)\(refused)")
        }

        /// What `clean` removed, and what the build record named that it refused to remove.
        struct Outcome {
            var removed: [String] = []
            var refused: [(file: String, reason: String)] = []
        }

        /// Removes the files of the charts in `record` that are not in `names`, and stale
        /// temporary files; forgets those charts. Only regular files in `folder` whose names
        /// `charts` writes for that chart (``OutputName``) and that no remaining chart wrote are
        /// removed, and of those the record has a hash for, only one unchanged since; every other
        /// name the record gives is refused, with the reason.
        static func removeGoneCharts(from record: inout BuildRecord, keeping names: [String], in folder: URL) -> Outcome {
            var outcome = Outcome()
            var kept: [String: String] = [:]
            for (chart, entry) in record.charts where names.contains(chart) {
                for file in entry.written { kept[file] = chart }
            }
            for (chart, entry) in record.charts.sorted(by: { $0.key < $1.key }) where !names.contains(chart) {
                let hashes = Dictionary(entry.files.map { ($0.name, $0.hash) }, uniquingKeysWith: { first, _ in first })
                for file in entry.written {
                    if !OutputName.isWritten(file, for: chart) {
                        outcome.refused.append((file, "not a name charts writes for `\(chart)` in the output folder"))
                    } else if let owner = kept[file] {
                        outcome.refused.append((file, "also written for `\(owner)`, which still has a spec"))
                    } else if !FileManager.default.fileExists(atPath: folder.appendingPathComponent(file).path) {
                        continue
                    } else if !OutputName.isRegularFile(file, in: folder) {
                        outcome.refused.append((file, "not a regular file (charts writes no links or folders)"))
                    } else if let hash = hashes[file],
                              (try? Data(contentsOf: folder.appendingPathComponent(file))).map(Fingerprint.of) != hash {
                        outcome.refused.append((file, "changed since charts wrote it (keep it, or remove it yourself)"))
                    } else if (try? FileManager.default.removeItem(at: folder.appendingPathComponent(file))) != nil {
                        outcome.removed.append(file)
                    }
                }
                record.charts[chart] = nil
            }
            let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for entry in entries.sorted() where entry.hasPrefix(AtomicFile.temporaryPrefix) && OutputName.isRegularFile(entry, in: folder) {
                if (try? FileManager.default.removeItem(at: folder.appendingPathComponent(entry))) != nil { outcome.removed.append(entry) }
            }
            return outcome
        }
    }
}
