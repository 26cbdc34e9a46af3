import Foundation
import Testing

/// The command-line contract of the README's command table: what each command accepts, checks,
/// prints and touches.
@Suite(.serialized) struct ContractTests {
    static let diagnosticKeys: Set<String> = ["chart", "column", "field", "file", "hint", "line", "message", "severity"]

    @Test func renderWritesEachChartOnceHoweverOftenItIsNamed() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        for run in 1...50 {
            let result = try CLI.run(["render", "qwen-context", "hanguang", "qwen-context", "hanguang", "qwen-context",
                                      "--project", project.path, "--force", "--jobs", "4", "--format", "svg"])
            #expect(result.status == 0, "run \(run): \(result.stdout)\(result.stderr)")
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines.count == 3, "run \(run): \(lines)")
            #expect(lines.first?.hasPrefix("ok      hanguang") == true && lines.dropFirst().first?.hasPrefix("ok      qwen-context") == true,
                    "name order, each once: \(lines)")
            if result.status != 0 { break }
        }
    }

    @Test func relativeDataAndOutFoldersAreInsideTheProject() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try FileManager.default.moveItem(at: project.appendingPathComponent("data"), to: project.appendingPathComponent("figures"))
        let elsewhere = FileManager.default.temporaryDirectory
        let result = try CLI.run(["render", "hanguang", "--project", project.path, "--data", "figures", "--out", "build",
                                  "--format", "svg"], in: elsewhere)
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent("build/hanguang.svg").path))
        let list = try CLI.run(["list", "--project", project.path, "--data", "figures", "--out", "build"], in: elsewhere)
        #expect(list.stdout.contains("figures/hanguang.csv  -> build/hanguang.{png,svg,pdf}"), "\(list.stdout)")
        // A data folder that is not there is named as given.
        let missing = try CLI.run(["check", "--project", project.path, "--data", "nowhere"])
        #expect(missing.status == 1)
        #expect(missing.stdout.contains("charts/hanguang.toml:4: `data`: no data folder nowhere/ (looked for \(project.path)/nowhere) (check --data; a relative path is inside the project)"),
                "\(missing.stdout)")
    }

    @Test func checkFindsWhatRenderingWithTheSameOptionsWould() throws {
        let project = try CLI.emptyProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try CLI.write("label,value,source\nA,1,§I\n", to: "data/t.csv", in: project)
        try CLI.write("kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\nwidth = 6000\nheight = 4000\ncategory = \"label\"\nvalue = \"value\"\n",
                      to: "charts/big.toml", in: project)
        let message = "charts/big.toml:4: `width`: at --scale 2 the PNG would be 12000 × 8000 px, 96 megapixels; the limit is 50 megapixels (lower --scale, or the chart's width and height)"
        let check = try CLI.run(["check", "--project", project.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains(message), "\(check.stdout)")
        let render = try CLI.run(["all", "--project", project.path])
        #expect(render.status == 1)
        #expect(render.stdout.contains(message), "\(render.stdout)")
        // Without PNG, or at a lower density, both pass.
        #expect(try CLI.run(["check", "--project", project.path, "--format", "svg,pdf"]).status == 0)
        #expect(try CLI.run(["check", "--project", project.path, "--scale", "1"]).status == 0)
    }

    @Test func theSourceDateEpochIsAnInput() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let pdf = project.appendingPathComponent("out/hanguang.pdf")
        #expect(try CLI.run(["render", "hanguang", "--project", project.path, "--format", "pdf"]).status == 0)
        let first = try Data(contentsOf: pdf)
        let same = try CLI.run(["render", "hanguang", "--project", project.path, "--format", "pdf"])
        #expect(same.stdout.hasPrefix("same    hanguang"), "\(same.stdout)")
        let later = try CLI.run(["render", "hanguang", "--project", project.path, "--format", "pdf"],
                                environment: ["SOURCE_DATE_EPOCH": "1735689600"])
        #expect(later.stdout.hasPrefix("ok      hanguang"), "a new date renders again: \(later.stdout)")
        #expect(try Data(contentsOf: pdf) != first)
    }

    @Test func strictFailsOnWarningsSayingSoAndNeverOnNotes() throws {
        let project = try CLI.emptyProject()
        defer { try? FileManager.default.removeItem(at: project) }
        // No source column: a warning.
        try CLI.write("label,value\nA,1\n", to: "data/t.csv", in: project)
        try CLI.write("kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\ncategory = \"label\"\nvalue = \"value\"\n", to: "charts/w.toml", in: project)
        let strict = try CLI.run(["render", "w", "--project", project.path, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stdout.contains("(warning, failed because of --strict)"), "\(strict.stdout)")
        // Eight long names turn the chart horizontal: a note, which --strict lets through.
        let rows = (1...8).map { "Category with a rather long name number \($0),\($0),§I" }.joined(separator: "\n")
        try CLI.write("label,value,source\n" + rows + "\n", to: "data/n.csv", in: project)
        try CLI.write("kind = \"bar\"\ndata = \"n.csv\"\ntitle = \"T\"\ncategory = \"label\"\nvalue = \"value\"\n", to: "charts/n.toml", in: project)
        let note = try CLI.run(["render", "n", "--project", project.path, "--strict"])
        #expect(note.status == 0, "\(note.stdout)")
        #expect(note.stdout.contains("charts/n.toml: note: drawn horizontally"), "\(note.stdout)")
        let check = try CLI.run(["check", "--project", project.path, "--strict"])
        #expect(check.stdout.contains("2 chart(s) checked: 0 error(s), 1 warning(s), 1 note(s); failed because of --strict"), "\(check.stdout)")
    }

    @Test func everyJSONDiagnosticHasOneShape() throws {
        let project = try CLI.emptyProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try CLI.write("label,value,source\nA,N/A,§I\n", to: "data/t.csv", in: project)
        try CLI.write("kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\ncategory = \"label\"\nvalue = \"value\"\n", to: "charts/c.toml", in: project)
        let check = try CLI.run(["check", "--project", project.path, "--json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(check.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 1)
        #expect(Set(items[0].keys) == Self.diagnosticKeys)
        #expect(items[0]["chart"] as? String == "c")
        #expect(items[0]["column"] is NSNull)
        let all = try CLI.run(["all", "--project", project.path, "--json"])
        let line = try #require(try JSONSerialization.jsonObject(with: Data(all.stdout.utf8)) as? [String: Any])
        let errors = try #require(line["errors"] as? [[String: Any]])
        #expect(errors.count == 1)
        #expect(Set(errors[0].keys) == Self.diagnosticKeys)
        #expect(errors[0]["message"] as? String == items[0]["message"] as? String)
        #expect(errors[0]["chart"] as? String == "c")
        #expect(all.stderr.isEmpty && !all.stdout.contains("chart(s) rendered"), "JSON mode prints JSON only")
    }
}

@Suite struct KeyCausedDataErrorTests {
    @Test func aDataErrorCausedByASpecKeyNamesTheKeyAndTheChart() throws {
        let project = try CLI.emptyProject()
        defer { try? FileManager.default.removeItem(at: project) }
        try CLI.write("date,event,note,source\n2020,A,launch,§I\n2021,B,,§I\n", to: "data/t.csv", in: project)
        try CLI.write("kind = \"timeline\"\ndata = \"t.csv\"\ntitle = \"T\"\ndate = \"date\"\nlabel = \"event\"\nend = \"note\"\n",
                      to: "charts/spans.toml", in: project)
        let check = try CLI.run(["check", "--project", project.path])
        #expect(check.status == 1)
        #expect(check.stdout.contains("data/t.csv:2: `note`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD (with `~` before it for approximate, or `by ` for a deadline), or early, mid or late YYYY, found `launch` (leave it empty for a single event; read as end dates because of `end` in charts/spans.toml:6)"),
                "\(check.stdout)")
    }
}

@Suite struct CommandTableTests {
    /// The README's command table: each command with the options it lists.
    func table() throws -> [String: Set<String>] {
        let readme = try String(contentsOf: CLI.packageRoot.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(readme.components(separatedBy: "## Commands\n").dropFirst().first)
        var rows: [String: Set<String>] = [:]
        for line in section.split(separator: "\n") where line.hasPrefix("| `charts ") {
            let cells = line.split(separator: "|", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            let command = cells[1].dropFirst("`charts ".count).prefix { $0 != " " && $0 != "`" }
            rows[String(command)] = Set(cells[3].split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "`")) }
                .filter { !$0.isEmpty })
        }
        return rows
    }

    @Test func theReadmeListsExactlyTheOptionsEachCommandTakes() throws {
        let rows = try table()
        #expect(Set(rows.keys) == ["all", "render", "check", "list", "watch", "clean", "schema"])
        for (command, documented) in rows {
            let help = try CLI.run([command, "--help"])
            #expect(help.status == 0)
            let options = help.stdout.components(separatedBy: "OPTIONS:").dropFirst().first ?? ""
            let taken = Set(options.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "," })
                .map(String.init).filter { $0.hasPrefix("--") }).subtracting(["--help", "--version"])
            #expect(taken == documented, "`charts \(command)`: --help lists \(taken.sorted()), the README \(documented.sorted())")
        }
    }
}

