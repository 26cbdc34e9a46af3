import Foundation
import Testing

@Suite(.serialized) struct RobustnessTests {
    /// Whether `data` is a whole PNG: the signature first and the IEND chunk last.
    func isCompletePNG(_ data: Data) -> Bool {
        data.starts(with: [0x89, 0x50, 0x4E, 0x47]) && data.suffix(8) == Data([0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82])
    }

    /// Signals sent at several moments of a render that takes about two seconds (debug build):
    /// while loading and laying out, while drawing, while encoding and writing.
    @Test(arguments: [(SIGKILL, 0.3), (SIGKILL, 1.0), (SIGKILL, 1.5), (SIGTERM, 1.2), (SIGINT, 1.6)] as [(Int32, Double)])
    func anInterruptedRunKeepsTheLastGoodFiles(signal: Int32, after delay: Double) throws {
        let project = try CLI.emptyProject()
        defer { try? FileManager.default.removeItem(at: project) }
        var rows = "label,value,source\n"
        for index in 0..<30_000 { rows += "item \(index),\(index % 997 + 1),bench\n" }
        try CLI.write(rows, to: "data/big.csv", in: project)
        try CLI.write("kind = \"bar\"\ndata = \"big.csv\"\ntitle = \"Big\"\nwidth = 4000\nheight = 3000\ncategory = \"label\"\nvalue = \"value\"\norientation = \"vertical\"\n",
                      to: "charts/big.toml", in: project)
        #expect(try CLI.run(["all", "--project", project.path, "--scale", "1"]).status == 0)
        let out = project.appendingPathComponent("out")
        let good = try ["big.png", "big.svg", "big.pdf"].map { try Data(contentsOf: out.appendingPathComponent($0)) }

        // Render again at a higher density (30 megapixels), and interrupt it while it works.
        let process = Process()
        process.executableURL = CLI.binary
        process.arguments = ["all", "--project", project.path, "--scale", "1.6"]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        Thread.sleep(forTimeInterval: delay)
        kill(process.processIdentifier, signal)
        process.waitUntilExit()

        // Every file is either the last good one or a complete new one; never a torn file.
        for (name, old) in zip(["big.png", "big.svg", "big.pdf"], good) {
            let now = try Data(contentsOf: out.appendingPathComponent(name))
            #expect(now == old || (name != "big.png" || isCompletePNG(now)), "\(name) after signal \(signal)")
        }
        #expect(isCompletePNG(try Data(contentsOf: out.appendingPathComponent("big.png"))))
        // The next run finishes the job and leaves no temporary file behind.
        #expect(try CLI.run(["all", "--project", project.path, "--scale", "1"]).status == 0)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.contains(".tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func twoRunsAtOnceTakeTurns() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let processes = (0..<2).map { _ -> Process in
            let process = Process()
            process.executableURL = CLI.binary
            process.arguments = ["all", "--project", project.path, "--force"]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        try processes.forEach { try $0.run() }
        processes.forEach { $0.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let record = try Data(contentsOf: project.appendingPathComponent("out/.charts-record.json"))
        #expect((try? JSONSerialization.jsonObject(with: record)) != nil)
        let again = try CLI.run(["all", "--project", project.path, "--json"])
        #expect(!again.stdout.contains("\"rendered\""), "after both runs everything is up to date")
    }

    @Test func anOutputFolderThatIsAFileIsAnError() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let file = project.appendingPathComponent("out")
        try Data("not a folder".utf8).write(to: file)
        let result = try CLI.run(["all", "--project", project.path])
        #expect(result.status == 1)
        #expect(result.stderr.contains("\(file.path) is a file, not a folder: choose another output folder with --out"))
        #expect(try Data(contentsOf: file) == Data("not a folder".utf8))
    }
}
