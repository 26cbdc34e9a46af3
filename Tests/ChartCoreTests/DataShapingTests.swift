import Dataset
import Testing
import TestSupport
@testable import ChartCore

@Suite struct DataShapingTests {
    let csv = """
    year,region,source,value,provenance
    2014,China,Coal,5,§I
    2016,China,Wind,7,§I
    2018,India,Coal,3,§II
    2020,India,,9,§II
    2022,Brazil,Hydro,4,§III
    """

    func chart(_ extra: String) throws -> (BarChart, ChartEngine.Result) {
        let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "year", "value": "value"\#(extra)}"#)
        let result = try ChartEngine.layout(spec: spec, dataset: Fixtures.dataset(csv), context: Fixtures.context, measurer: FixedWidthMeasurer())
        let shaped = try DataShaping.apply(spec, to: Fixtures.dataset(csv), context: Fixtures.context)
        return (try BarChartBuilder.build(spec: spec, dataset: shaped, context: Fixtures.context), result)
    }

    func problems(_ extra: String) throws -> [String] {
        do {
            _ = try chart(extra)
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics.map(\.description)
        }
    }

    @Test func filtersKeepTheRowsTheyName() throws {
        #expect(try chart(#", "filter": [{"column": "region", "equals": "India"}]"#).0.categories.map(\.name) == ["2018", "2020"])
        #expect(try chart(#", "filter": [{"column": "region", "one_of": ["China", "Brazil"]}]"#).0.categories.map(\.name) == ["2014", "2016", "2022"])
        #expect(try chart(#", "filter": [{"column": "source", "not_empty": true}]"#).0.categories.map(\.name) == ["2014", "2016", "2018", "2022"])
        // A date range keeps the rows whose whole period lies in it; a number range, the values in it.
        #expect(try chart(#", "filter": [{"column": "year", "from": "2016", "to": "2020"}]"#).0.categories.map(\.name) == ["2016", "2018", "2020"])
        #expect(try chart(#", "filter": [{"column": "value", "from": "4.5"}]"#).0.categories.map(\.name) == ["2014", "2016", "2020"])
        // Several filters all apply.
        #expect(try chart(#", "filter": [{"column": "region", "equals": "China"}, {"column": "value", "to": "6"}]"#).0.categories.map(\.name) == ["2014"])
    }

    @Test func filtersThatCannotApplySayWhy() throws {
        #expect(try problems(#", "filter": [{"column": "regoin", "equals": "India"}]"#)
                == ["charts/t.toml: `filter[1].column`: no column `regoin` in data/t.csv (columns: year, region, source, value, provenance) (did you mean `region`?)"])
        #expect(try problems(#", "filter": [{"column": "region", "equals": "Chile"}]"#)
                == ["charts/t.toml: `filter`: the filters keep none of the 5 rows of data/t.csv (check the values against the data)"])
        #expect(try problems(#", "filter": [{"column": "value", "from": "lots"}]"#)
                == ["charts/t.toml: `filter[1].from`: `lots` is neither a date nor a number (e.g. from = \"2015\" for dates, or from = \"0.5\" for numbers)"])
        #expect(throws: (any Error).self) { try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "filter": [{"column": "a", "equals": "x", "not_empty": true}]}"#) }
    }

    @Test func limitKeepsTheFirstBarsAfterSorting() throws {
        #expect(try chart(#", "sort": "descending", "limit": 2"#).0.categories.map(\.name) == ["2020", "2016"])
    }

    @Test func theProvenanceColumnCanBeAnother() throws {
        // `source` is an energy source here: the source line comes from `provenance`.
        let (chart, result) = try chart(#", "source_column": "provenance""#)
        #expect(chart.frame.source == "Source: §I; §II; §III")
        #expect(!result.warnings.contains { $0.message.contains("source") })
        // Without it, the energy sources would be printed as the source line (and one is blank).
        let (plain, _) = try self.chart("")
        #expect(plain.frame.source?.contains("Coal") == true)
    }
}

@Suite struct LongTableTests {
    let long = """
    year,country,gdp,source
    2020,China,14.7,§I
    2020,India,2.7,§II
    2021,China,17.7,§I
    2021,India,3.2,§II
    2022,China,17.9,§I
    2022,India,3.4,§III
    """

