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
}
