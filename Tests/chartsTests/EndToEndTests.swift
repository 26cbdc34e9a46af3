import TestSupport
import Foundation
import Testing

@Suite(.serialized) struct EndToEndTests {
    /// The repository's own charts, the article set.
    let articleCharts = try! FileManager.default.contentsOfDirectory(atPath: CLI.packageRoot.appendingPathComponent("charts").path)
        .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()

    @Test func allRendersEveryArticleChartIdenticallyTwice() throws {
        let project = try CLI.articleProject(editions: true)
        defer { try? FileManager.default.removeItem(at: project) }
        let first = try CLI.run(["all", "--project", project.path])
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        #expect(articleCharts.count >= 9)
        // Every article chart has its default, column and mobile editions in English and in
        // Chinese, in three formats each.
        let editions = ["", ".column", ".mobile", ".zh", ".zh.column", ".zh.mobile"]
        #expect(first.stdout.contains("\(articleCharts.count) of \(articleCharts.count) chart(s) rendered, 0 up to date, 0 failed; \(3 * editions.count * articleCharts.count) file(s) written"), "\(first.stdout)")
        let out = project.appendingPathComponent("out")
        for name in articleCharts {
            for edition in editions {
                for format in ["png", "svg", "pdf"] {
                    #expect(FileManager.default.fileExists(atPath: out.appendingPathComponent("\(name)\(edition).\(format)").path))
                }
            }
        }
        let png = try Data(contentsOf: out.appendingPathComponent("investment.png"))
        let size = [UInt8](png[16..<24])
        #expect(size == [0, 0, 0x06, 0x40, 0, 0, 0x03, 0xE8], "1600×1000 at the default 2× density")

        let again = project.appendingPathComponent("again")
        let second = try CLI.run(["all", "--project", project.path, "--out", again.path])
        #expect(second.status == 0)
        for name in articleCharts {
            for edition in editions {
                for format in ["png", "svg", "pdf"] {
                    let a = try Data(contentsOf: out.appendingPathComponent("\(name)\(edition).\(format)"))
                    let b = try Data(contentsOf: again.appendingPathComponent("\(name)\(edition).\(format)"))
                    #expect(a == b, "\(name)\(edition).\(format) differs between runs")
                }
            }
        }
    }

