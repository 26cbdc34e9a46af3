import Dataset
import Foundation

/// Checks that every number a chart's words state comes from its data, so that a headline cannot
/// drift from what the chart shows unnoticed.
///
/// The words are the title, subtitle, notes, annotation texts, value-axis title and era labels.
/// A number in them passes when it matches, to the precision it is written with, a number in a
/// data cell (dates included: `2017` matches `2017-10-11`), or a value the chart derives: a bar,
/// a gap, a stack's total or an annotated ratio. A number followed by `billion`, `B`, `K`, `%`,
/// `万`, `亿` or the like may match either as written or scaled (`100 billion` matches 100 or
/// 1e11; `1,000 亿元` matches 1e11, so a column of billions backs it when the format says so). A name with
/// digits in it (`Qwen2`, `ResNet-50`) passes when a data cell contains it. Numbers written as
/// words ("three years") are not checked.
public enum ClaimCheck {
    /// A number as written in a text.
    struct Written: Equatable {
        /// The text of the number (`78,563`, `3.8`, `100B`).
        var text: String
        /// Its value as written.
        var value: Double
        /// The factor of its suffix or word (`billion`: 1e9), if it has one.
        var scale: Double?
        /// Digits after the decimal point: how precisely it was written.
        var decimals: Int
        /// Whether a `×` follows it (`2×`): a multiple, not a count.
        var isMultiple = false

        /// The values it may stand for, each with its scale: as written, and scaled.
        var readings: [(value: Double, scale: Double)] {
            [(value, 1)] + (scale.map { [(value * $0, $0)] } ?? [])
        }
    }

    /// The warnings for the words of `spec` (an edition's, in its locale) against `dataset` as
    /// read (filtered, translated and shaped as for the chart, see ``DataShaping/prepare(_:dataset:context:)``,
    /// with the values derived by building the chart, when it builds).
    public static func warnings(spec written: ChartSpec, dataset read: Dataset, context: SpecContext) -> [Diagnostic] {
        let (spec, dataset) = (try? DataShaping.prepare(written, dataset: read, context: context)).map { ($0.spec, $0.dataset) }
            ?? (written, Translation.localize(read, spec: written).dataset)
        let backing = Backing(spec: spec, dataset: dataset, context: context)
        var found: [Diagnostic] = []
        for (field, text) in words(of: spec) {
            let (numbers, names) = scan(text)
            for number in numbers where !backing.backs(number) {
                found.append(context.problem(field, "“\(number.text)” is neither in the data nor a value the chart derives from it (a bar, a gap, a total or a ratio)",
                                             hint: "check the figure against \(dataset.file), or add it to the data with its source",
                                             severity: .warning))
            }
            for name in names where !backing.cellText.contains(where: { $0.contains(name.lowercased()) }) {
                found.append(context.problem(field, "“\(name)” names nothing in the data",
                                             hint: "check the name against \(dataset.file)", severity: .warning))
            }
        }
        return found
    }

    /// The texts of a spec that the check reads, by key.
    static func words(of spec: ChartSpec) -> [(field: String, text: String)] {
        var texts: [(field: String, text: String)] = [("title", spec.title)]
        if let subtitle = spec.subtitle { texts.append(("subtitle", subtitle)) }
        if let notes = spec.notes { texts.append(("notes", notes)) }
        if let bar = spec.bar {
            if let axis = bar.valueAxis { texts.append(("value_axis", axis)) }
            for (index, annotation) in bar.annotations.enumerated() {
                if let text = annotation.text { texts.append(("annotations[\(index + 1)].text", text)) }
            }
        }
        for (index, era) in (spec.timeline?.eras ?? []).enumerated() { texts.append(("eras[\(index + 1)].label", era.label)) }
        return texts
    }

    /// What backs a number in the words: the values of the data, those the chart derives and
    /// those the spec says (filter bounds, numeric column names), known as written and in ones;
    /// and the counts of what the chart shows (bars, series, events, rows, `limit`), which back
    /// only a plain number: not one with a unit or scale (`¥3B`), nor a multiple (`2×`).
    struct Backing {
        var known: [Double]
        var stated: [Double]
        var cellText: [String]

