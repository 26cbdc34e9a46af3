import ChartCore
import Dataset
import Foundation

/// Seeded random bar charts of many shapes, for property tests of layout and audit.
public enum RandomCharts {
    /// A small deterministic generator (SplitMix64), so every case can be rebuilt from its seed.
    public struct Generator: RandomNumberGenerator {
        var state: UInt64
        public init(seed: UInt64) { state = seed }
        public mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        public mutating func int(_ range: ClosedRange<Int>) -> Int {
            range.lowerBound + Int(next() % UInt64(range.count))
        }
        public mutating func pick<T>(_ items: [T]) -> T { items[int(0...(items.count - 1))] }
    }

    static let words = ["Cloud", "infrastructure", "DAMO", "Academy", "pledge", "Construction", "services", "Qwen2.5-Coder",
                        "1,560", "Feb 2024", "达摩院", "平头哥半导体", "通义千问", "含光", "and", "of", "the", "research"]

    /// A bar chart from `seed`: 1–200 categories (names, years or months), long and Chinese
    /// labels, negative values, detail lines, 1–12 series grouped or stacked, any orientation
    /// and a canvas from 360 to 1200 px wide.
    public static func bar(seed: UInt64) -> BarChart {
        var random = Generator(seed: seed)
        let count = random.pick([1, 2, 3, 5, 8, 12, 20, 36, 50, 120, 200])
        let shape = random.int(0...2)
        let names: [String] = (0..<count).map { index in
            switch shape {
            case 0: return String(1900 + index)
            case 1: return String(format: "%04d-%02d", 2000 + index / 12, index % 12 + 1)
            default: return (0..<random.int(1...5)).map { _ in random.pick(words) }.joined(separator: " ") + " \(index)"
            }
        }
        let seriesCount = random.pick([1, 1, 2, 3, 5, 12])
        let negatives = random.int(0...2) == 0
        let values = (0..<count).map { _ in
            (0..<seriesCount).map { _ in Double(random.int(negatives ? -800...600 : 0...1000)) }
        }
        let withDetail = random.int(0...2) == 0
        let categories = names.map { BarChart.Category(name: $0, detail: withDetail ? "Feb 2024 → Sep 2024" : nil) }
        let series = (0..<seriesCount).map { BarChart.Series(label: "Series \($0 + 1)") }
        return BarChart(frame: ChartFrame.Texts(title: "Random chart \(seed)", subtitle: "A subtitle", source: "Source: synthetic"),
                        width: Double(random.pick([360, 600, 800, 1200])), height: Double(random.pick([300, 500, 700])),
                        categories: categories, series: series, values: values,
                        layout: random.int(0...1) == 0 ? .grouped : .stacked,
                        orientation: random.pick([.auto, .vertical, .horizontal]), scale: .linear,
                        format: NumberFormat(), valueLabels: random.int(0...3) != 0)
    }

    static let eventLabels = [
        "Qwen", "M6", "Qwen-7B and Qwen-7B-Chat open-sourced", "Hanguang 800 (含光 800)", "通义千问",
        "平头哥半导体 formed", "A deliberately long label that describes an event in far too many words for a timeline",
        "DAMO Academy (达摩院) founded at the Yunqi Conference", "x", "RMB 380B AI infrastructure plan",
    ]

    /// A random timeline from `seed`: clusters of events, identical dates, every precision, long and CJK labels.
    public static func timeline(seed: UInt64) -> TimelineChart {
        var random = Generator(seed: seed)
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
            let date = randomDate(on: day, approximateOneIn: 10, &random)
            var end: PartialDate?
            if Int.random(in: 0..<10, using: &random) == 0 {
                let later = CivilCalendar.civil(fromDayNumber: date.endDay + Int.random(in: 30...900, using: &random))
                end = PartialDate(year: later.year, month: later.month)
            }
            events.append(TimelineChart.Event(label: eventLabels.randomElement(using: &random)!, date: date, end: end,
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
                                          label: eventLabels.randomElement(using: &random)!))
        }
        let orientation: TimelineOptions.Orientation = Bool.random(using: &random) ? .horizontal : .vertical
        return TimelineChart(frame: ChartFrame.Texts(title: "Case \(seed)", source: "Source: test"),
                             width: Double(Int.random(in: 320...1400, using: &random)),
                             height: Double(Int.random(in: 240...1600, using: &random)),
                             events: events, tracks: tracks, eras: eras, orientation: orientation)
    }

    /// The date of `day` to a random precision (day, month or year), approximate one time in `odds`.
    private static func randomDate(on day: Int, approximateOneIn odds: Int, _ random: inout Generator) -> PartialDate {
        let civil = CivilCalendar.civil(fromDayNumber: day)
        let approximate = Int.random(in: 0..<odds, using: &random) == 0
        return switch Int.random(in: 0..<3, using: &random) {
        case 0: PartialDate(year: civil.year, month: civil.month, day: civil.day, approximate: approximate)!
        case 1: PartialDate(year: civil.year, month: civil.month, approximate: approximate)!
        default: PartialDate(year: civil.year, approximate: approximate)!
        }
    }

    /// A random range chart (one row per item): 1–60 rows of ranges with one to three segments,
    /// some open, some approximate, month or day or year starts, tracks or named segments, on
    /// canvases from phone to wide.
    public static func ranges(seed: UInt64) -> TimelineChart {
        var random = Generator(seed: seed)
        let segments = Int.random(in: 1...3, using: &random)
        let trackCount = segments == 1 ? Int.random(in: 1...3, using: &random) : 1
        let tracks = trackCount == 1 ? [""] : (0..<trackCount).map { "track \($0)" }
        let count = Int.random(in: 1...60, using: &random)
        var events: [TimelineChart.Event] = []
        for _ in 0..<count {
            let day = CivilCalendar.dayNumber(year: 2000, month: 1, day: 1) + Int.random(in: 0...8000, using: &random)
            let date = randomDate(on: day, approximateOneIn: 8, &random)
            var ends: [PartialDate] = [], last = date.endDay
            let known = Int.random(in: 0..<8, using: &random) == 0 ? Int.random(in: 0..<segments, using: &random) : segments
            for _ in 0..<known {
                let later = CivilCalendar.civil(fromDayNumber: last + Int.random(in: 20...1500, using: &random))
                let end = PartialDate(year: later.year, month: later.month)!
                ends.append(end)
                last = end.endDay
            }
            events.append(TimelineChart.Event(label: eventLabels.randomElement(using: &random)!, date: date, end: ends.first,
                                              track: Int.random(in: 0..<trackCount, using: &random),
                                              note: Bool.random(using: &random) ? "note" : nil,
                                              highlighted: Int.random(in: 0..<8, using: &random) == 0,
                                              laterEnds: Array(ends.dropFirst()), isOpen: known < segments))
        }
        events.sort { $0.date.firstDay < $1.date.firstDay }
        return TimelineChart(frame: ChartFrame.Texts(title: "Ranges \(seed)", source: "Source: test"),
                             width: Double(Int.random(in: 320...1400, using: &random)),
                             height: Double(Int.random(in: 240...1600, using: &random)),
                             events: events, tracks: tracks, layout: .ranges,
                             segments: segments == 1 ? [] : (1...segments).map { "Segment \($0)" })
    }
}
