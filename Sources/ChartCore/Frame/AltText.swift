import Dataset

/// Describes a chart in sentences for readers who cannot see it: the kind, the title and
/// subtitle, what the axis shows, every value or event in reading order (for large charts: the
/// count, the range and the extremes), and the source.
///
/// The text depends only on the chart model, so the same chart always gets the same words, in
/// the chart's locale.
public enum AltText {
    /// The most bars or events listed one by one; beyond it, a summary.
    public static let listLimit = 30

    /// A bar chart's description.
    public static func describe(_ chart: BarChart) -> String {
        let w = Words(chart.locale)
        var sentences = opening(w.say("Bar chart", "条形图"), chart.frame, w)
        if let axis = chart.valueAxisTitle { sentences.append(w.say("Values: \(axis).", "数值：\(axis)。")) }
        // Categories that are all dates read as dates do ("Feb 2024", not "2024-02").
        let dates = chart.categories.map { try? PartialDate(parsing: $0.name) }
        let names = dates.allSatisfy({ $0 != nil }) ? dates.map { chart.locale.text(of: $0!) } : chart.categories.map(\.name)
        let style = chart.valueLabelStyle
        func value(_ category: Int) -> String {
            let values = chart.values[category]
            let known = chart.categories[category]
            let qualifier = known.atMost ? w.say("at most ", "至多") : known.atLeast ? w.say("more than ", "超过")
                : known.approximate ? w.say("about ", "约") : ""
            // The value as its label writes it, without the label's ≈ or ≤ (the words say it).
            func written(_ value: Double) -> String { chart.valueNumber(value, category: category, style: style) }
            if chart.series.count == 1 { return qualifier + written(values[0]) }
            return zip(chart.series, values).map { "\($0.label) \(qualifier)\(written($1))" }.joined(separator: w.comma)
        }
        let count = barCount(chart, w)
        if names.count <= listLimit {
            let items = names.indices.map { index -> String in
                let detail = chart.categories[index].detail.map { w.comma + $0 } ?? ""
                return "\(names[index])\(detail)\(w.colon)\(value(index))"
            }
            sentences.append(count + w.colon + items.joined(separator: w.semicolon) + w.stop)
        } else {
            let totals = chart.values.map { $0.reduce(0, +) }
            let largest = totals.indices.max { (totals[$0], $1) < (totals[$1], $0) }!
            let smallest = totals.indices.min { (totals[$0], $0) < (totals[$1], $1) }!
            sentences.append(w.say("\(count), from \(names.first!) to \(names.last!). The largest is \(names[largest]) (\(value(largest))), "
                + "the smallest \(names[smallest]) (\(value(smallest))).",
                "\(count)，从\(names.first!)到\(names.last!)。最大为\(names[largest])（\(value(largest))），最小为\(names[smallest])（\(value(smallest))）。"))
        }
        for annotation in chart.annotations {
            switch annotation {
            case .ratio(let from, let to, let text):
                sentences.append(w.say("A bracket compares \(names[to]) with \(names[from]): \(text).", "\(names[to])与\(names[from])之比：\(text)。"))
            case .note(let category, let text):
                sentences.append(w.say("Note on \(names[category]): \(text).", "关于\(names[category])的注释：\(text)。"))
            }
        }
        return closing(sentences, chart.frame, w)
    }

    /// How many bars a chart has, in words: one per category, or per category and series
    /// ("72 bars in 6 groups of 12", "6 stacked bars of 12 segments").
    private static func barCount(_ chart: BarChart, _ w: Words) -> String {
        let categories = chart.categories.count, series = chart.series.count
        if series == 1 { return categories == 1 ? w.say("One bar", "1 个条形") : w.say("\(categories) bars", "\(categories) 个条形") }
        if chart.isStacked {
            return w.say("\(categories) stacked bar\(categories == 1 ? "" : "s") of \(series) segments", "\(categories) 个堆叠条形，各分 \(series) 段")
        }
        return w.say("\(categories * series) bars in \(categories) group\(categories == 1 ? "" : "s") of \(series)",
                     "\(categories * series) 个条形，分 \(categories) 组，每组 \(series) 个")
    }

    /// A timeline's description.
    public static func describe(_ chart: TimelineChart) -> String {
        if chart.layout == .ranges { return describeRanges(chart) }
        let w = Words(chart.locale), locale = chart.locale
        var sentences = opening(w.say("Timeline", "时间线"), chart.frame, w)
        let events = chart.events.sorted { ($0.date, $0.label) < ($1.date, $1.label) }
        guard let first = events.first, let last = events.last else { return closing(sentences, chart.frame, w) }
        let count = events.count == 1 ? w.say("One event", "1 个事件") : w.say("\(events.count) events", "\(events.count) 个事件")
        let tracks = chart.hasTracks ? w.say(" on \(chart.tracks.count) tracks (\(chart.tracks.joined(separator: ", ")))",
                                             "，分 \(chart.tracks.count) 条轨道（\(chart.tracks.joined(separator: "、"))）") : ""
        func item(_ event: TimelineChart.Event) -> String {
            let note = event.note.map { w.comma + $0 } ?? ""
            return "\(event.dateText(locale))\(w.colon)\(event.label)\(note)"
        }
        if events.count <= listLimit {
            sentences.append(count + tracks + w.say(", in date order: ", "，按日期排列：") + events.map(item).joined(separator: w.semicolon) + w.stop)
        } else {
            let from = locale.text(of: first.date), to = locale.text(of: last.end ?? last.date)
            sentences.append(w.say("\(count)\(tracks), from \(from) to \(to). The first is \(item(first)); the last, \(item(last)).",
                                   "\(count)\(tracks)，从\(from)到\(to)。第一个是\(item(first))；最后一个是\(item(last))。"))
        }
        sentences += eras(chart, w)
        return closing(sentences, chart.frame, w)
    }