    func build(_ csv: String, _ extra: String = "") throws -> BarChart {
        let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "year", "value": "gdp", "series_from": "country", "layout": "grouped"\#(extra)}"#)
        let result = try ChartEngine.layout(spec: spec, dataset: Fixtures.dataset(csv), context: Fixtures.context, measurer: FixedWidthMeasurer())
        #expect(!result.layout.scene.items(SceneRole.bar).isEmpty)
        let (wide, dataset) = try DataShaping.shape(spec, dataset: Fixtures.dataset(csv), context: Fixtures.context)
        return try BarChartBuilder.build(spec: wide, dataset: dataset, context: Fixtures.context)
    }

    func problems(_ csv: String, _ extra: String = "") throws -> [String] {
        do {
            _ = try build(csv, extra)
            return []
        } catch let list as DiagnosticList {
            return list.diagnostics.map(\.description)
        }
    }

    @Test func aLongTableBecomesOneGroupPerCategoryAndASeriesPerName() throws {
        let chart = try build(long)
        #expect(chart.categories.map(\.name) == ["2020", "2021", "2022"])
        #expect(chart.series.map(\.label) == ["China", "India"])
        #expect(chart.values == [[14.7, 2.7], [17.7, 3.2], [17.9, 3.4]])
        #expect(chart.frame.source == "Source: §I; §II; §III")
    }

    @Test func gapsDuplicatesAndBadCellsAreNamed() throws {
        let missing = long.replacingOccurrences(of: "2021,India,3.2,§II\n", with: "")
        #expect(try problems(missing) == ["charts/t.toml: `series_from`: no row for `2021` × `India` (each category needs one row per series; add the rows (0 if the value is zero))"])
        let twice = long + "\n2020,China,15,§I"
        #expect(try problems(twice) == ["data/t.csv:8: `country`: `2020` × `China` is already on line 2 (each category has one row per series)"])
        let bad = long.replacingOccurrences(of: "2.7", with: "N/A")
        #expect(try problems(bad).first?.hasPrefix("data/t.csv:3: `gdp`: expected a number, found the placeholder `N/A`") == true)
        #expect(try problems(long, #", "series": [{"column": "gdp"}]"#).contains { $0.contains("give either `[[series]]` or `series_from`, not both") })
    }
}

@Suite struct ColorByTests {
    let csv = "label,value,region\nA,3,North\nB,-2,South\nC,5,North\nD,-1,East\n"

    func build(_ extra: String) throws -> BarChart {
        let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "label", "value": "value"\#(extra)}"#)
        return try BarChartBuilder.build(spec: spec, dataset: Fixtures.dataset(csv), context: Fixtures.context)
    }

    @Test func barsTakeTheColourOfTheirSignOrOfAColumnNamedInALegend() throws {
        let sign = try build(#", "color_by": "sign""#)
        #expect(sign.colorGroups == ["Zero or more", "Negative"])
        #expect(sign.groupOfCategory == [0, 1, 0, 1])
        let layout = BarLayout.layout(sign, measurer: FixedWidthMeasurer())
        #expect(layout.scene.texts(.legend).map(\.text) == ["Zero or more", "Negative"])
        let fills = layout.scene.items(SceneRole.bar).compactMap { item -> Color? in
            if case .rect(_, let fill) = item.shape { return fill }
            return nil
        }
        #expect(fills[0] == fills[2] && fills[1] == fills[3] && fills[0] != fills[1])
        let region = try build(#", "color_by": "region""#)
        #expect(region.colorGroups == ["North", "South", "East"])
        #expect(region.groupOfCategory == [0, 1, 0, 2])
        // Sorted, each bar keeps its own group.
        let sorted = try build(#", "color_by": "region", "sort": "descending""#)
        #expect(sorted.categories.map(\.name) == ["C", "A", "D", "B"])
        #expect(sorted.groupOfCategory.map { sorted.colorGroups[$0] } == ["North", "North", "East", "South"])
    }

    @Test func colourByCannotMixWithSeriesOrHighlights() throws {
        #expect(throws: DiagnosticList.self) { try build(#", "color_by": "sign", "highlight": ["A"]"#) }
        #expect(throws: DiagnosticList.self) { try build(#", "color_by": "regoin""#) }
        let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "label", "color_by": "sign", "series": [{"column": "value"}, {"column": "value", "label": "again"}]}"#)
        #expect(throws: DiagnosticList.self) { try BarChartBuilder.build(spec: spec, dataset: Fixtures.dataset(csv), context: Fixtures.context) }
    }
}
