/// Describes a chart in sentences for readers who cannot see it: the kind, the title and
/// subtitle, what the axis shows, every value or event in reading order (for large charts: the
/// count, the range and the extremes), and the source.
///
/// The text depends only on the chart model, so the same chart always gets the same words.
public enum AltText {
    /// The most bars or events listed one by one; beyond it, a summary.
    public static let listLimit = 30

    /// A bar chart's description.
    public static func describe(_ chart: BarChart) -> String {
        var sentences = opening("Bar chart", chart.frame)
        if let axis = chart.valueAxisTitle { sentences.append("Values: \(axis).") }
        let names = chart.categories.map(\.name)
        func value(_ category: Int) -> String {
            let values = chart.values[category]
            let qualifier = chart.categories[category].atMost ? "at most " : chart.categories[category].approximate ? "about " : ""
            if chart.series.count == 1 { return qualifier + chart.format.format(values[0]) }
            return zip(chart.series, values).map { "\($0.label) \(qualifier)\(chart.format.format($1))" }.joined(separator: ", ")
        }
        let count = names.count == 1 ? "One bar" : "\(names.count) bars"
        if names.count <= listLimit {
            let items = names.indices.map { index -> String in
                let detail = chart.categories[index].detail.map { ", \($0)" } ?? ""
                return "\(names[index])\(detail): \(value(index))"
            }
            sentences.append("\(count): " + items.joined(separator: "; ") + ".")
        } else {
            let totals = chart.values.map { $0.reduce(0, +) }
            let largest = totals.indices.max { (totals[$0], $1) < (totals[$1], $0) }!
            let smallest = totals.indices.min { (totals[$0], $0) < (totals[$1], $1) }!
            sentences.append("\(count), from \(names.first!) to \(names.last!). The largest is \(names[largest]) (\(value(largest))), "
                + "the smallest \(names[smallest]) (\(value(smallest))).")
        }
        for annotation in chart.annotations {
            switch annotation {
            case .ratio(let from, let to, let text):
                sentences.append("A bracket compares \(names[to]) with \(names[from]): \(text).")
            case .note(let category, let text):
                sentences.append("Note on \(names[category]): \(text).")
            }
        }
        return closing(sentences, chart.frame)
    }

    /// A timeline's description.
    public static func describe(_ chart: TimelineChart) -> String {
        if chart.layout == .ranges { return describeRanges(chart) }
        var sentences = opening("Timeline", chart.frame)
        let events = chart.events.sorted { ($0.date, $0.label) < ($1.date, $1.label) }
        guard let first = events.first, let last = events.last else { return closing(sentences, chart.frame) }
        let count = events.count == 1 ? "One event" : "\(events.count) events"
        let tracks = chart.hasTracks ? " on \(chart.tracks.count) tracks (\(chart.tracks.joined(separator: ", ")))" : ""
        func item(_ event: TimelineChart.Event) -> String {
            let note = event.note.map { ", \($0)" } ?? ""
            return "\(event.dateText): \(event.label)\(note)"
        }
        if events.count <= listLimit {
            sentences.append("\(count)\(tracks), in date order: " + events.map(item).joined(separator: "; ") + ".")
        } else {
            sentences.append("\(count)\(tracks), from \(first.date.displayText) to \((last.end ?? last.date).displayText). "
                + "The first is \(item(first)); the last, \(item(last)).")
        }
        if !chart.eras.isEmpty {
            sentences.append("Shaded periods: " + chart.eras.map { "\($0.label) (\($0.start.displayText) – \($0.end.displayText))" }
                .joined(separator: "; ") + ".")
        }
        return closing(sentences, chart.frame)
    }

    /// A range chart's description: its rows in their order, each with its segments and whether it has ended.
    static func describeRanges(_ chart: TimelineChart) -> String {
        var sentences = opening("Range chart", chart.frame)
        guard !chart.events.isEmpty else { return closing(sentences, chart.frame) }
        func item(_ event: TimelineChart.Event) -> String {
            var parts: [String] = []
            var from = event.date.displayText
            for (segment, end) in event.ends.enumerated() {
                let name = chart.segments.indices.contains(segment) ? "\(chart.segments[segment]) " : ""
                parts.append("\(name)\(from) – \(end.displayText)")
                from = end.displayText
            }
            if event.isOpen {
                let segment = event.ends.count
                let name = chart.segments.indices.contains(segment) ? "\(chart.segments[segment]) " : ""
                parts.append("\(name)since \(from), not ended\(chart.asOf.map { " as of \($0.displayText)" } ?? "")")
            }
            let track = chart.hasTracks ? " (\(chart.tracks[event.track]))" : ""
            return "\(event.label)\(track): " + parts.joined(separator: ", then ")
        }
        let count = chart.events.count == 1 ? "One range" : "\(chart.events.count) ranges"
        if chart.events.count <= listLimit {
            sentences.append("\(count), one per row: " + chart.events.map(item).joined(separator: "; ") + ".")
        } else {
            let start = chart.events.map(\.date).min()!, open = chart.events.filter(\.isOpen).count
            let ended = open > 0 ? " \(open) have not ended." : ""
            sentences.append("\(count), one per row, the first starting \(start.displayText). "
                + "The first row is \(item(chart.events[0])); the last, \(item(chart.events[chart.events.count - 1])).\(ended)")
        }
        if !chart.eras.isEmpty {
            sentences.append("Shaded periods: " + chart.eras.map { "\($0.label) (\($0.start.displayText) – \($0.end.displayText))" }
                .joined(separator: "; ") + ".")
        }
        return closing(sentences, chart.frame)
    }

    private static func opening(_ kind: String, _ frame: ChartFrame.Texts) -> [String] {
        var sentences = ["\(kind): \(sentence(frame.title))"]
        if let subtitle = frame.subtitle { sentences.append(sentence(subtitle)) }
        return sentences
    }

    private static func closing(_ sentences: [String], _ frame: ChartFrame.Texts) -> String {
        var all = sentences
        if let notes = frame.notes { all.append(sentence(notes.split(separator: "\n").joined(separator: " "))) }
        if let source = frame.source { all.append(sentence(source)) }
        return all.joined(separator: " ")
    }

    /// The text ending with a full stop (or its own ?, ! or …).
    private static func sentence(_ text: String) -> String {
        guard let last = text.last else { return text }
        return ".?!…".contains(last) ? text : text + "."
    }
}
