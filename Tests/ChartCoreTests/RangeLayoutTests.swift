import Dataset
import Testing
import TestSupport
@testable import ChartCore

/// The ranges layout of timelines: one row per item, a bar from start to end.
@Suite struct RangeLayoutTests {
    let measurer = FixedWidthMeasurer()

    func chart(_ csv: String, _ keys: String, width: Int = 800, height: Int = 500) throws -> TimelineChart {
        let spec = try Fixtures.spec(#"{"kind": "timeline", "data": "t.csv", "title": "T", "date": "start", "label": "item", "layout": "ranges", "width": \#(width), "height": \#(height)\#(keys)}"#)
        return try TimelineChartBuilder.build(spec: spec, dataset: Fixtures.dataset(csv), context: Fixtures.context)
    }

    /// A support history: `count` releases every six months from April 2010, three years of
    /// regular support then two of extended support; every third without extended support and
    /// the last three still open.
    func support(_ count: Int, width: Int, height: Int) throws -> TimelineChart {
        var rows = ["item,start,regular,extended"]
        for index in 0..<count {
            let year = 2010 + index / 2, month = index % 2 == 0 ? "04" : "10"
            let regular = index >= count - 3 ? "open" : "\(year + 3)-\(month)"
            let extended = index >= count - 3 || index % 3 == 2 ? "" : "\(year + 5)-\(month)"
            rows.append("Release \(index + 1).0 LTS,\(year)-\(month),\(regular),\(extended)")
        }
        return try chart(rows.joined(separator: "\n") + "\n", #", "ends": ["regular", "extended"], "segments": ["Regular support", "Extended support"]"#,
                         width: width, height: height)
    }

    @Test func aSupportHistoryLabelsEveryRowAndColoursEachSegment() throws {
        let chart = try support(22, width: 600, height: 700)
        let layout = TimelineLayout.layout(chart, measurer: measurer)
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
        let labelled = Set(layout.scene.items(.eventLabel).compactMap(\.datum))
        #expect(labelled == Set(0..<22), "every row labelled at 600 px")
        #expect(layout.scene.texts(.legend).map(\.text) == ["Regular support", "Extended support"])
        let theme = Theme(width: 600, height: 700)
        // Row 0 has both segments, end to end, in the two legend colours.
        let first = layout.scene.items(.span).filter { $0.datum == 0 }
        let fills = first.compactMap { item -> (Rect, Color)? in if case .rect(let r, let fill) = item.shape { (r, fill) } else { nil } }
        #expect(fills.map(\.1) == [theme.palette[0], theme.palette[1]])
        #expect(abs(fills[0].0.maxX - fills[1].0.x) < 1e-9, "the second segment starts where the first ends")
        // Rows are in start order, each lower than the one before.
        let middles = (0..<22).map { row in layout.scene.items(.span).first { $0.datum == row }!.bounds.midY }
        #expect(zip(middles, middles.dropFirst()).allSatisfy { $0 < $1 })
    }

    @Test func anOpenRangeRunsToTheAxisEndWithAnArrowhead() throws {
        let chart = try support(6, width: 800, height: 400)
        let layout = TimelineLayout.layout(chart, measurer: measurer)
        let open = layout.scene.items(.span).filter { $0.datum == 5 }
        let reach = open.map(\.bounds.maxX).max()!
        let closed = layout.scene.items(.span).filter { $0.datum == 0 }.map(\.bounds.maxX).max()!
        #expect(open.contains { if case .path(let points, true, _, _) = $0.shape { points.count == 3 } else { false } }, "an arrowhead")
        #expect(reach > closed && reach >= layout.scene.items(.grid).map(\.bounds.maxX).max()! - 1e-9, "to the end of the axis")
        #expect(layout.scene.texts(.eventDate).contains { $0.text == "since Oct 2012" })
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
    }

    @Test func openRangesRunToTheDateTheChartIsCurrentTo() throws {
        let csv = "item,start,end\nA,2010,open\nB,2015-06,2019\n"
        let chart = try chart(csv, #", "end": "end", "as_of": "2025-06""#)
        let layout = TimelineLayout.layout(chart, measurer: measurer)
        let open = layout.scene.items(.span).filter { $0.datum == 0 }.map(\.bounds.maxX).max()!
        let grid = layout.scene.items(.grid).map(\.bounds.maxX)
        // Past the last gridline (January 2025) to the end of June, short of the axis's end
        // (the canvas less its 20 px margin).
        #expect(open > grid.max()! + 10 && open < 780 - 5, "\(open)")
        #expect(AltText.describe(chart).contains("A: since 2010, not ended as of Jun 2025"))
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
    }

    @Test func approximateEndsAreDrawnLighterAndTheLabelMayGoInsideItsBar() throws {
        let csv = "item,start,end\nBundesausbildungsförderungsgesetzesnovelle,~2001,~2019\nB,2010-03,2011-04\n"
        let layout = TimelineLayout.layout(try chart(csv, #", "end": "end""#, width: 600, height: 260), measurer: measurer)
        let spans = layout.scene.items(.span).filter { $0.datum == 0 }
        #expect(spans.count == 3, "the bar, then its uncertain first and last years drawn over it")
        let label = try #require(layout.scene.items(.eventLabel).first { $0.datum == 0 })
        // One word (a German compound), too wide for the column: inside the solid part of its bar.
        #expect(spans[0].bounds.contains(label.bounds) && !spans[1].bounds.intersects(label.bounds)
                 && !spans[2].bounds.intersects(label.bounds), "inside its bar, too long for the column")
        #expect(layout.information.contains("1 range label(s) set inside their bars, too wide for the label column"))
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
    }

    @Test func rowsFollowTheSortKey() throws {
        let csv = "item,start,end\nA,2010,2020\nB,2005,2012\nC,2008,open\n"
        func order(_ sort: String) throws -> [String] {
            try chart(csv, #", "end": "end", "sort": "\#(sort)""#).events.map(\.label)
        }
        #expect(try order("start") == ["B", "C", "A"])
        #expect(try order("end") == ["B", "A", "C"], "an open range ends last")
        #expect(try order("data") == ["A", "B", "C"])
    }

    @Test func rowsTooThinForTextSayHowTallTheChartMustBe() throws {
        let layout = TimelineLayout.layout(try support(60, width: 1200, height: 500), measurer: measurer)
        #expect(layout.scene.items(.eventLabel).isEmpty)
        let warning = try #require(layout.warnings.first { $0.hasPrefix("60 ranges leave") })
        #expect(warning.contains("make the chart taller (height ≥"))
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
    }

    @Test func theDescriptionListsEachRowsSegments() throws {
        let text = AltText.describe(try support(4, width: 800, height: 400))
        #expect(text.contains("Release 1.0 LTS: Regular support Apr 2010 – Apr 2013, then Extended support Apr 2013 – Apr 2015"))
        #expect(text.contains("Release 4.0 LTS: Regular support since Oct 2011, not ended"))
    }
}

/// Range charts of 300 seeded random cases (see ``RandomCharts/ranges(seed:)``), audited.
@Suite struct RangePropertyTests {
    @Test func randomRangeChartsPassTheAuditAndSayWhatTheyLeaveOut() {
        var failures: [String] = []
        for seed in 1...300 as ClosedRange<UInt64> {
            let chart = RandomCharts.ranges(seed: seed)
            let layout = TimelineLayout.layout(chart, measurer: FixedWidthMeasurer())
            if let finding = layout.findings.first { failures.append("seed \(seed): \(finding.message)") }
            // Every row has its bar; a row without a label is covered by the warning.
            let barred = Set(layout.scene.items(.span).compactMap(\.datum))
            if barred != Set(chart.events.indices) { failures.append("seed \(seed): \(barred.count) of \(chart.events.count) bars") }
            let labelled = Set(layout.scene.items(.eventLabel).compactMap(\.datum)).count
            if labelled < chart.events.count && !layout.warnings.contains(where: { $0.contains("labels left out") }) {
                failures.append("seed \(seed): \(labelled) of \(chart.events.count) labelled, no warning")
            }
        }
        #expect(failures.isEmpty, "\(failures.count) failures, e.g. \(failures.prefix(5))")
    }
}
