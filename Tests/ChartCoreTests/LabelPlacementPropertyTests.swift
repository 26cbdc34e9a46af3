import Dataset
import Testing
@testable import ChartCore

/// SplitMix64: a tiny seeded generator, so every random case can be replayed from its seed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

@Suite struct LabelPlacementPropertyTests {
    static let labels = [
        "Qwen", "M6", "Qwen-7B and Qwen-7B-Chat open-sourced", "Hanguang 800 (含光 800)", "通义千问",
        "平头哥半导体 formed", "A deliberately long label that describes an event in far too many words for a timeline",
        "DAMO Academy (达摩院) founded at the Yunqi Conference", "x", "RMB 380B AI infrastructure plan",
    ]

    /// A random timeline: clusters of events, identical dates, every precision, long and CJK labels.
    static func randomChart(seed: UInt64) -> TimelineChart {
        var random = SeededGenerator(seed: seed)
        let trackCount = Int.random(in: 1...4, using: &random)
        let tracks = trackCount == 1 ? [""] : (0..<trackCount).map { "track \($0)" }
        let centers = (0..<Int.random(in: 1...3, using: &random)).map { _ in
            CivilCalendar.dayNumber(year: 2015, month: 1, day: 1) + Int.random(in: 0...4000, using: &random)
        }
        let count = Int.random(in: 1...28, using: &random)
        var events: [TimelineChart.Event] = []
        for index in 0..<count {
            let day = index > 0 && Int.random(in: 0..<5, using: &random) == 0
                ? events[index - 1].date.firstDay
                : centers.randomElement(using: &random)! + Int.random(in: -90...90, using: &random)
            let civil = CivilCalendar.civil(fromDayNumber: day)
            let approximate = Int.random(in: 0..<10, using: &random) == 0
            let date: PartialDate = switch Int.random(in: 0..<3, using: &random) {
            case 0: PartialDate(year: civil.year, month: civil.month, day: civil.day, approximate: approximate)!
            case 1: PartialDate(year: civil.year, month: civil.month, approximate: approximate)!
            default: PartialDate(year: civil.year, approximate: approximate)!
            }
            var end: PartialDate?
            if Int.random(in: 0..<10, using: &random) == 0 {
                let later = CivilCalendar.civil(fromDayNumber: date.endDay + Int.random(in: 30...900, using: &random))
                end = PartialDate(year: later.year, month: later.month)
            }
            events.append(TimelineChart.Event(label: labels.randomElement(using: &random)!, date: date, end: end,
                                              track: Int.random(in: 0..<trackCount, using: &random),
                                              note: Bool.random(using: &random) ? "note" : nil,
                                              highlighted: Int.random(in: 0..<8, using: &random) == 0))
        }
        events.sort { ($0.date.firstDay, $0.date.precision.rawValue) < ($1.date.firstDay, $1.date.precision.rawValue) }
        var eras: [TimelineChart.Era] = []
        for _ in 0..<Int.random(in: 0...2, using: &random) {
            let start = CivilCalendar.civil(fromDayNumber: centers.randomElement(using: &random)! + Int.random(in: -400...0, using: &random))
            let end = CivilCalendar.civil(fromDayNumber: CivilCalendar.dayNumber(year: start.year, month: start.month, day: 1) + Int.random(in: 40...900, using: &random))
            eras.append(TimelineChart.Era(start: PartialDate(year: start.year, month: start.month)!, end: PartialDate(year: end.year, month: end.month)!,
                                          label: labels.randomElement(using: &random)!))
        }
        let orientation: TimelineOptions.Orientation = Bool.random(using: &random) ? .horizontal : .vertical
        return TimelineChart(frame: ChartFrame.Texts(title: "Case \(seed)", source: "Source: test"),
                             width: Double(Int.random(in: 320...1400, using: &random)),
                             height: Double(Int.random(in: 240...1600, using: &random)),
                             events: events, tracks: tracks, eras: eras, orientation: orientation)
    }

    @Test(arguments: 0..<300)
    func everyLabelIsPlacedCleanlyOrReported(seed: Int) {
        let chart = Self.randomChart(seed: UInt64(seed))
        let layout = TimelineLayout.layout(chart, measurer: FixedWidthMeasurer())
        let scene = layout.scene
        #expect(SceneChecks.outside(scene).isEmpty, "seed \(seed)")
        #expect(SceneChecks.overlappingTexts(scene).isEmpty, "seed \(seed)")

        let labelBoxes = (scene.texts(.eventLabel) + scene.texts(.eventDate)).map(\.bounds)
        let marks = (scene.items(.marker) + scene.items(.span)).map(\.bounds)
        let onMarks = labelBoxes.filter { box in marks.contains { $0.insetBy(0.5).intersects(box.insetBy(0.5)) } }
        #expect(onMarks.isEmpty, "seed \(seed): labels on marks")

        // No stem or leader (every segment of it) passes through a label's box.
        let segments = scene.items(.stem).flatMap { item -> [(Point, Point)] in
            switch item.shape {
            case .line(let from, let to, _): return [(from, to)]
            case .path(let points, _, _, _): return Array(zip(points, points.dropFirst()))
            default: return []
            }
        }
        let crossed = segments.filter { segment in labelBoxes.contains { Self.segment(segment, crosses: $0.insetBy(0.5)) } }
        #expect(crossed.isEmpty, "seed \(seed): stems through labels")

        let placed = scene.texts(.eventDate).count
        let reported = layout.warnings.filter { $0.hasPrefix("could not place the label") }.count
        #expect(placed + reported == chart.events.count, "seed \(seed)")
    }

    /// Whether a segment passes through a rectangle's interior (Liang–Barsky clipping).
    static func segment(_ segment: (Point, Point), crosses rect: Rect) -> Bool {
        let (a, b) = segment
        var t0 = 0.0, t1 = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - rect.x), (dx, rect.maxX - a.x), (-dy, a.y - rect.y), (dy, rect.maxY - a.y)] {
            if p == 0 {
                if q <= 0 { return false }
            } else {
                let t = q / p
                if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
            }
        }
        return t1 - t0 > 1e-9
    }

    @Test func theSameInputGivesTheSameLayout() {
        for seed in 0..<20 {
            let chart = Self.randomChart(seed: UInt64(seed))
            #expect(TimelineLayout.layout(chart, measurer: FixedWidthMeasurer()) == TimelineLayout.layout(chart, measurer: FixedWidthMeasurer()))
        }
    }
}