        init(spec: ChartSpec, dataset: Dataset, context: SpecContext) {
            var derived = saidBySpec(spec, dataset: dataset), stated = [Double(dataset.rows.count)]
            if let bar = spec.bar {
                derived += bar.series.compactMap { $0.label.flatMap(Double.init) }
                stated += bar.limit.map { [Double($0)] } ?? []
            }
            if spec.bar != nil, let chart = try? BarChartBuilder.build(spec: spec, dataset: dataset, context: context) {
                derived += derivedValues(chart) + labelledValues(chart)
                stated += [Double(chart.categories.count), Double(chart.series.count)]
            }
            if spec.timeline != nil, let chart = try? TimelineChartBuilder.build(spec: spec, dataset: dataset, context: context) {
                stated += [Double(chart.events.count), Double(chart.tracks.count)]
            }
            var cellNumbers: [Double] = []
            cellText = []
            for row in dataset.rows {
                for cell in row {
                    if let value = Double(cell.trimmingSpaces()) { cellNumbers.append(value) }
                    cellNumbers += scan(cell).numbers.flatMap { $0.readings.map(\.value) }
                    cellText.append(cell.lowercased())
                }
            }
            // Values kept in a unit (`values_in = "billions"`) are also known in ones: 1,000 亿 is 100 billion.
            let multiplier = spec.bar?.format.valuesIn.multiplier ?? 1
            known = (cellNumbers + derived + (multiplier == 1 ? [] : (cellNumbers + derived).map { $0 * multiplier })).sorted()
            self.stated = stated.sorted()
        }

        func backs(_ number: Written) -> Bool {
            if number.readings.contains(where: { matches($0.value, decimals: number.decimals, scale: $0.scale, in: known) }) { return true }
            return number.scale == nil && !number.isMultiple && matches(number.value, decimals: number.decimals, scale: 1, in: stated)
        }
    }

    /// The values as the chart's labels write them, where they differ from the data: floors
    /// rounded down ("more than ¥126B" for a floor of 126.7), steps of `round_to`.
    static func labelledValues(_ chart: BarChart) -> [Double] {
        let style = chart.valueLabelStyle
        return chart.values.indices.flatMap { category in
            chart.values[category].flatMap { value -> [Double] in
                let floor = chart.categories[category].atLeast
                let stepped = chart.format.stepped(value, down: floor)
                guard floor else { return [stepped] }
                let unit = (style.unit?.divisor ?? 1) / chart.format.multiplier, factor = pow(10, Double(style.decimals)) / unit
                return [stepped, NumberFormat.floor(stepped * factor) / factor]
            }
        }
    }

    /// The numbers the spec itself says about the data it shows, read as data cells are: the
    /// bounds and values of its filters ("above 25 million") and column names that are numbers
    /// (series named after years, from `series_from`).
    static func saidBySpec(_ spec: ChartSpec, dataset: Dataset) -> [Double] {
        let texts = spec.filters.flatMap { [$0.equals, $0.from, $0.to].compactMap { $0 } + ($0.oneOf ?? []) } + dataset.columns
        return texts.flatMap { text in
            [Double(text.trimmingSpaces())].compactMap { $0 } + scan(text).numbers.flatMap { $0.readings.map(\.value) }
        }
    }

    /// The values a bar chart derives from its data: every bar (gaps included), each category's
    /// total, each series' total, and each annotated ratio.
    static func derivedValues(_ chart: BarChart) -> [Double] {
        var values = chart.values.flatMap { $0 } + chart.values.map { $0.reduce(0, +) }
        values += chart.series.indices.map { series in chart.values.reduce(0) { $0 + ($1.indices.contains(series) ? $1[series] : 0) } }
        for annotation in chart.annotations {
            if case .ratio(let from, let to, _) = annotation, let a = chart.values[from].first, let b = chart.values[to].first, a != 0 {
                values.append(b / a)
            }
        }
        return values
    }

