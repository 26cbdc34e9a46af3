import Dataset
import Testing
@testable import ChartCore

/// Bars whose date categories sit on a true time scale (`time_axis = true`).
@Suite struct TimeAxisBarTests {
    let measurer = FixedWidthMeasurer()

    func layout(_ rows: [(String, Double)], width: Int = 800) throws -> (BarChart, ChartLayout) {
        let csv = "when,value\n" + rows.map { "\($0.0),\($0.1)" }.joined(separator: "\n") + "\n"
        let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "when", "value": "value", "time_axis": true, "width": \#(width), "height": 400}"#)
        let chart = try BarChartBuilder.build(spec: spec, dataset: Fixtures.dataset(csv), context: Fixtures.context)
        return (chart, BarLayout.layout(chart, measurer: measurer))
    }

    @Test func missingYearsLeaveGapsAndEachLabelSitsUnderItsBar() throws {
        let (chart, layout) = try layout([("2015", 3), ("2016", 4), ("2017", -2), ("2019", 5), ("2020", 6), ("2023", 3)])
        #expect(chart.orientation == .vertical)
        let bars = layout.scene.items(.bar).map(\.bounds)
        #expect(bars.count == 6)
        // Bars are as wide as each other, and spaced by their dates: the gap before 2019 (one
        // missing year) is a year's step wider than the one before 2016.
        let step = bars[1].midX - bars[0].midX
        #expect(abs(bars[3].midX - bars[2].midX - 2 * step) < 0.02 * step)
        #expect(abs(bars[5].midX - bars[4].midX - 3 * step) < 0.02 * step)
        #expect(Set(bars.map { ($0.width * 1e6).rounded() }).count == 1)
        // One label per year, 2015 to 2023, centred under its year (missing years included).
        let ticks = layout.scene.texts(.tickLabel).filter { Int($0.text).map { $0 >= 2000 } == true }
        #expect(ticks.map(\.text) == (2015...2023).map(String.init))
        for (bar, year) in zip(bars, ["2015", "2016", "2017", "2019", "2020", "2023"]) {
            let tick = try #require(ticks.first { $0.text == year })
            #expect(abs(tick.bounds.midX - bar.midX) < 0.5)
        }
        #expect(layout.scene.items(.categoryLabel).isEmpty)
        #expect(layout.warnings.isEmpty, "\(layout.warnings)")
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
    }

    @Test func monthlyBarsOverTenYearsGetYearTicksAtTheirBoundaries() throws {
        let rows: [(String, Double)] = (0..<120).map { (index: Int) -> (String, Double) in
            (String(format: "%04d-%02d", 2014 + index / 12, index % 12 + 1), Double(index % 9 - 3))
        }
        let (_, layout) = try layout(rows)
        #expect(layout.scene.items(.bar).count == 120)
        let years: [Int] = layout.scene.texts(.tickLabel).compactMap { Int($0.text) }.filter { $0 >= 2000 }
        #expect(years.count >= 5 && years.allSatisfy { (2014...2024).contains($0) }, "\(years)")
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
    }

    @Test func twoWeeksOfDaysAreLabelledByDayUnderTheirBars() throws {
        let rows: [(String, Double)] = (4...17).map { (String(format: "2024-03-%02d", $0), Double($0 % 5 + 1)) }
        let (_, layout) = try layout(rows, width: 600)
        let bars = layout.scene.items(.bar).map(\.bounds)
        let ticks = layout.scene.texts(.tickLabel).filter { $0.text.contains("Mar") }
        #expect(ticks.count >= 3 && ticks[0].text.hasSuffix("Mar 2024"), "\(ticks.map(\.text))")
        for tick in ticks {
            let day = Int(tick.text.split(separator: " ")[0])!
            #expect(abs(tick.bounds.midX - bars[day - 4].midX) < 0.5, "\(tick.text) under its bar")
        }
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
    }

    @Test func oneOrTwoYearsAreLabelledByYearNotByMonth() throws {
        for rows in [[("2024", 5.0)], [("2023", 4.0), ("2024", 9.0)]] {
            let (_, layout) = try layout(rows, width: 600)
            let labels = layout.scene.texts(.tickLabel).map(\.text).filter { Int($0) == nil && !$0.allSatisfy(\.isNumber) }
            #expect(!layout.scene.texts(.tickLabel).contains { ["Jan", "Apr", "Jul", "Oct"].contains($0.text) }, "\(labels)")
            #expect(layout.scene.texts(.tickLabel).contains { $0.text == rows.last!.0 })
        }
    }
}
