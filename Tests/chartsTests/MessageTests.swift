import Foundation
import Testing

/// Messages that point at the key, column or cell holding the problem, and problems said
/// wherever they arise (`check`, every render), none hidden behind another.
@Suite struct MessageTests {
    /// A project of one chart `c` on `data/t.csv`.
    func project(spec: String, csv: String, data: String = "t.csv") throws -> URL {
        let project = try CLI.emptyProject()
        try CLI.write(spec, to: "charts/c.toml", in: project)
        try CLI.write(csv, to: "data/\(data)", in: project)
        return project
    }

    func check(_ project: URL) throws -> CLI.Result {
        try CLI.run(["check", "--project", project.path])
    }

    static let bilingual = "kind = \"bar\"\ndata = \"t.csv\"\nlocales = [\"en\", \"zh\"]\ntitle = \"T\"\n"
    static let bilingualCSV = "chip,chip_zh,value,when,when_zh,source,source_zh\nA,甲,1,2020,2020年,x,甲\nB,乙,2,2021,2021年,x,乙\n"

    @Test func aProblemInATranslationIsAtTheTranslatedKeyOrColumn() throws {
        let blank = try project(spec: Self.bilingual + "title_zh = \"  \"\ncategory = \"chip\"\nvalue = \"value\"\n", csv: Self.bilingualCSV)
        defer { try? FileManager.default.removeItem(at: blank) }
        #expect(try check(blank).stdout.contains("charts/c.toml:5: `title_zh`: the title is blank"))

        let segments = try project(spec: "kind = \"timeline\"\ndata = \"t.csv\"\nlocales = [\"en\", \"zh\"]\ntitle = \"T\"\ntitle_zh = \"标题\"\nlayout = \"ranges\"\ndate = \"start\"\nlabel = \"name\"\nends = [\"e1\", \"e2\"]\nsegments = [\"one\", \"two\"]\nsegments_zh = [\"一\"]\n",
                                   csv: "name,start,e1,e2,source\nA,2020,2021,2022,x\n")
        defer { try? FileManager.default.removeItem(at: segments) }
        #expect(try check(segments).stdout.contains("charts/c.toml:11: `segments_zh`: 1 segment name(s) for 2 end column(s)"))

        let undrawable = try project(spec: Self.bilingual + "title_zh = \"标题\"\ncategory = \"chip\"\nvalue = \"value\"\n",
                                     csv: "chip,chip_zh,value,source,source_zh\nA,甲\u{E000},1,x,甲\n")
        defer { try? FileManager.default.removeItem(at: undrawable) }
        #expect(try check(undrawable).stdout.contains("data/t.csv:2: `chip_zh`: no installed font can draw U+E000"))
    }

    /// A range filter reads the dates as written, in every edition, though the column has a `_zh` twin.
    @Test func aDateFilterReadsTheColumnAsWrittenInEveryEdition() throws {
        let folder = try project(spec: Self.bilingual + "title_zh = \"标题\"\ncategory = \"chip\"\nvalue = \"value\"\n[[filter]]\ncolumn = \"when\"\nfrom = \"2021\"\n",
                                 csv: Self.bilingualCSV)
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try check(folder)
        #expect(result.status == 0 && result.stdout.contains("0 error(s), 0 warning(s)"), "\(result.stdout)")
        let alt = try CLI.run(["render", "c", "--alt", "--edition", "zh", "--project", folder.path])
        #expect(alt.stdout.contains("1 个条形：乙"), "\(alt.stdout)")
    }

    @Test func aLongTablesMissingRowsAfterAFilterSaySo() throws {
        let folder = try project(spec: "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\ncategory = \"c\"\nvalue = \"v\"\nseries_from = \"s\"\n[[filter]]\ncolumn = \"v\"\nfrom = \"2\"\n",
                                 csv: "c,s,v,source\nA,x,1,s\nA,y,2,s\nB,x,3,s\nB,y,4,s\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try check(folder).stdout.contains("no row for `A` × `x` (each category needs one row per series, and the filters leave none for these: add the rows, or filter out whole categories)"))
    }

    @Test func altTextOfAnEditionIsInItsLanguage() throws {
        let folder = try project(spec: Self.bilingual + "title_zh = \"标题\"\ncategory = \"chip\"\nvalue = \"value\"\n", csv: Self.bilingualCSV)
        defer { try? FileManager.default.removeItem(at: folder) }
        let chinese = try CLI.run(["render", "c", "--alt", "--edition", "zh", "--project", folder.path])
        #expect(chinese.status == 0 && chinese.stdout.hasPrefix("条形图：标题。"), "\(chinese.stdout)")
        let english = try CLI.run(["render", "c", "--alt", "--project", folder.path])
        #expect(english.stdout.hasPrefix("Bar chart: T."))
        let none = try CLI.run(["render", "c", "--alt", "--edition", "fr", "--project", folder.path])
        #expect(none.status == 1 && none.stderr.contains("no edition `fr`"))
    }

    /// A drifted headline number is said on every render, and fails it under `--strict`.
    @Test func everyRenderChecksTheWordsAgainstTheData() throws {
        let folder = try project(spec: "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"Hanguang 800: 80,000 images per second\"\ncategory = \"chip\"\nvalue = \"ips\"\n",
                                 csv: "chip,ips,source\nHanguang 800,78563,§II\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let render = try CLI.run(["all", "--project", folder.path, "--format", "svg"])
        #expect(render.status == 0 && render.stdout.contains("warning: `title`: “80,000” is neither in the data"), "\(render.stdout)")
        let strict = try CLI.run(["all", "--project", folder.path, "--format", "svg", "--strict", "--force"])
        #expect(strict.status == 1 && strict.stdout.contains("“80,000” is neither in the data nor a value the chart derives from it (a bar, a gap, a total or a ratio) (warning, failed because of --strict)"))
    }

    @Test func aDerivedHeightBeyondTheLimitIsAnError() throws {
        let folder = try project(spec: "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\ncategory = \"c\"\nvalue = \"v\"\nwidth = 1200\nheight = 9000\n[sizes.mobile]\nwidth = 360\n",
                                 csv: "c,v,source\nA,1,s\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(try check(folder).stdout.contains("charts/c.toml:8: `sizes.mobile`: its height, derived as height × √(width ÷ 360), is 16432 px, outside the supported 100…10000 px (give the size a height of its own)"))
    }

    /// The dataset of a spec that does not decode is read in the spec's unit.
    @Test func aDataErrorBesideASpecErrorCountsTheSpecsUnit() throws {
        let folder = try project(spec: "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\ncategory = \"label\"\nvalue = \"value\"\norientation = \"sideways\"\n[format]\nvalues_in = \"billions\"\n",
                                 csv: "label,value,source\nA,0.0000005,s\nB,2e6,s\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try check(folder).stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3, "\(lines)")
        #expect(lines[1].hasPrefix("data/t.csv:3: `value`: `2e6` billions is too large to draw"), "\(lines)")
    }

    @Test func checkListsADataErrorBesideASpecError() throws {
        let folder = try project(spec: "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\ncategory = \"label\"\nvalue = \"value\"\norientation = \"sideways\"\n",
                                 csv: "label,value,source\nA,x1,s\nB,2\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let lines = try check(folder).stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 4, "\(lines)")
        #expect(lines[0].hasPrefix("charts/c.toml:6: `orientation`: `sideways` is not a valid value"))
        #expect(lines[1].hasPrefix("data/t.csv:2: `value`: expected a number, found `x1`"))
        #expect(lines[2].hasPrefix("data/t.csv:3: too few cells"))
    }
}