    /// The sentence listing a timeline's shaded periods, if it has any.
    private static func eras(_ chart: TimelineChart, _ w: Words) -> [String] {
        guard !chart.eras.isEmpty else { return [] }
        let locale = chart.locale
        return [w.say("Shaded periods: ", "阴影时段：") + chart.eras.map {
            "\($0.label)\(w.open)\(locale.period(locale.text(of: $0.start), locale.text(of: $0.end)))\(w.close)"
        }.joined(separator: w.semicolon) + w.stop]
    }

    /// A range chart's description: its rows in their order, each with its segments and whether it has ended.
    static func describeRanges(_ chart: TimelineChart) -> String {
        let w = Words(chart.locale), locale = chart.locale
        var sentences = opening(w.say("Range chart", "区间图"), chart.frame, w)
        guard !chart.events.isEmpty else { return closing(sentences, chart.frame, w) }
        func item(_ event: TimelineChart.Event) -> String {
            var parts: [String] = []
            var from = locale.text(of: event.date)
            for (segment, end) in event.ends.enumerated() {
                let name = chart.segments.indices.contains(segment) ? chart.segments[segment] + w.space : ""
                parts.append(name + locale.period(from, locale.text(of: end)))
                from = locale.text(of: end)
            }
            if event.isOpen {
                let segment = event.ends.count
                let name = chart.segments.indices.contains(segment) ? chart.segments[segment] + w.space : ""
                let asOf = chart.asOf.map { locale.text(of: $0) }
                parts.append(name + w.say("since \(from), not ended\(asOf.map { " as of \($0)" } ?? "")",
                                          "\(from)起，\(asOf.map { "截至\($0)" } ?? "")尚未结束"))
            }
            let track = chart.hasTracks ? w.open + chart.tracks[event.track] + w.close : ""
            return "\(event.label)\(track)\(w.colon)" + parts.joined(separator: w.say(", then ", "，随后"))
        }
        let count = chart.events.count == 1 ? w.say("One range", "1 个区间") : w.say("\(chart.events.count) ranges", "\(chart.events.count) 个区间")
        if chart.events.count <= listLimit {
            sentences.append(count + w.say(", one per row: ", "，每行一个：") + chart.events.map(item).joined(separator: w.semicolon) + w.stop)
        } else {
            let start = locale.text(of: chart.events.map(\.date).min()!), open = chart.events.filter(\.isOpen).count
            let first = item(chart.events[0]), last = item(chart.events[chart.events.count - 1])
            sentences.append(w.say("\(count), one per row, the first starting \(start). The first row is \(first); the last, \(last).\(open == 1 ? " One has not ended." : open > 1 ? " \(open) have not ended." : "")",
                                   "\(count)，每行一个，最早始于\(start)。第一行是\(first)；最后一行是\(last)。\(open > 0 ? "\(open) 个尚未结束。" : "")"))
        }
        sentences += eras(chart, w)
        return closing(sentences, chart.frame, w)
    }

    private static func opening(_ kind: String, _ frame: ChartFrame.Texts, _ w: Words) -> [String] {
        var sentences = [kind + w.colon + w.sentence(frame.title)]
        if let subtitle = frame.subtitle { sentences.append(w.sentence(subtitle)) }
        return sentences
    }

    private static func closing(_ sentences: [String], _ frame: ChartFrame.Texts, _ w: Words) -> String {
        var all = sentences
        if let notes = frame.notes { all.append(w.sentence(notes.split(separator: "\n").joined(separator: w.space))) }
        if let source = frame.source { all.append(w.sentence(source)) }
        return all.joined(separator: w.space)
    }

    /// The punctuation and phrases of one locale's descriptions.
    private struct Words {
        let locale: ChartLocale
        init(_ locale: ChartLocale) { self.locale = locale }

        /// The English or the Chinese phrase.
        func say(_ english: String, _ chinese: String) -> String { locale == .zh ? chinese : english }
        var comma: String { say(", ", "，") }
        var colon: String { say(": ", "：") }
        var semicolon: String { say("; ", "；") }
        var stop: String { say(".", "。") }
        var open: String { say(" (", "（") }
        var close: String { say(")", "）") }
        /// Between sentences: a space in English, none in Chinese.
        var space: String { say(" ", "") }

        /// The text ending with a full stop (or its own ?, ! or …).
        func sentence(_ text: String) -> String {
            guard let last = text.last else { return text }
            return ".?!…。？！".contains(last) ? text : text + stop
        }
    }
}
