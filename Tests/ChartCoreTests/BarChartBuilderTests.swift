import Dataset
import Testing
@testable import ChartCore

@Suite struct BarChartBuilderTests {
    func problems(_ json: String, csv: String = Fixtures.investmentCSV) throws -> [String] {
        let spec = try Fixtures.spec(json)
        do {
            _ = try BarChartBuilder.build(spec: spec, dataset: Fixtures.dataset(csv), context: Fixtures.context)
            return []
        } catch {
            return error.diagnostics(defaultFile: "?").map(\.description)
        }
    }

    @Test func missingColumnsSuggestTheNearestName() throws {
        #expect(try problems(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "commitment", "value": "totl"}"#) == [
            "charts/t.toml: `value`: no column `totl` in data/t.csv (columns: commitment, announced, total, per_year, source) (did you mean `total`?)",
        ])
        #expect(try problems(#"{"kind": "bar", "data": "t.csv", "title": "T", "value": "total"}"#) == [
            "charts/t.toml: `category`: a bar chart needs the column naming its bars (add category = \"commitment\")",
        ])
    }

    @Test func logScalesRejectZeroWithTheDataLine() throws {
        let csv = "model,p\nA,1e11\nB,0\n"
        #expect(try problems(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "model", "value": "p", "scale": "log"}"#, csv: csv) == [
            "data/t.csv:3: `p`: `0` cannot be shown on a log scale (values must be above zero) (use scale = \"linear\" or remove the row)",
        ])
    }

    @Test func unknownHighlightsAndAnnotationTargetsAreNamed() throws {
        let json = #"{"kind": "bar", "data": "t.csv", "title": "T", "category": "commitment", "value": "total", "highlight": ["Cloud and AI plan"], "annotations": [{"type": "ratio", "from": "DAMO Academy founding pledg", "to": "Cloud and AI infrastructure plan"}]}"#
        #expect(try problems(json) == [
            "charts/t.toml: `highlight[1]`: no bar is called `Cloud and AI plan` (bars: `DAMO Academy founding pledge`, `Cloud and AI infrastructure plan`)",
            "charts/t.toml: `annotations[1].from`: no bar is called `DAMO Academy founding pledg` (did you mean `DAMO Academy founding pledge`?)",
        ])
    }

    @Test func duplicateCategoriesPointAtBothLines() throws {
        #expect(try problems(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "c", "value": "v"}"#, csv: "c,v\nA,1\nA,2\n") == [
            "data/t.csv:3: `c`: `A` already names the bar on line 2 (each bar needs its own category name)",
        ])
    }

    /// Rows that `limit` leaves out are no bars: a name they repeat is no error; among the bars
    /// drawn it still is.
    @Test func duplicatesCountOnlyAmongTheBarsDrawn() throws {
        let csv = "c,v\nA,5\nB,4\nA,1\n"
        #expect(try problems(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "c", "value": "v", "sort": "descending", "limit": 2}"#, csv: csv).isEmpty)
        #expect(try problems(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "c", "value": "v", "sort": "descending", "limit": 3}"#, csv: csv) == [
            "data/t.csv:4: `c`: `A` already names the bar on line 2 (each bar needs its own category name)",
        ])
    }

    @Test func sortsAndBuildsTheSourceLine() throws {
        let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "commitment", "value": "total", "sort": "descending", "source_extra": "author's calculation"}"#)
        let chart = try BarChartBuilder.build(spec: spec, dataset: Fixtures.dataset(Fixtures.investmentCSV), context: Fixtures.context)
        #expect(chart.categories.map(\.name) == ["Cloud and AI infrastructure plan", "DAMO Academy founding pledge"])
        #expect(chart.values == [[380], [100]])
        #expect(chart.frame.source == "Source: §V, ref. 11; §I, ref. 1; author's calculation")
    }

    @Test func sourceOverrideReplacesTheData() {
        #expect(SourceLine.make(sources: ["§IV", "§IV, ref. 3"], override: nil, extra: nil) == "Source: §IV, ref. 3")
        #expect(SourceLine.make(sources: ["a"], override: "Alibaba annual reports", extra: nil) == "Source: Alibaba annual reports")
        #expect(SourceLine.make(sources: [nil], override: nil, extra: nil) == nil)
    }

    @Test func specDecodingRejectsUnknownKeysAndBadValues() {
        #expect(throws: SpecProblem(keyPath: "series[1].colour", message: "unknown key", hint: "did you mean `color`?")) {
            _ = try Fixtures.spec(##"{"kind": "bar", "data": "t.csv", "title": "T", "series": [{"column": "a", "colour": "#000000"}]}"##)
        }
        #expect(throws: SpecProblem(keyPath: "orientaton", message: "unknown key", hint: "did you mean `orientation`?")) {
            _ = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "orientaton": "vertical"}"#)
        }
        #expect(throws: SpecProblem(keyPath: "scale", message: "`logarithmic` is not a valid value", hint: "expected one of: `linear`, `log`")) {
            _ = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "scale": "logarithmic"}"#)
        }
        #expect(throws: SpecProblem(keyPath: "width", message: "100000 px is outside the supported 100…10000 px", hint: "charts are sized in 1× pixels; use --scale for denser PNGs")) {
            _ = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "width": 100000}"#)
        }
        #expect(throws: SpecProblem(keyPath: "kind", message: "`pie` is not a valid value", hint: "expected one of: `bar`, `timeline`")) {
            _ = try Fixtures.spec(#"{"kind": "pie", "data": "t.csv", "title": "T"}"#)
        }
    }
}
