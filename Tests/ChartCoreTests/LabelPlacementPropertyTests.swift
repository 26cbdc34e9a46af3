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
        // reported by the audit as warnings; see RandomTimelineAuditTests for their count.)
        let findings = layout.findings.filter { finding in
            switch finding.kind {
            case .leaderCrossing:
                guard case .text = layout.scene.allItems[finding.items[1]].shape else { return false }
                return true
            default: return true
            }
        }
        #expect(findings.isEmpty, "seed \(seed): \(findings.map(\.message))")
        let placed = layout.scene.texts(.eventDate).count
        let reported = layout.warnings.filter { $0.hasPrefix("could not place the label") }.count
        #expect(placed + reported == chart.events.count, "seed \(seed)")
    }
}
