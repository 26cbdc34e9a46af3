import Foundation
import Testing

/// A `charts watch` process whose output can be awaited line by line.
///
/// `@unchecked Sendable` (its output handlers run on other threads): `output` and `standardOutput`
/// are read and written only while `lock` is held; `process` is only started and stopped by the test.
final class WatchProcess: @unchecked Sendable {
    let process = Process()
    private let lock = NSLock()
    private var output = ""
    private var standardOutput = ""

    init(project: URL) throws {
        process.executableURL = CLI.binary
        process.arguments = ["watch", "--project", project.path, "--format", "png", "--scale", "1"]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        for (pipe, isOut) in [(out, true), (err, false)] {
            pipe.fileHandleForReading.readabilityHandler = { [weak self] handle in
                let data = handle.availableData
                guard !data.isEmpty else {
                    // End of output: stop listening, or the handler fires again and again.
                    handle.readabilityHandler = nil
                    return
                }
                guard let self else { return }
                self.lock.lock()
                self.output += String(decoding: data, as: UTF8.self)
                if isOut { self.standardOutput += String(decoding: data, as: UTF8.self) }
                self.lock.unlock()
            }
        }
        try process.run()
    }

    /// Standard output and standard error together, as they came.
    var text: String {
        lock.lock()
        defer { lock.unlock() }
        return output
    }

    /// Standard output alone.
    var stdout: String {
        lock.lock()
        defer { lock.unlock() }
        return standardOutput
    }

    /// Waits (up to 20 s) until the output contains `needle` `count` times.
    func waitFor(_ needle: String, count: Int = 1) -> Bool {
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline {
            if text.components(separatedBy: needle).count - 1 >= count { return true }
            Thread.sleep(forTimeInterval: 0.05)
        }
        return false
    }
}

@Suite(.serialized) struct WatchTests {
    @Test func rendersOnSaveSurvivesBadEditsAndStopsCleanly() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let watch = try WatchProcess(project: project)
        #expect(watch.waitFor("watching"), "\(watch.text)")

        // An edit in place renders the affected chart.
        let csv = project.appendingPathComponent("data/qwen-context.csv")
        let original = try String(contentsOf: csv, encoding: .utf8)
        try original.replacingOccurrences(of: "128", with: "130").write(to: csv, atomically: false, encoding: .utf8)
        #expect(watch.waitFor("ok      qwen-context"), "\(watch.text)")
        #expect(watch.waitFor("watching", count: 2))
        // The two pipes are read apart: the summary on standard output may come after the banner.
        #expect(watch.waitFor("chart(s) rendered", count: 2), "\(watch.text)")
        // Standard output: a line per chart rendered or failed and a summary per run, nothing about
        // the charts that did not change; the banner goes to standard error.
        #expect(!watch.stdout.contains("watching"), "\(watch.stdout)")
        #expect(!watch.stdout.contains("up to date\n"), "\(watch.stdout)")
        #expect(watch.stdout.components(separatedBy: "chart(s) rendered").count - 1 == 2, "\(watch.stdout)")
        let specs = try FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("charts").path)
            .filter { $0.hasSuffix(".toml") }
        let readers = try specs.filter {
            try String(contentsOf: project.appendingPathComponent("charts/\($0)"), encoding: .utf8).contains(#"data = "qwen-context.csv""#)
        }
        #expect(readers.count >= 1)
        #expect(watch.stdout.components(separatedBy: "ok      ").count - 1 == specs.count + readers.count,
                "every chart once at the start, then those that read the edited data")

        // A bad edit prints its error; the watcher keeps running.
        try original.replacingOccurrences(of: "128", with: "N/A").write(to: csv, atomically: false, encoding: .utf8)
        #expect(watch.waitFor("data/qwen-context.csv:3: `context_k_tokens`: expected a number, found the placeholder `N/A`"), "\(watch.text)")
        #expect(watch.waitFor("watching", count: 3))
        #expect(watch.process.isRunning)

        // Fixing it the way editors save (write a temporary file, rename it over) renders again.
        let temporary = project.appendingPathComponent("data/.qwen-context.csv.swp")
        try original.write(to: temporary, atomically: false, encoding: .utf8)
        #expect(rename(temporary.path, csv.path) == 0)
        #expect(watch.waitFor("ok      qwen-context", count: 2), "\(watch.text)")
        #expect(watch.waitFor("watching", count: 4))

        // Ctrl-C stops it with status 0.
        watch.process.interrupt()
        watch.process.waitUntilExit()
        #expect(watch.process.terminationStatus == 0)
        #expect(watch.process.terminationReason == .exit)
    }
}
