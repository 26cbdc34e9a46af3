import Dataset
import Testing
import TestSupport
@testable import ChartCore

@Suite struct AltTextTests {
    @Test func aBarChartIsDescribedBarByBarInReadingOrder() {
        let chart = BarChart(
            frame: ChartFrame.Texts(title: "Two commitments", subtitle: "RMB billion", notes: "Both are floors.", source: "Source: §I; §V"),
            width: 800, height: 500,
            categories: [BarChart.Category(name: "Pledge", detail: "Oct 2017"), BarChart.Category(name: "Plan", detail: "Feb 2025")],
            series: [BarChart.Series(label: "Total")], values: [[100], [380]], format: NumberFormat(prefix: "¥", suffix: "B"),
            annotations: [.ratio(from: 0, to: 1, text: "3.8×")])
        #expect(AltText.describe(chart) == "Bar chart: Two commitments. RMB billion. 2 bars: Pledge, Oct 2017: ¥100B; Plan, Feb 2025: ¥380B. "
            + "A bracket compares Plan with Pledge: 3.8×. Both are floors. Source: §I; §V.")
    }

    @Test func aLargeBarChartIsSummarised() {
        let names = (1...40).map { "Year \(1985 + $0)" }
        let chart = BarChart(frame: ChartFrame.Texts(title: "Forty years"), width: 800, height: 500,
                             categories: names.map { BarChart.Category(name: $0) }, series: [BarChart.Series(label: "v")],
                             values: (1...40).map { [Double($0 == 7 ? 99 : $0 % 5)] }, format: NumberFormat())
        #expect(AltText.describe(chart) == "Bar chart: Forty years. 40 bars, from Year 1986 to Year 2025. "
            + "The largest is Year 1992 (99), the smallest Year 1990 (0).")
    }

    /// Twelve series over six categories are 72 bars, not six; stacked, six bars of twelve segments.
    @Test func barsOfSeveralSeriesAreCountedAsDrawn() {
        var chart = BarChart(frame: ChartFrame.Texts(title: "Twelve series"), width: 800, height: 500,
                             categories: (1...6).map { BarChart.Category(name: "C\($0)") },
                             series: (1...12).map { BarChart.Series(label: "S\($0)") },
                             values: Array(repeating: Array(repeating: 1, count: 12), count: 6))
        #expect(AltText.describe(chart).contains("72 bars in 6 groups of 12: C1: S1 1, S2 1,"))
        chart.layout = .stacked
        #expect(AltText.describe(chart).contains("6 stacked bars of 12 segments: C1: S1 1,"))
        chart.locale = .zh
        #expect(AltText.describe(chart).contains("6 个堆叠条形，各分 12 段："))
    }

    /// Floors read "more than" in words, and "> " on the bar.
    @Test func floorsAreSaidAsMoreThan() {
        let chart = BarChart(frame: ChartFrame.Texts(title: "Pledges"), categories: [BarChart.Category(name: "Pledge", atLeast: true)],
                             series: [BarChart.Series(label: "v")], values: [[100]], format: NumberFormat(prefix: "¥", suffix: "B"))
        #expect(AltText.describe(chart) == "Bar chart: Pledges. One bar: Pledge: more than ¥100B.")
        #expect(BarLayout.layout(chart, measurer: FixedWidthMeasurer()).scene.texts(.valueLabel).map(\.text) == ["> ¥100B"])
    }

    /// A summary of many ranges says how many have not ended, in agreement with the number.
    @Test func aSummaryOfRangesAgreesWithItsCount() throws {
        func chart(open: Int) throws -> TimelineChart {
            let events = try (0..<40).map { index in
                TimelineChart.Event(label: "R\(index)", date: try PartialDate(parsing: "\(1950 + index)"),
                                    end: index < open ? nil : try PartialDate(parsing: "\(1951 + index)"), isOpen: index < open)
            }
            return TimelineChart(frame: ChartFrame.Texts(title: "Ranges"), events: events, layout: .ranges)
        }
        #expect(try AltText.describe(chart(open: 1)).contains("One has not ended."))
        #expect(try !AltText.describe(chart(open: 1)).contains("have not ended"))
        #expect(try AltText.describe(chart(open: 2)).contains(" 2 have not ended."))
        #expect(try !AltText.describe(chart(open: 0)).contains("ended."))
    }

    @Test func aTimelineListsItsEventsInDateOrderAsPreciselyAsTheyAreKnown() throws {
        func date(_ text: String) throws -> PartialDate { try PartialDate(parsing: text) }
        let chart = TimelineChart(
            frame: ChartFrame.Texts(title: "Qwen", source: "Source: §IV"), width: 800, height: 400,
            events: [
                TimelineChart.Event(label: "Qwen2", date: try date("2024-06"), note: "128K context"),
                TimelineChart.Event(label: "Qwen launched", date: try date("2023-04-11")),
                TimelineChart.Event(label: "Qwen-72B", date: try date("by 2023-12")),
                TimelineChart.Event(label: "Pledge term", date: try date("2017-10-11"), end: try date("2020-10")),
            ])
        #expect(AltText.describe(chart) == "Timeline: Qwen. 4 events, in date order: 11 Oct 2017 – Oct 2020: Pledge term; "
            + "11 Apr 2023: Qwen launched; by Dec 2023: Qwen-72B; Jun 2024: Qwen2, 128K context. Source: §IV.")
    }

    @Test func theSpecsAltReplacesTheGeneratedText() throws {
        let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "c", "value": "v", "alt": "Written by hand."}"#)
        let result = try ChartEngine.layout(spec: spec, dataset: Fixtures.dataset("c,v,source\nA,1,§I\n"), context: Fixtures.context,
                                            measurer: FixedWidthMeasurer())
        #expect(result.layout.scene.metadata.description == "Written by hand.")
        #expect(result.layout.scene.metadata.title == "T")
        let generated = try ChartEngine.layout(spec: try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "c", "value": "v"}"#),
                                               dataset: Fixtures.dataset("c,v,source\nA,1,§I\n"), context: Fixtures.context,
                                               measurer: FixedWidthMeasurer())
        #expect(generated.layout.scene.metadata.description == "Bar chart: T. One bar: A: 1. Source: §I.")
    }
}
