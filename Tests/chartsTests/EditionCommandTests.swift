import Foundation
import Testing

/// Editions through the command line: files, incremental runs, one edition, list and gallery.
@Suite(.serialized) struct EditionCommandTests {
    static func project() throws -> URL {
        let project = try CLI.emptyProject()
        try CLI.write("date,event,source\n2017-10-11,DAMO Academy founded,§I\n2019-09-25,Hanguang 800 unveiled,§II\n2023-04-11,Qwen launched,§III\n",
                      to: "data/events.csv", in: project)
        try CLI.write("""
        kind = "timeline"
        data = "events.csv"
        title = "Three milestones"
        date = "date"
        label = "event"
        themes = ["dark"]

        [sizes.mobile]
        width = 360

        """, to: "charts/events.toml", in: project)
        try CLI.write("name,value,source\nA,1,S\n", to: "data/other.csv", in: project)
        try CLI.write("kind = \"bar\"\ndata = \"other.csv\"\ntitle = \"Other\"\ncategory = \"name\"\nvalue = \"value\"\n", to: "charts/other.toml", in: project)
        return project
    }

    @Test func everyEditionIsWrittenRecordedAndReRenderedOnlyWithItsData() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let first = try CLI.run(["all", "--project", project.path, "--format", "png,svg"])
        #expect(first.status == 0, "\(first.stdout)\(first.stderr)")
        let out = project.appendingPathComponent("out")
        let files = Set(try FileManager.default.contentsOfDirectory(atPath: out.path))
        for stem in ["events", "events.mobile", "events.dark", "events.mobile.dark"] {
            #expect(files.contains("\(stem).png") && files.contains("\(stem).svg"), "\(stem): \(files.sorted())")
        }
        #expect(first.stdout.contains("note: in the mobile edition: drawn vertically: narrower than 480 px"), "\(first.stdout)")
        // Each edition is its own layout: the mobile one is 360 px wide, the dark one dark.
        let mobile = try String(contentsOf: out.appendingPathComponent("events.mobile.svg"), encoding: .utf8)
        #expect(mobile.contains("width=\"360\""))
        let dark = try String(contentsOf: out.appendingPathComponent("events.dark.svg"), encoding: .utf8)
        #expect(dark.lowercased().contains("#121416"))
        // Nothing changed: up to date. The data of one chart changed: its editions only.
        let second = try CLI.run(["all", "--project", project.path, "--format", "png,svg"])
        #expect(second.stdout.contains("0 file(s) written"), "\(second.stdout)")
        try CLI.write("date,event,source\n2017-10-11,DAMO Academy founded,§I\n2023-04-11,Qwen launched,§III\n", to: "data/events.csv", in: project)
        let third = try CLI.run(["all", "--project", project.path, "--format", "png,svg"])
        #expect(third.stdout.contains("ok      events") && third.stdout.contains("same    other"), "\(third.stdout)")
        #expect(third.stdout.contains("8 file(s) written"), "\(third.stdout)")
        // The gallery shows the editions; list names them.
        let gallery = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(gallery.contains("<figcaption>mobile/dark, 360 × 745</figcaption>"))
        let list = try CLI.run(["list", "--project", project.path])
        #expect(list.stdout.contains("editions: default (events.*, 800 × 500), mobile (events.mobile.*, 360 × 745), dark (events.dark.*, 800 × 500), mobile/dark (events.mobile.dark.*, 360 × 745)"), "\(list.stdout)")
    }

    @Test func oneEditionAlone() throws {
        let project = try Self.project()
        defer { try? FileManager.default.removeItem(at: project) }
        let result = try CLI.run(["render", "events", "--project", project.path, "--format", "png", "--edition", "dark/mobile"])
        #expect(result.status == 0, "\(result.stdout)")
        let files = try FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("out").path).filter { $0.hasSuffix(".png") }
        #expect(files == ["events.mobile.dark.png"])
        let missing = try CLI.run(["render", "events", "other", "--project", project.path, "--format", "png", "--edition", "mobile"])
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("charts/other.toml: no edition `mobile` (its editions: `default`)"), "\(missing.stdout)")
    }
    /// A Chinese edition: its files, its texts from `_zh` keys and columns, and every missing
    /// translation listed by `check` (and failing with `--strict`).
    @Test func aChineseEditionReadsItsTranslationsAndCheckListsWhatIsMissing() throws {
        let project = try CLI.emptyProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try CLI.write("date,event,event_zh,source\n2017-10-11,DAMO Academy founded,达摩院成立,§I\n2023-04-11,Qwen launched,,§III\n",
                      to: "data/events.csv", in: project)
        try CLI.write("""
        kind = "timeline"
        data = "events.csv"
        locales = ["en", "zh"]
        title = "Two milestones"
        title_zh = "两个里程碑"
        subtitle = "DAMO Academy and Qwen"
        date = "date"
        label = "event"
        highlight = ["DAMO Academy founded"]

        """, to: "charts/events.toml", in: project)
        let check = try CLI.run(["check", "--project", project.path])
        #expect(check.status == 0)
        for line in [
            "charts/events.toml:6: warning: `subtitle`: in the zh edition: no `zh` translation, so the English text is shown",
            "data/events.csv:3: warning: `event_zh`: in the zh edition: 1 empty cell(s) in `event_zh` (line 3), so `event` is shown there",
            "data/events.csv:1: warning: `source`: in the zh edition: no `source_zh` column, so `source` is shown untranslated",
        ] {
            #expect(check.stdout.contains(line), "\(line)\n\(check.stdout)")
        }
        #expect(try CLI.run(["check", "--project", project.path, "--strict"]).status == 1)
        let render = try CLI.run(["render", "events", "--project", project.path, "--format", "svg", "--edition", "zh"])
        #expect(render.status == 0, "\(render.stdout)")
        let svg = try String(contentsOf: project.appendingPathComponent("out/events.zh.svg"), encoding: .utf8)
        #expect(svg.contains("xml:lang=\"zh-Hans\"") && svg.contains(">两个里程碑<") && svg.contains(">达摩院成立<"))
        #expect(svg.contains(">2017年10月11日<") && svg.contains(">Qwen launched<"))
        // The highlight names the English label and follows it: the Chinese label is bold.
        #expect(svg.range(of: #"font-weight="bold"[^>]*>达摩院成立<"#, options: .regularExpression) != nil, "\(svg)")
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("out/events.svg").path), "--edition zh renders that edition only")
    }
}
