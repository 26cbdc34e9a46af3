import ArgumentParser
import ChartCairo
import Dataset
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Renders a set of charts: only those whose inputs changed, several at once, reporting in order.
///
/// Charts render on `settings.jobs` workers (structured concurrency: one child task per worker),
/// and so do the editions of one chart: the worker that starts a chart reads its spec and data
/// once and renders its first edition; the others wait on the board for any worker; whoever
/// finishes the last edition writes all the chart's files at once. Each worker owns a ``ChartPipeline`` (its own Pango font map and Cairo surfaces), because
/// Cairo 1.16 and Pango 1.50 objects must not be used by two threads at once; everything shared
/// (the next chart to take, the outcomes) is behind a lock. Results are printed in name order, as
/// a serial run would, and files are identical whatever the number of workers. The output folder
/// is locked for the run, so two runs on one folder take turns.
enum BatchRun {
    /// Renders `names`; `showUpToDate: false` (watch) prints only the charts rendered or failed.
    static func run(names: [String], project: Project, settings: RenderSettings, json: Bool = false,
                    showUpToDate: Bool = true) async throws {
        let lock = try FolderLock(folder: settings.outFolder)
        defer { lock.release() }
        removeStaleTemporaryFiles(in: settings.outFolder)
        var record = BuildRecord.load(from: settings.outFolder)
        let environment = environmentKey()
        let clashes = NameClash.find(among: names, all: (try? project.chartNames()) ?? names, project: project)
        let outcomes = await renderAll(names: names, project: project, settings: settings, record: record,
                                       environment: environment, json: json, showUpToDate: showUpToDate, refused: clashes)
        for outcome in outcomes where outcome.status == .rendered {
            record.recordRender(of: outcome.name, inputs: outcome.inputs, files: outcome.files, summary: outcome.summary)
        }
        if settings.writeGallery {
            do {
                try Gallery.write(charts: (try? project.chartNames()) ?? names, record: record, outcomes: outcomes,
                                  to: settings.outFolder)
            } catch {
                printError("warning: cannot write the gallery (\(error.localizedDescription))")
            }
        }
        do {
            try record.save(to: settings.outFolder)
        } catch {
            printError("warning: cannot update the build record (\(error.localizedDescription)); the next run renders everything")
        }
        if !json { print(Report.summary(outcomes, folder: settings.outFolder.path)) }
        if outcomes.contains(where: \.failed) { throw ExitCode.failure }
    }

    /// Renders (or skips) every chart on parallel workers; returns outcomes in `names` order. The
    /// charts in `refused` fail with its errors, unrendered (see ``NameClash``).
    static func renderAll(names: [String], project: Project, settings: RenderSettings, record: BuildRecord,
                          environment: String, json: Bool, showUpToDate: Bool = true,
                          refused: [String: [Diagnostic]] = [:]) async -> [ChartOutcome] {
        let board = OutcomeBoard(count: names.count, json: json, showUpToDate: showUpToDate)
        // As many workers as jobs: one chart may give them all an edition each.
        let workers = max(1, settings.jobs)
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<workers {
                group.addTask {
                    // Each worker makes its own pipeline: Cairo and Pango objects are not Sendable,
                    // so the compiler keeps them from crossing to another worker. (A pipeline makes
                    // its font map on first use: a worker with nothing to draw costs none.)
                    let pipeline = ChartPipeline(project: project)
                    // Renders one edition; the worker that renders a chart's last edition writes the chart.
                    func render(_ job: ChartJob, _ edition: Int) {
                        let product = Result { () throws(DiagnosticList) in try pipeline.produce(job.chart, edition, settings: settings) }
                        guard let products = job.complete(edition, product) else { return }
                        var outcome = pipeline.finish(job.chart, products, settings: settings, since: job.start)
                        outcome.inputs = job.inputs
                        board.finish(job.index, outcome)
                    }
                    while let work = board.take() {
                        guard case .chart(let index) = work else {
                            if case .edition(let job, let edition) = work { render(job, edition) }
                            continue
                        }
                        let name = names[index]
                        let start = DispatchTime.now()
                        if let errors = refused[name] {
                            board.started(nil)
                            board.finish(index, pipeline.failed(name, DiagnosticList(errors), since: start))
                            continue
                        }
                        let inputs = pipeline.inputs(name, settings: settings, environment: environment)
                        if !settings.force && record.isUpToDate(name, inputs: inputs, in: settings.outFolder) {
                            board.started(nil)
                            var outcome = ChartOutcome(name: name, status: .upToDate, files: record.charts[name]?.files ?? [])
                            outcome.seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
                            outcome.inputs = inputs
                            board.finish(index, outcome)
                            continue
                        }
                        do throws(DiagnosticList) {
                            let job = ChartJob(index: index, chart: try pipeline.load(name, theme: settings.theme, only: settings.edition),
                                               inputs: inputs, start: start)
                            board.started(job)
                            render(job, 0)
                        } catch {
                            board.started(nil)
                            var outcome = pipeline.failed(name, error, since: start)
                            outcome.inputs = inputs
                            board.finish(index, outcome)
                        }
                    }
                }
            }
        }
        return board.results()
    }

    /// Removes temporary files an interrupted run left behind (safe: the folder is locked; only
    /// regular files, as charts writes them).
    static func removeStaleTemporaryFiles(in folder: URL) {
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for entry in entries where entry.hasPrefix(AtomicFile.temporaryPrefix) && OutputName.isRegularFile(entry, in: folder) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(entry))
        }
    }

    /// Everything outside the project that the bytes depend on: the tool's identity (version and
    /// executable), the PDF creation date (`SOURCE_DATE_EPOCH`) and the fonts it resolves.
    static func environmentKey() -> String {
        // stat() rather than FileManager's attributes, which also look up the owner's name.
        var info = stat()
        let known = stat("/proc/self/exe", &info) == 0
        let size = known ? Int(info.st_size) : 0
        let modified = known ? "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)" : "unknown"
        return "charts \(Charts.configuration.version) \(size) \(modified)\npdf date \(ChartPipeline.pdfDate())\n"
            + FontInventory.fingerprint()
    }
}