@Suite struct AltTextCommandTests {
    @Test func renderAltPrintsTheAltTextAndWritesNothing() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let one = try CLI.run(["render", "qwen-context", "--alt", "--project", project.path])
        #expect(one.status == 0)
        #expect(one.stdout == "Bar chart: Qwen2's context window is four times Qwen1.5's. Context length, thousands of tokens. "
            + "2 bars: Qwen1.5, Feb 2024: 32K; Qwen2 (with GQA), Jun 2024: 128K. A bracket compares Qwen2 (with GQA) with Qwen1.5: 128K ÷ 32K = 4×. "
            + "Source: §IV, ref. 3 (Qwen2 Technical Report, 2024).\n")
        #expect(!FileManager.default.fileExists(atPath: project.appendingPathComponent("out/qwen-context.png").path))
        let two = try CLI.run(["render", "qwen-context", "hanguang", "--alt", "--project", project.path])
        #expect(two.stdout.hasPrefix("hanguang\nBar chart: Hanguang 800"), "\(two.stdout)")
        #expect(two.stdout.contains("\n\nqwen-context\nBar chart: Qwen2's"))
    }
}

@Suite struct ManyRowsTests {
    @Test func theSameProblemOnManyRowsIsShownOnceWithACountAndNamesItsReaders() throws {
        let project = try CLI.emptyProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let rows = (1...20).map { "A\($0),N/A,§I" }.joined(separator: "\n")
        try CLI.write("label,value,source\n" + rows + "\n", to: "data/n.csv", in: project)
        for name in ["one", "two"] {
            try CLI.write("kind = \"bar\"\ndata = \"n.csv\"\ntitle = \"T\"\ncategory = \"label\"\nvalue = \"value\"\n", to: "charts/\(name).toml", in: project)
        }
        let check = try CLI.run(["check", "--project", project.path])
        let lines = check.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 5, "\(lines)")
        #expect(lines[0].hasPrefix("data/n.csv:2: `value`: expected a number, found the placeholder `N/A`"))
        #expect(lines[0].hasSuffix("; read by the charts one, two)"))
        #expect(lines[3] == "data/n.csv: `value`: and 17 more row(s) like these (lines 5, 6, 7, 8, 9, …) (charts check --json lists every one)")
        #expect(lines[4] == "2 chart(s) checked: 20 error(s), 0 warning(s), 0 note(s)")
        let json = try CLI.run(["check", "--project", project.path, "--json"])
        let items = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
        #expect(items.count == 20, "--json keeps every row")
    }
}