    @Test func formatsAndScaleAreOptions() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let exports = project.appendingPathComponent("exports/svg")
        let result = try CLI.run(["all", "--project", project.path, "--format", "svg", "--out", exports.path])
        #expect(result.status == 0)
        let files = try FileManager.default.contentsOfDirectory(atPath: exports.path).filter { !$0.hasPrefix(".") }
        #expect(Set(files) == Set(articleCharts.map { "\($0).svg" } + ["index.html"]), "the SVGs and the gallery")
        let bad = try CLI.run(["all", "--project", project.path, "--format", "gif"])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("unknown format `gif` in --format"))
    }

    @Test func oneBadChartFailsAloneAndLosesNothing() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try CLI.write("model,k\nQwen1.5,\"12,5\"\nQwen2,N/A\n", to: "data/broken.csv", in: project)
        try CLI.write("kind = \"bar\"\ndata = \"broken.csv\"\ntitle = \"Broken\"\ncategory = \"model\"\nvalue = \"k\"\n",
                      to: "charts/broken.toml", in: project)
        let out = project.appendingPathComponent("out")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        let previous = Data("last good render".utf8)
        try previous.write(to: out.appendingPathComponent("broken.png"))

        let result = try CLI.run(["all", "--project", project.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("FAILED  broken"))
        #expect(result.stdout.contains("data/broken.csv:2: `k`: expected a number, found `12,5` with a decimal comma (use a point for decimals: 12.5; read as numbers because of `value` in charts/broken.toml:5)"))
        #expect(result.stdout.contains("data/broken.csv:3: `k`: expected a number, found the placeholder `N/A`"))
        #expect(result.stdout.contains("\(articleCharts.count) of \(articleCharts.count + 1) chart(s) rendered, 0 up to date, 1 failed; \(3 * articleCharts.count) file(s) written"))
        #expect(result.stdout.contains("failed: broken"))
        #expect(try Data(contentsOf: out.appendingPathComponent("broken.png")) == previous)
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: out.path).filter { $0.hasPrefix(".charts-tmp-") }
        #expect(leftovers.isEmpty)
    }

    @Test func checkListsEveryProblemWithoutRendering() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try CLI.write("kind = \"bar\"\ndata = \"qwen-context.csv\"\ntitle = \"T\"\ncategory = \"model\"\nvalue = \"context_tokens\"\norientaton = \"vertical\"\n",
                      to: "charts/typo.toml", in: project)
        try CLI.write("kind = \"bar\"\ndata = \"qwen-context.csv\"\ntitle = \"T\"\ncategory = \"model\"\nvalue = \"context_token\"\n",
                      to: "charts/column.toml", in: project)
        let result = try CLI.run(["check", "--project", project.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("charts/typo.toml:6: `orientaton`: unknown key (did you mean `orientation`?)"))
        #expect(result.stdout.contains("charts/column.toml:5: `value`: no column `context_token` in data/qwen-context.csv (columns: model, model_zh, context_k_tokens, released, source, source_zh) (did you mean `context_k_tokens`?)"))
        #expect(result.stdout.contains("\(articleCharts.count + 2) chart(s) checked: 2 error(s)"))
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("out").path))

        try FileManager.default.removeItem(at: project.appendingPathComponent("charts/typo.toml"))
        try FileManager.default.removeItem(at: project.appendingPathComponent("charts/column.toml"))
        let clean = try CLI.run(["check", "--project", project.path])
        #expect(clean.status == 0)
        #expect(clean.stdout.contains("\(articleCharts.count) chart(s) checked: 0 error(s), 0 warning(s)"))
    }

    @Test func renderWritesTheNamedChartAndItsScene() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let result = try CLI.run(["render", "investment", "--scene", "--format", "png"], in: project)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        let out = project.appendingPathComponent("out")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).filter { !$0.hasPrefix(".") }.sorted() == ["investment.png", "investment.scene.json"])
        let json = try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("investment.scene.json"))) as! [String: Any]
        #expect(json["width"] as? Double == 800)
        #expect(json["height"] as? Double == 500)
        let items = json["items"] as! [[String: Any]]
        #expect(items.filter { $0["role"] as? String == "bar" }.count == 2)
        let texts = items.compactMap { $0["text"] as? String }
        #expect(texts.contains("380 ÷ 100 = 3.8×, floor to floor"))
        #expect(texts.contains("> ¥380B"), "a floor, as the article gives it: more than RMB 380 billion")
        let box = items.first { $0["role"] as? String == "title" }?["bbox"] as? [String: Double]
        #expect(box?["x"] == 20)

        let unknown = try CLI.run(["render", "investmnt"], in: project)
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("no chart `investmnt` in charts/ (did you mean `investment`?)"))
    }

    @Test func listShowsKindDataAndOutputs() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let result = try CLI.run(["list", "--project", project.path])
        #expect(result.status == 0)
        let lines = result.stdout.split(separator: "\n")
        #expect(lines.count == articleCharts.count)
        #expect(lines.contains { $0.hasPrefix("m6-scale") && $0.contains("bar") && $0.contains("data/m6.csv") && $0.contains("out/m6-scale.{png,svg,pdf}") })
    }

    @Test func textNoFontCanDrawIsAnErrorNotTofu() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try CLI.write("kind = \"bar\"\ndata = \"qwen-context.csv\"\ntitle = \"Private \u{E000} use\"\ncategory = \"model\"\nvalue = \"context_k_tokens\"\n",
                      to: "charts/tofu.toml", in: project)
        let result = try CLI.run(["render", "tofu", "--project", project.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("charts/tofu.toml:3: no installed font can draw U+E000 in the title “Private \u{E000} use”"))
        try CLI.write("model,k,source\nQwen\u{E000},32,§IV\n", to: "data/tofu.csv", in: project)
        try CLI.write("kind = \"bar\"\ndata = \"tofu.csv\"\ntitle = \"T\"\ncategory = \"model\"\nvalue = \"k\"\n", to: "charts/tofu.toml", in: project)
        let data = try CLI.run(["render", "tofu", "--project", project.path])
        #expect(data.stdout.contains("data/tofu.csv:2: `model`: no installed font can draw U+E000 in the category-label “Qwen\u{E000}”"), "\(data.stdout)")
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("out/tofu.png").path))
    }

    /// charts loads a fontconfig set-up of its own (see FontInventory.configuration), unless the
    /// user names one: here one with no font folders, so that nothing can be drawn.
    @Test func aFontconfigFileOfTheUsersOwnIsRead() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try CLI.write("<?xml version=\"1.0\"?>\n<fontconfig></fontconfig>\n", to: "fonts.conf", in: project)
        let arguments = ["render", "investment", "--project", project.path, "--format", "svg"]
        let result = try CLI.run(arguments, environment: ["FONTCONFIG_FILE": project.appendingPathComponent("fonts.conf").path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("no installed font can draw U+4D, U+6F, U+72, U+65"), "\(result.stdout.prefix(400))")
        #expect(try CLI.run(arguments).status == 0)
    }

    @Test func aMissingProjectIsExplained() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("charts-none-\(UUID().uuidString)")
        let result = try CLI.run(["all", "--project", folder.path])
        #expect(result.status != 0)
        #expect(result.stderr.contains("no charts folder in"))
    }
}

