import Foundation
import Testing

@Suite(.serialized) struct CheckTests {
    @Test func problemsAreListedOnceSortedAndAsJSON() throws {
        let project = try CLI.emptyProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try CLI.write("label,value,source\nA,1,§I\nB,N/A,§I\n", to: "data/shared.csv", in: project)
        for name in ["one", "two"] {
            try CLI.write("kind = \"bar\"\ndata = \"shared.csv\"\ntitle = \"T\"\ncategory = \"label\"\nvalue = \"value\"\n",
                          to: "charts/\(name).toml", in: project)
        }
        try CLI.write("kind = \"bar\"\ndata = \"shared.csv\"\ntitle = \"T\"\ncategory = \"labl\"\nvalue = \"value\"\n",
                      to: "charts/bad.toml", in: project)
        let text = try CLI.run(["check", "--project", project.path])
        #expect(text.status == 1)
        #expect(text.stdout == """
        charts/bad.toml:4: `category`: no column `labl` in data/shared.csv (columns: label, value, source) (did you mean `label`?)
        data/shared.csv:3: `value`: expected a number, found the placeholder `N/A` (fill in the value, or remove the row if the figure is unknown; read as numbers because of `value` in charts/one.toml:5; read by the charts one, two)
        3 chart(s) checked: 2 error(s), 0 warning(s), 0 note(s)

        """)
        let json = try CLI.run(["check", "--project", project.path, "--json"])
        #expect(json.status == 1)
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 2)
        #expect(items[1]["file"] as? String == "data/shared.csv")
        #expect(items[1]["line"] as? Int == 3)
        #expect(items[1]["field"] as? String == "value")
        #expect(items[1]["severity"] as? String == "error")
    }

    @Test func limitsGiveErrorsNotExhaustion() throws {
        let project = try CLI.emptyProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let long = String(repeating: "x", count: 10_000)
        try CLI.write("label,value,source\n\(long),1,§I\nok,2,§I\n", to: "data/long.csv", in: project)
        try CLI.write("kind = \"bar\"\ndata = \"long.csv\"\ntitle = \"T\"\ncategory = \"label\"\nvalue = \"value\"\n", to: "charts/long.toml", in: project)
        var rows = "label,value\n"
        rows.reserveCapacity(3_000_000)
        for index in 0...200_000 { rows += "r\(index),\(index)\n" }
        try CLI.write(rows, to: "data/rows.csv", in: project)
        try CLI.write("kind = \"bar\"\ndata = \"rows.csv\"\ntitle = \"T\"\ncategory = \"label\"\nvalue = \"value\"\n", to: "charts/rows.toml", in: project)
        let huge = project.appendingPathComponent("data/huge.csv")
        FileManager.default.createFile(atPath: huge.path, contents: nil)
        let handle = try FileHandle(forWritingTo: huge)
        try handle.truncate(atOffset: 51 * 1024 * 1024)
        try handle.close()
        try CLI.write("kind = \"bar\"\ndata = \"huge.csv\"\ntitle = \"T\"\ncategory = \"label\"\nvalue = \"value\"\n", to: "charts/huge.toml", in: project)

        let result = try CLI.run(["all", "--project", project.path])
        #expect(result.status == 1)
        #expect(result.stdout.contains("data/long.csv:2: `label`: a cell of 10000 characters; cells are limited to 1000"))
        #expect(result.stdout.contains("data/rows.csv:200002: more than 200000 data rows; datasets are limited to 200000"))
        #expect(result.stdout.contains("data/huge.csv: the file is 51 MiB; datasets are limited to 50 MiB"))
        let written = try FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("out").path).filter { !$0.hasPrefix(".") }
        #expect(written.isEmpty)
    }
}

@Suite struct SpecProblemsTests {
    @Test func everyWrongValueOfASpecIsListed() throws {
        let project = try CLI.emptyProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try CLI.write("label,value,source\nA,1,§I\n", to: "data/t.csv", in: project)
        try CLI.write("""
        kind = "bar"
        data = "t.csv"
        title = "T"
        orientaton = "vertical"
        width = "800"
        scale = "logarithmic"
        [format]
        sufix = "B"
        decimals = 9
        [[series]]
        column = "value"
        color = "blue"

        """, to: "charts/c.toml", in: project)
        let result = try CLI.run(["check", "--project", project.path])
        #expect(result.status == 1)
        #expect(result.stdout == """
        charts/c.toml:4: `orientaton`: unknown key (did you mean `orientation`?)
        charts/c.toml:5: `width`: expected a whole number (write digits without quotes, e.g. 800)
        charts/c.toml:6: `scale`: `logarithmic` is not a valid value (expected one of: `linear`, `log`)
        charts/c.toml:8: `format.sufix`: unknown key (did you mean `suffix`?)
        charts/c.toml:9: `format.decimals`: 9 decimals is out of range (use 0 to 6)
        charts/c.toml:12: `series[1].color`: `blue` is not a colour (write it as #RRGGBB, e.g. #0072B2)
        1 chart(s) checked: 6 error(s), 0 warning(s), 0 note(s)

        """)
    }
}
