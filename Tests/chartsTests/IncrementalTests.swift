import Foundation
import Testing

@Suite(.serialized) struct IncrementalTests {
    func modified(_ url: URL) throws -> Date {
        try FileManager.default.attributesOfItem(atPath: url.path)[.modificationDate] as! Date
    }

    func statuses(_ result: CLI.Result) -> [String: String] {
        var map: [String: String] = [:]
        for line in result.stdout.split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { continue }
            map[object["name"] as! String] = object["status"] as? String
        }
        return map
    }

    @Test func onlyWhatChangedIsRenderedAgain() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let out = project.appendingPathComponent("out")
        #expect(try CLI.run(["all", "--project", project.path]).status == 0)
        let png = out.appendingPathComponent("investment.png")
        let before = try modified(png)
        Thread.sleep(forTimeInterval: 0.05)

        // Nothing changed: everything is up to date and untouched.
        let again = try CLI.run(["all", "--project", project.path, "--json"])
        #expect(again.status == 0)
        #expect(Set(statuses(again).values) == ["up-to-date"])
        #expect(try modified(png) == before)

        // A dataset edit re-renders exactly the charts that read it.
        let csv = project.appendingPathComponent("data/investment.csv")
        try (String(contentsOf: csv, encoding: .utf8).replacingOccurrences(of: "380", with: "381")).write(to: csv, atomically: true, encoding: .utf8)
        let edited = statuses(try CLI.run(["all", "--project", project.path, "--json"]))
        #expect(edited.filter { $0.value == "rendered" }.keys.sorted() == ["investment", "investment-per-year"])

        // A spec edit re-renders that chart only; touching a file without changing it does nothing.
        let spec = project.appendingPathComponent("charts/hanguang.toml")
        try (String(contentsOf: spec, encoding: .utf8) + "\n# a comment\n").write(to: spec, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date()], ofItemAtPath: project.appendingPathComponent("data/m6.csv").path)
        #expect(statuses(try CLI.run(["all", "--project", project.path, "--json"])).filter { $0.value == "rendered" }.keys.sorted() == ["hanguang"])

        // Deleting an output or changing it by hand renders it again.
        try FileManager.default.removeItem(at: out.appendingPathComponent("m6-scale.svg"))
        try Data("edited by hand".utf8).write(to: out.appendingPathComponent("qwen-context.pdf"))
        #expect(statuses(try CLI.run(["all", "--project", project.path, "--json"])).filter { $0.value == "rendered" }.keys.sorted() == ["m6-scale", "qwen-context"])

        // Other output options are other outputs; --force renders everything.
        #expect(Set(statuses(try CLI.run(["all", "--project", project.path, "--json", "--scale", "1"])).values) == ["rendered"])
        #expect(Set(statuses(try CLI.run(["all", "--project", project.path, "--json", "--scale", "1", "--force"])).values) == ["rendered"])
    }

    /// A fontconfig configuration of the user's own can choose other fonts from the same folders,
    /// so naming one (or changing it) renders every chart again.
    @Test func aFontconfigFileOfTheUsersOwnRendersAgain() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let arguments = ["all", "--project", project.path, "--json", "--format", "svg"]
        #expect(try CLI.run(arguments).status == 0)
        #expect(Set(statuses(try CLI.run(arguments)).values) == ["up-to-date"])
        try CLI.write("<?xml version=\"1.0\"?>\n<fontconfig><include>/etc/fonts/fonts.conf</include></fontconfig>\n",
                      to: "fonts.conf", in: project)
        let own = ["FONTCONFIG_FILE": project.appendingPathComponent("fonts.conf").path]
        #expect(Set(statuses(try CLI.run(arguments, environment: own)).values) == ["rendered"])
        #expect(Set(statuses(try CLI.run(arguments, environment: own)).values) == ["up-to-date"])
        #expect(Set(statuses(try CLI.run(arguments)).values) == ["rendered"])
    }

    @Test func aCorruptRecordMeansRenderAgain() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        #expect(try CLI.run(["all", "--project", project.path]).status == 0)
        try Data("{ not json".utf8).write(to: project.appendingPathComponent("out/.charts-record.json"))
        let result = try CLI.run(["all", "--project", project.path, "--json"])
        #expect(result.status == 0)
        #expect(Set(statuses(result).values) == ["rendered"])
        #expect(Set(statuses(try CLI.run(["all", "--project", project.path, "--json"])).values) == ["up-to-date"])
    }

    @Test func jsonLinesHaveTheDocumentedShape() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let result = try CLI.run(["render", "investment", "hanguang", "--project", project.path, "--json"])
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == 2)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(Set(first.keys) == ["name", "status", "files", "bytes", "font_bytes", "seconds", "errors", "warnings", "information"])
        let bytes = try #require(first["bytes"] as? [String: Int])
        let svg = try Data(contentsOf: project.appendingPathComponent("out/hanguang.svg"))
        #expect(bytes["hanguang.svg"] == svg.count)
        // The embedded subsets of Noto Sans (regular, bold) and Noto Sans CJK SC: a few KB each,
        // exactly what the SVG's base64 payloads decode to.
        let fonts = try #require(first["font_bytes"] as? Int)
        #expect(fonts > 5_000 && fonts < 40_000, "\(fonts) bytes of fonts")
        let payloads = String(decoding: svg, as: UTF8.self).split(separator: ";base64,").dropFirst()
            .map { $0.prefix { $0 != ")" } }
        #expect(payloads.count >= 2)
        #expect(fonts == payloads.reduce(0) { $0 + (Data(base64Encoded: String($1))?.count ?? -100_000) })
        // In name order, whatever order they were asked for in.
        #expect(first["name"] as? String == "hanguang")
        #expect(first["files"] as? [String] == ["hanguang.png", "hanguang.svg", "hanguang.pdf"])
        #expect(first["seconds"] is Double)
    }

    @Test func cleanRemovesOnlyOrphanedOutputsItWrote() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let out = project.appendingPathComponent("out")
        #expect(try CLI.run(["all", "--project", project.path]).status == 0)
        // A later run with fewer formats, and one with a scene dump: the record remembers all.
        #expect(try CLI.run(["render", "hanguang", "--project", project.path, "--format", "png", "--scene"]).status == 0)
        #expect(try CLI.run(["render", "hanguang", "--project", project.path, "--format", "svg"]).status == 0)
        // Files of other tools, some looking like temporary files.
        let others = ["notes.txt", ".notes.txt.tmp-editor", ".hanguang.png.tmp-99999", "hanguang.png~", ".charts-record.json.bak"]
        for name in others { try Data("mine".utf8).write(to: out.appendingPathComponent(name)) }
        // A temporary file an interrupted charts run left.
        try Data("partial".utf8).write(to: out.appendingPathComponent(".charts-tmp-99999-hanguang.png"))
        try FileManager.default.moveItem(at: project.appendingPathComponent("charts/hanguang.toml"),
                                         to: project.appendingPathComponent("charts/hanguang-ips.toml"))
        let result = try CLI.run(["clean", "--project", project.path])
        #expect(result.status == 0)
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        for name in ["hanguang.png", "hanguang.svg", "hanguang.pdf", "hanguang.scene.json", ".charts-tmp-99999-hanguang.png"] {
            #expect(!files.contains(name), "\(name) removed")
        }
        for name in others { #expect(files.contains(name), "\(name) is not charts' and stays") }
        #expect(files.contains("investment.png"))
        #expect(result.stdout.contains("5 file(s) removed"), "\(result.stdout)")
        let rerun = statuses(try CLI.run(["all", "--project", project.path, "--json"]))
        #expect(rerun["hanguang-ips"] == "rendered")
        #expect(rerun["investment"] == "up-to-date")
    }

    /// Separate processes (each with its own hash seed), one worker or four: every file and every
    /// scene JSON (the layout and its audit) is byte for byte the same.
    @Test func parallelOutputMatchesSerialByteForByte() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        // Many charts: three copies of every article chart.
        let charts = project.appendingPathComponent("charts")
        for name in try FileManager.default.contentsOfDirectory(atPath: charts.path) where name.hasSuffix(".toml") {
            for copy in 1...2 {
                try FileManager.default.copyItem(at: charts.appendingPathComponent(name),
                                                 to: charts.appendingPathComponent("copy\(copy)-" + name))
            }
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: charts.path).filter { $0.hasSuffix(".toml") }
            .map { String($0.dropLast(5)) }.sorted()
        let serial = project.appendingPathComponent("serial")
        let one = try CLI.run(["render"] + names + ["--project", project.path, "--out", serial.path, "--jobs", "1", "--scene"])
        #expect(one.status == 0)
        for run in 1...2 {
            let parallel = project.appendingPathComponent("parallel\(run)")
            let many = try CLI.run(["render"] + names + ["--project", project.path, "--out", parallel.path, "--jobs", "4", "--scene"])
            #expect(many.status == 0)
            let strip = { (text: String) in text.split(separator: "\n").map { $0.replacingOccurrences(of: #"\(\d+ ms\)"#, with: "", options: .regularExpression) } }
            #expect(strip(many.stdout).dropLast() == strip(one.stdout).dropLast(), "same lines in the same order")
            let files = try FileManager.default.contentsOfDirectory(atPath: serial.path).filter { !$0.hasPrefix(".") }
            #expect(files.filter { $0.hasSuffix(".scene.json") }.count == names.count, "a scene per chart")
            for file in files {
                let a = try Data(contentsOf: serial.appendingPathComponent(file))
                let b = try Data(contentsOf: parallel.appendingPathComponent(file))
                #expect(a == b, "\(file) differs with --jobs 4")
            }
        }
    }
}
