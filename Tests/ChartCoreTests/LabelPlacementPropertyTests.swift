import Dataset
import Testing
import TestSupport
@testable import ChartCore

/// Timelines of 300 seeded random cases (see ``RandomCharts/timeline(seed:)``), audited.
@Suite struct LabelPlacementPropertyTests {
    @Test(arguments: 0..<300)
    func everyLabelIsPlacedCleanlyOrReported(seed: Int) {
        let chart = RandomCharts.timeline(seed: UInt64(seed))
        let layout = TimelineLayout.layout(chart, measurer: FixedWidthMeasurer())
        // No text overlaps a text, lies on a mark or leaves the canvas, and no stem crosses a
        // label. (Stems crossing other marks, in piles of marks that overlap each other, are
        // reported by the audit as warnings; see RandomTimelineAuditTests for their count. Marks
        // hidden in those piles are reported too, each naming its row: showing every one is the
        // open work of issue 19; here they must be said.)
        let findings = layout.findings.filter { finding in
            switch finding.kind {
            case .leaderCrossing:
                guard case .text = layout.scene.allItems[finding.items[1]].shape else { return false }
                return true
            case .hiddenDatum:
                return !chart.events.contains { finding.message.hasPrefix("the marker of “\($0.label)”") || finding.message.hasPrefix("the span of “\($0.label)”") }
            default: return true
            }
        }
        #expect(findings.isEmpty, "seed \(seed): \(findings.map(\.message))")
        let placed = layout.scene.texts(.eventDate).count
        let reported = reportedLabelCount(layout.warnings)
        #expect(placed + reported == chart.events.count, "seed \(seed)")
    }
}

@Suite struct LabelPlacerPruningTests {
    /// The pruning the timeline layout relies on: when a narrower label of the same height finds
    /// no free position, a wider one does not either (checked on 2,000 random requests).
    @Test func aLabelThatIsNarrowerFitsWheneverAWiderOneDoes() {
        var random = RandomCharts.Generator(seed: 7)
        let canvas = Rect(x: 0, y: 0, width: 400, height: 300)
        let marks = (0..<30).map { _ in Rect(x: Double(random.int(0...390)), y: 145, width: 8, height: 10) }
        let obstacles = (0..<40).map { _ in
            Rect(x: Double(random.int(0...380)), y: Double(random.int(0...280)), width: Double(random.int(5...60)), height: 14)
        }
        var placer = LabelPlacer(canvas: canvas, marks: marks, obstacles: obstacles, gap: 3)
        var checked = 0
        for _ in 0..<2000 {
            let anchor = Point(Double(random.int(10...390)), 150)
            let height = Double(random.int(12...30)), narrow = Double(random.int(5...60))
            let wide = narrow + Double(random.int(0...80))
            func request(_ width: Double) -> LabelPlacer.Request {
                LabelPlacer.Request(anchor: anchor, clearance: 5, size: (width, height), bounds: canvas,
                                    pending: [Double(random.int(0...400))].sorted())
            }
            let narrowRequest = request(narrow)
            var wideRequest = narrowRequest
            wideRequest.size = (wide, height)
            if !placer.fits(narrowRequest) {
                #expect(!placer.fits(wideRequest), "a \(wide) px label fits where a \(narrow) px one does not")
                checked += 1
            } else if random.int(0...3) == 0 {
                _ = placer.place(narrowRequest)   // fill the canvas as the layout does
            }
        }
        #expect(checked > 100, "the canvas fills up: \(checked) blocked narrow labels checked")
    }
}
