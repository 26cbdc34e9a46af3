import ArgumentParser
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

extension Charts {
    /// `charts watch`: render again whenever a spec or dataset changes.
    struct Watch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "watch",
            abstract: "Watch data/ and charts/ and re-render what changed after each save.",
            discussion: """
            Uses inotify (no polling). The burst of events an editor makes on save (including
            writing a temporary file and renaming it) is coalesced into one run; only the charts
            whose inputs changed are rendered. Each run prints the charts it rendered or that
            failed, then a one-line summary; the "watching" banner goes to standard error, so
            standard output stays one line per chart (JSON with --json). A bad edit prints its
            error and watching goes on.
            Ctrl-C stops with status 0.

            Examples:
              charts watch
              charts watch --format png --scale 1
            """)

        @OptionGroup var projectOptions: ProjectOptions
        @OptionGroup var outputOptions: OutputOptions

        /// How long the folders must be quiet before a change is acted on.
        static let quietMilliseconds: Int32 = 150

        func run() async throws {
            let project = projectOptions.projectValue
            var settings = try outputOptions.settings(project: project)
            settings.writeGallery = true
            let watcher = try FolderWatcher(folders: [project.chartsFolder, project.dataFolder])
            let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
            signal(SIGINT, SIG_IGN)
            interrupt.setEventHandler {
                printError("stopped watching")
                Foundation.exit(0)
            }
            interrupt.resume()
            while true {
                await renderChanged(project: project, settings: settings)
                printError("watching \(project.chartsFolder.path) and \(project.dataFolder.path) (Ctrl-C to stop)")
                fflush(nil)
                watcher.waitForChange(quietMilliseconds: Self.quietMilliseconds)
            }
        }

        /// One incremental run; a failure is reported and watching continues.
        private func renderChanged(project: Project, settings: RenderSettings) async {
            do {
                let names = try project.chartNames()
                try await BatchRun.run(names: names, project: project, settings: settings, json: outputOptions.json,
                                       showUpToDate: false)
            } catch let error as ExitCode where error == .failure {
                // The failing charts were reported with their errors.
            } catch {
                printError(error.diagnostics(defaultFile: "charts").map(\.description).joined(separator: "\n"))
            }
        }
    }
}

/// Waits for changes in folders with inotify.
final class FolderWatcher {
    private let descriptor: Int32

    /// Watches `folders` for files written, created, deleted or renamed.
    init(folders: [URL]) throws {
        descriptor = inotify_init1(Int32(IN_CLOEXEC))
        guard descriptor >= 0 else { throw DiagnosticMessage("cannot start inotify: \(String(cString: strerror(errno)))") }
        let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB)
        for folder in folders where inotify_add_watch(descriptor, folder.path, mask) < 0 {
            throw DiagnosticMessage("cannot watch \(folder.path): \(String(cString: strerror(errno)))")
        }
    }

    deinit {
        close(descriptor)
    }

    /// Blocks until something changes, then until the folders have been quiet for a moment.
    func waitForChange(quietMilliseconds: Int32) {
        _ = waitForEvents(timeout: -1)
        while waitForEvents(timeout: quietMilliseconds) {}
    }

    /// Waits up to `timeout` ms (−1: forever) for events and drains them; whether any came.
    private func waitForEvents(timeout: Int32) -> Bool {
        var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
        let ready = poll(&request, 1, timeout)
        guard ready > 0 else { return false }
        var buffer = [UInt8](repeating: 0, count: 16 * 1024)
        _ = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
        return true
    }
}
