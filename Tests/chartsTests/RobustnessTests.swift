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
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".charts-tmp-") }
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

@Suite(.serialized) struct OutputSafetyTests {
    @Test func aFullDiskFailsTheChartAndKeepsTheLastGoodFiles() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        #expect(try CLI.run(["render", "investment", "--project", project.path]).status == 0)
        let png = project.appendingPathComponent("out/investment.png")
        let good = try Data(contentsOf: png)
        try CLI.write(String(contentsOf: project.appendingPathComponent("data/investment.csv"), encoding: .utf8)
            .replacingOccurrences(of: "380", with: "390"), to: "data/investment.csv", in: project)
        // A 16 KB file size limit stands in for a full disk: writes beyond it fail with EFBIG.
        let shell = Process()
        shell.executableURL = URL(fileURLWithPath: "/bin/sh")
        shell.arguments = ["-c", "ulimit -f 32; exec \"$0\" render investment --project \"$1\"", CLI.binary.path, project.path]
        let output = Pipe()
        shell.standardOutput = output
        shell.standardError = output
        try shell.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        shell.waitUntilExit()
        #expect(shell.terminationStatus == 1, "\(text)")
        #expect(text.contains("cannot write"), "\(text)")
        #expect(try Data(contentsOf: png) == good)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("out").path).filter { $0.hasPrefix(".charts-tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test(arguments: ["../investment", "charts/investment", "/etc/passwd", "..", "investment.toml"])
    func chartNamesCannotReachOutside(name: String) throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let result = try CLI.run(["render", name, "--project", project.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no chart `\(name)` in charts/"))
        let written = (try? FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("out").path)) ?? []
        #expect(written.filter { !$0.hasPrefix(".") }.isEmpty)
    }

    @Test func anOutputThatIsASymlinkIsReplacedNotFollowed() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let out = project.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let target = project.appendingPathComponent("precious.txt")
        try Data("keep me".utf8).write(to: target)
        try FileManager.default.createSymbolicLink(at: out.appendingPathComponent("investment.png"), withDestinationURL: target)
        #expect(try CLI.run(["render", "investment", "--project", project.path]).status == 0)
        #expect(try Data(contentsOf: target) == Data("keep me".utf8))
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: out.appendingPathComponent("investment.png").path)) == nil)
    }
}

@Suite(.serialized) struct UnusualTextAndLinksTests {
    @Test func rightToLeftAndEmojiTextRenderOrAreNamed() throws {
        let project = try CLI.emptyProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try CLI.write("label,value,source\nمرحبا,1,§I\nשלום,2,§I\n😀 smile,3,§I\n", to: "data/t.csv", in: project)
        try CLI.write("kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\ncategory = \"label\"\nvalue = \"value\"\n", to: "charts/c.toml", in: project)
        let result = try CLI.run(["render", "c", "--project", project.path, "--format", "png"])
        // Arabic and Hebrew come from Noto's fonts; an emoji either has a glyph or is named.
        if result.status == 0 {
            #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("out/c.png").path))
        } else {
            #expect(result.stdout.contains("no installed font can draw U+1F600"), "\(result.stdout)")
        }
        #expect(!result.stdout.contains("مرحبا”"), "Arabic is drawable")
    }

    @Test func datasetLinksThatLoopOrLeaveAreErrors() throws {
        let project = try CLI.emptyProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let data = project.appendingPathComponent("data")
        try FileManager.default.createSymbolicLink(atPath: data.appendingPathComponent("a.csv").path, withDestinationPath: "b.csv")
        try FileManager.default.createSymbolicLink(atPath: data.appendingPathComponent("b.csv").path, withDestinationPath: "a.csv")
        try FileManager.default.createSymbolicLink(atPath: data.appendingPathComponent("out.csv").path, withDestinationPath: "/etc/hostname")
        try CLI.write("kind = \"bar\"\ndata = \"a.csv\"\ntitle = \"T\"\n", to: "charts/loop.toml", in: project)
        try CLI.write("kind = \"bar\"\ndata = \"out.csv\"\ntitle = \"T\"\n", to: "charts/out.toml", in: project)
        let result = try CLI.run(["check", "--project", project.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("charts/loop.toml:2: `data`: data/a.csv is a symbolic link that leads nowhere (to a missing file, or in a loop) (replace it with the CSV file itself)"))
        #expect(result.stdout.contains("charts/out.toml:2: `data`: data/out.csv leads outside the data folder (keep datasets inside data/)"))
    }
}
