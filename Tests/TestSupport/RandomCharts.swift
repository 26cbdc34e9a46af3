import ChartCore
import Dataset
import Foundation

/// Seeded random bar charts of many shapes, for property tests of layout and audit.
public enum RandomCharts {
    /// A small deterministic generator (SplitMix64), so every case can be rebuilt from its seed.
    public struct Generator {
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
}