@Suite(.serialized) struct ArticleChartTests {
    /// Every article chart, rendered by the binary at 1×, against a golden PNG and a golden scene
    /// JSON (the layout and its audit), both checked by eye.
    @Test(arguments: ["investment", "investment-per-year", "hanguang", "m6-scale", "qwen-context", "qwen-cadence",
                      "qwen-releases", "damo-history", "damo-history-vertical", "cloud-ai-plan", "qwen-reach", "chips-2019", "investment-terms",
                      "qwen-context-2024"])
    func matchesItsGolden(name: String) throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let result = try CLI.run(["render", name, "--project", project.path, "--format", "png", "--scale", "1", "--strict", "--scene"])
        #expect(result.status == 0, "\(result.stdout)")
        let goldens = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
        let actual = try Data(contentsOf: project.appendingPathComponent("out/\(name).png"))
        let scene = try Data(contentsOf: project.appendingPathComponent("out/\(name).scene.json"))
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try actual.write(to: goldens.appendingPathComponent("\(name).png"))
            try scene.write(to: goldens.appendingPathComponent("\(name).scene.json"))
        }
        let comparison = try GoldenImage.compare(actual: actual, golden: goldens.appendingPathComponent("\(name).png"))
        #expect(comparison.differingFraction <= 0.002, "\(comparison.summary)")
        let differences = try GoldenScene.differences(actual: scene, golden: goldens.appendingPathComponent("\(name).scene.json"))
        #expect(differences.isEmpty, "\(differences.joined(separator: "\n"))")
    }

    @Test func checkWarnsWhenAHeadlineDriftsFromItsData() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let spec = project.appendingPathComponent("charts/hanguang.toml")
        let text = try String(contentsOf: spec, encoding: .utf8)
            .replacingOccurrences(of: "title = \"Hanguang 800: 78,563 images per second\"",
                                  with: "title = \"Hanguang 800: 80,000 images per second\"")
        try text.write(to: spec, atomically: true, encoding: .utf8)
        let check = try CLI.run(["check", "--project", project.path])
        #expect(check.status == 0, "a warning alone does not fail check")
        #expect(check.stdout.contains("charts/hanguang.toml:5: warning: `title`: “80,000” is neither in the data nor a value the chart derives from it"),
                "\(check.stdout)")
        #expect(try CLI.run(["check", "--strict", "--project", project.path]).status == 1)
    }

    @Test func theArticleSetHasNoWarnings() throws {
        let result = try CLI.run(["check", "--strict", "--project", CLI.packageRoot.path])
        #expect(result.status == 0, "\(result.stdout)")
        #expect(result.stdout.contains("0 error(s), 0 warning(s)"))
    }
}
