import ArgumentParser
import ChartCairo
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Renders a set of charts: only those whose inputs changed, several at once, reporting in order.
///
/// Charts render on `settings.jobs` workers (structured concurrency: one child task per worker).
/// Each worker owns a ``ChartPipeline`` (its own Pango font map and Cairo surfaces), because
/// Cairo 1.16 and Pango 1.50 objects must not be used by two threads at once; everything shared
/// (the next chart to take, the outcomes) is behind a lock. Results are printed in name order, as
/// a serial run would, and files are identical whatever the number of workers. The output folder
/// is locked for the run, so two runs on one folder take turns.
enum BatchRun {
    static func run(names: [String], project: Project, settings: RenderSettings, json: Bool = false) async throws {
        let lock = try FolderLock(folder: settings.outFolder)
        defer { lock.release() }
        removeStaleTemporaryFiles(in: settings.outFolder)
        var record = BuildRecord.load(from: settings.outFolder)
        let environment = environmentKey()
        let outcomes = await renderAll(names: names, project: project, settings: settings, record: record,
                                       environment: environment, json: json)
        for outcome in outcomes where outcome.status == .rendered {
            record.charts[outcome.name] = BuildRecord.Chart(inputs: outcome.inputs, files: outcome.files)
        }
        do {
            try record.save(to: settings.outFolder)
        } catch {
            printError("warning: cannot update the build record (\(error.localizedDescription)); the next run renders everything")
        }
        if !json { print(Report.summary(outcomes, folder: settings.outFolder.path)) }
        if outcomes.contains(where: \.failed) { throw ExitCode.failure }
    }

    /// Renders (or skips) every chart on parallel workers; returns outcomes in `names` order.
    static func renderAll(names: [String], project: Project, settings: RenderSettings, record: BuildRecord,
                          environment: String, json: Bool) async -> [ChartOutcome] {
        let board = OutcomeBoard(count: names.count, json: json)
        let workers = max(1, min(settings.jobs, names.count))
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<workers {
                group.addTask {
                    let pipeline = ChartPipeline(project: project)
                    while let index = board.take() {
                        let name = names[index]
                        let start = DispatchTime.now()
                        let inputs = pipeline.inputs(name, settings: settings, environment: environment)
                        var outcome: ChartOutcome
                        if !settings.force && record.isUpToDate(name, inputs: inputs, in: settings.outFolder) {
                            outcome = ChartOutcome(name: name, status: .upToDate, files: record.charts[name]?.files ?? [])
                            outcome.seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
                        } else {
                            outcome = pipeline.render(name, settings: settings)
                        }
                        outcome.inputs = inputs
                        board.finish(index, outcome)
                    }
                }
            }
        }
        return board.outcomes.map { $0! }
    }

    /// Removes temporary files an interrupted run left behind (safe: the folder is locked).
    static func removeStaleTemporaryFiles(in folder: URL) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for entry in entries where entry.hasPrefix(".") && entry.contains(AtomicFile.temporaryMarker) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(entry))
        }
    }

    /// The tool's identity (version and executable) and the fonts it resolves.
    static func environmentKey() -> String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let attributes = try? FileManager.default.attributesOfItem(atPath: executable)
        let size = (attributes?[.size] as? NSNumber)?.intValue ?? 0
        let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
        return "charts \(Charts.configuration.version) \(size) \(modified)\n" + FontInventory.fingerprint()
    }
}

/// The shared state of a batch: which chart to take next, and the outcomes, printed in order.
final class OutcomeBoard: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var printed = 0
    private let json: Bool
    private(set) var outcomes: [ChartOutcome?]

    init(count: Int, json: Bool) {
        outcomes = Array(repeating: nil, count: count)
        self.json = json
    }

    /// The index of the next chart to render, or `nil` when all are taken.
    func take() -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard next < outcomes.count else { return nil }
        next += 1
        return next - 1
    }

    /// Records an outcome and prints every outcome that is now next in order.
    func finish(_ index: Int, _ outcome: ChartOutcome) {
        lock.lock()
        defer { lock.unlock() }
        outcomes[index] = outcome
        while printed < outcomes.count, let ready = outcomes[printed] {
            if json { print(Report.json(ready)) } else { Report.print(ready) }
            printed += 1
        }
        fflush(stdout)
    }
}

/// An exclusive lock on an output folder (`.charts.lock`, held with `flock`) for one run.
struct FolderLock {
    private let descriptor: Int32

    init(folder: URL) throws {
        descriptor = open(folder.appendingPathComponent(".charts.lock").path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw CommandFailure(DiagnosticMessage("cannot lock the output folder \(folder.path): \(String(cString: strerror(errno)))"))
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            printError("another charts run is writing to \(folder.path); waiting for it to finish")
            flock(descriptor, LOCK_EX)
        }
    }

    func release() {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}

/// A plain message as an error.
struct DiagnosticMessage: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
