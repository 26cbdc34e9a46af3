import Foundation
import Testing

/// What `charts` may remove and overwrite: only files it writes, in the output folder, each
/// claimed by one chart, whatever the build record on disk says.
@Suite struct TrustTests {
    /// A project with the article's `hanguang` chart (and its `mobile` size), rendered as SVG.
    func renderedProject() throws -> URL {
        let project = try CLI.emptyProject()
        for path in ["charts/hanguang.toml", "data/hanguang.csv"] {
            try FileManager.default.copyItem(at: CLI.packageRoot.appendingPathComponent(path), to: project.appendingPathComponent(path))
        }
        let result = try CLI.run(["all", "--project", project.path, "--format", "svg"])
        #expect(result.status == 0, "\(result.stdout)")
        return project
    }

    @Test func cleanRemovesNothingTheRecordNamesOutsideWhatChartsWrote() throws {
        let project = try renderedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let out = project.appendingPathComponent("out")
        try Data("beside".utf8).write(to: project.appendingPathComponent("beside.txt"))
        try Data("not charts'".utf8).write(to: out.appendingPathComponent("notes.txt"))
        try FileManager.default.createSymbolicLink(atPath: out.appendingPathComponent("gone.pdf").path, withDestinationPath: "../beside.txt")
        try Data("gone's".utf8).write(to: out.appendingPathComponent("gone.svg"))
        // The record, edited: a chart whose spec is gone claims the project's spec and dataset, a
        // file beside the project (by a relative and an absolute path, and through a link), a
        // file of another tool and a file of a chart that still has a spec.
        let recordURL = out.appendingPathComponent(".charts-record.json")
        var record = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: recordURL)) as? [String: Any])
        var charts = try #require(record["charts"] as? [String: Any])
        let claimed = ["../charts/hanguang.toml", "../data/hanguang.csv", "../beside.txt", project.appendingPathComponent("beside.txt").path,
                       "gone.pdf", "notes.txt", "hanguang.svg", "gone/../../beside.txt", "gone.svg"]
        charts["gone"] = ["inputs": "edited", "files": [], "written": claimed]
        // A chart whose spec was named as hanguang's `mobile` edition, since renamed.
        charts["hanguang.mobile"] = ["inputs": "edited", "files": [], "written": ["hanguang.mobile.svg"]]
        record["charts"] = charts
        try JSONSerialization.data(withJSONObject: record).write(to: recordURL)

        let result = try CLI.run(["clean", "--project", project.path])
        #expect(result.status == 0)
        for path in ["charts/hanguang.toml", "data/hanguang.csv", "beside.txt", "out/notes.txt", "out/hanguang.svg", "out/hanguang.mobile.svg"] {
            #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent(path).path), "\(path) must stay")
        }
        #expect((try? FileManager.default.destinationOfSymbolicLink(atPath: out.appendingPathComponent("gone.pdf").path)) != nil,
                "a link is not a file charts wrote")
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("gone.svg").path), "gone.svg is charts' and goes")
        #expect(result.stdout.contains("removed gone.svg"))
        for file in claimed where file != "gone.svg" {
            #expect(result.stdout.contains("refused \(file): "), "\(file) refused, and said: \(result.stdout)")
        }
        #expect(result.stdout.contains("refused hanguang.mobile.svg: also written for `hanguang`, which still has a spec"))
        #expect(result.stdout.contains("refused gone.pdf: not a regular file"))
        #expect(result.stdout.contains("1 file(s) removed from \(out.standardizedFileURL.path); 9 refused"), "\(result.stdout)")
    }

    @Test func aRecordNamingAFileOutsideTheOutputFolderVouchesForNothing() throws {
        let project = try renderedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let recordURL = project.appendingPathComponent("out/.charts-record.json")
        let text = try String(contentsOf: recordURL, encoding: .utf8)
        // Point the first recorded file at the spec: same name elsewhere, so only the path differs.
        try text.replacingOccurrences(of: "\"hanguang.svg\"", with: "\"..\\/out\\/hanguang.svg\"").write(to: recordURL, atomically: true, encoding: .utf8)
        let result = try CLI.run(["all", "--project", project.path, "--format", "svg", "--json"])
        #expect(result.stdout.contains("\"status\":\"rendered\""), "\(result.stdout)")
    }

    /// A spec that does not load still claims its own name: the other chart may not take it.
    @Test func aBrokenSpecStillClaimsItsName() throws {
        let project = try renderedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let mine = "kind = \"bar\"\ndata = \"hanguang.csv\"\ntitle = \"Mine\"\ncategory = \"chip\"\nvalue = \"images_per_second\"\nunknown = 1\n"
        try mine.write(to: project.appendingPathComponent("charts/hanguang.mobile.toml"), atomically: true, encoding: .utf8)
        let result = try CLI.run(["all", "--project", project.path, "--format", "svg", "--force"])
        #expect(result.status == 1 && result.stdout.contains("failed: hanguang, hanguang.mobile"), "\(result.stdout)")
    }

    @Test func cleanKeepsAFileChangedSinceChartsWroteIt() throws {
        let project = try renderedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.moveItem(at: project.appendingPathComponent("charts/hanguang.toml"),
                                         to: project.appendingPathComponent("charts/hanguang-800.toml"))
        try Data("edited by hand".utf8).write(to: project.appendingPathComponent("out/hanguang.svg"))
        let result = try CLI.run(["clean", "--project", project.path])
        #expect(result.stdout.contains("refused hanguang.svg: changed since charts wrote it"), "\(result.stdout)")
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("out/hanguang.svg").path))
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("out/hanguang.mobile.svg").path))
    }

    @Test func aSpecNamedAsAnotherChartsEditionIsAnErrorNamingBoth() throws {
        let project = try renderedProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let mobile = project.appendingPathComponent("out/hanguang.mobile.svg")
        let before = try Data(contentsOf: mobile)
        var spec = try String(contentsOf: project.appendingPathComponent("charts/hanguang.toml"), encoding: .utf8)
        spec = spec.replacingOccurrences(of: "title = \"Hanguang 800: 78,563 images per second\"", with: "title = \"An impostor\"")
        try spec.write(to: project.appendingPathComponent("charts/hanguang.mobile.toml"), atomically: true, encoding: .utf8)
        // A chart that does not clash still renders.
        try FileManager.default.copyItem(at: project.appendingPathComponent("charts/hanguang.toml"),
                                         to: project.appendingPathComponent("charts/hanguang-copy.toml"))
        let result = try CLI.run(["all", "--project", project.path, "--format", "svg", "--force"])
        #expect(result.status == 1)
        #expect(result.stdout.contains("charts/hanguang.mobile.toml: its files (hanguang.mobile.*) have the names of the `mobile` edition of charts/hanguang.toml"),
                "\(result.stdout)")
        #expect(result.stdout.contains("charts/hanguang.toml: the files of its `mobile` edition (hanguang.mobile.*) have the names of charts/hanguang.mobile.toml's"))
        #expect(result.stdout.contains("failed: hanguang, hanguang.mobile"))
        #expect(try Data(contentsOf: mobile) == before, "neither chart overwrites the other's files")
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("out/hanguang-copy.svg").path))
        // `render` of one of the two, and `check`, say the same.
        let one = try CLI.run(["render", "hanguang.mobile", "--project", project.path, "--format", "svg"])
        #expect(one.status == 1 && one.stdout.contains("have the names of the `mobile` edition of charts/hanguang.toml"))
        let check = try CLI.run(["check", "--project", project.path])
        #expect(check.status == 1 && check.stdout.contains("2 error(s)"), "\(check.stdout)")
    }
}