    /// Whether `value` (scaled by `scale` from what was written with `decimals` decimals) equals a
    /// known value to that precision.
    static func matches(_ value: Double, decimals: Int, scale: Double, in known: [Double]) -> Bool {
        let tolerance = 0.5 * pow10(-decimals) * max(1, abs(scale)) + 1e-9 * abs(value)
        // Binary search for the first known value not below value - tolerance.
        var lower = 0, upper = known.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if known[middle] < value - tolerance { lower = middle + 1 } else { upper = middle }
        }
        return lower < known.count && known[lower] <= value + tolerance
    }

    private static func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }

    /// The scale words and suffixes a number may carry.
    static let scales: [String: Double] = [
        "thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "b": 1e9, "bn": 1e9,
        "trillion": 1e12, "t": 1e12, "tn": 1e12, "%": 0.01,
    ]

    /// The factor of a Chinese unit opening `word` (`亿元`: 1e8), if it opens with one.
    static func chineseScale(_ word: String) -> Double? {
        if word.hasPrefix("万亿") { return 1e12 }
        if word.hasPrefix("亿") { return 1e8 }
        if word.hasPrefix("万") { return 1e4 }
        return nil
    }

    /// Words that qualify a year joined to it by a hyphen (`mid-2016`).
    static let dateQualifiers: Set<String> = ["early", "mid", "late", "pre", "post"]

    /// The numbers and the digit-bearing names in `text`.
    static func scan(_ text: String) -> (numbers: [Written], names: [String]) {
        let characters = Array(text)
        var numbers: [Written] = [], names: [String] = []
        var index = 0
        func isRunCharacter(_ c: Character) -> Bool {
            (c.isASCII && (c.isLetter || c.isNumber)) || c == "." || c == "," || c == "-"
        }
        while index < characters.count {
            guard isRunCharacter(characters[index]) else { index += 1; continue }
            var end = index
            while end < characters.count && isRunCharacter(characters[end]) { end += 1 }
            var run = String(characters[index..<end])
            while let last = run.last, last == "." || last == "," || last == "-" { run.removeLast() }
            index = end
            guard run.contains(where: \.isNumber) else { continue }
            var parts = run.split(separator: "-").map(String.init)
            // "mid-2016", "early-2024": a year, not a name.
            if parts.count > 1, dateQualifiers.contains(parts[0].lowercased()) { parts.removeFirst() }
            guard let first = parts.first, first.first?.isNumber == true else {
                names.append(run)
                continue
            }
            // The word after the run may scale its last number ("100 billion"), as may a "%".
            let percent = end < characters.count && characters[end] == "%"
            let times = end < characters.count && (characters[end] == "×" || (characters[end] == " " && end + 1 < characters.count && characters[end + 1] == "×"))
            var next = ""
            var cursor = end
            while cursor < characters.count && characters[cursor] == " " { cursor += 1 }
            while cursor < characters.count && characters[cursor].isLetter { next.append(characters[cursor]); cursor += 1 }
            for (position, part) in parts.enumerated() where part.first?.isNumber == true {
                let isLast = position == parts.count - 1
                var found = written(part, scaleWord: isLast ? (percent ? "%" : next.lowercased()) : "")
                if isLast && times { for index in found.indices { found[index].isMultiple = true } }
                numbers += found
            }
        }
        return (numbers, names)
    }

    /// The numbers in one digit-led part of a run: `78,563`, `3.8`, `100B`, `2023,2024`.
    static func written(_ part: String, scaleWord: String) -> [Written] {
        var digits = part
        var suffix = ""
        while let last = digits.last, last.isLetter { suffix.insert(last, at: suffix.startIndex); digits.removeLast() }
        // Commas in thousands groups are part of the number; any other comma separates numbers.
        let grouped = digits.split(separator: ",", omittingEmptySubsequences: false)
        let pieces: [String]
        if grouped.count > 1, grouped.dropFirst().allSatisfy({ $0.prefix { $0 != "." }.count == 3 }), (1...3).contains(grouped[0].count) {
            pieces = [digits]
        } else {
            pieces = grouped.map(String.init)
        }
        let scale = scales[suffix.lowercased()] ?? (suffix.isEmpty ? scales[scaleWord] ?? chineseScale(scaleWord) : nil)
        return pieces.compactMap { piece -> Written? in
            let bare = piece.filter { $0 != "," }
            guard let value = Double(bare), bare.first?.isNumber == true else { return nil }
            let decimals = bare.firstIndex(of: ".").map { bare.distance(from: $0, to: bare.endIndex) - 1 } ?? 0
            return Written(text: piece + suffix, value: value, scale: scale, decimals: decimals)
        }
    }
}
