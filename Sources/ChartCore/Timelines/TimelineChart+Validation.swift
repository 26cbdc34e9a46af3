import Dataset

extension TimelineChart {
    /// Every reason this model cannot be laid out, each naming its field (`events[2].track`,
    /// `eras[0]`): what ``TimelineChartBuilder`` guarantees for timelines from files, checked for
    /// a model built in code, so that a bad one is a diagnostic, never a trap.
    public func problems(file: String) -> [Diagnostic] {
        var problems = ChartModelCheck.canvas(width: width, height: height, file: file)
        func problem(_ field: String, _ message: String, _ hint: String? = nil) {
            problems.append(Diagnostic(file: file, field: field, message: message, hint: hint))
        }
        if tracks.isEmpty { problem("tracks", "a timeline needs at least one track", "give [\"\"] for none") }
        let colours = ThemeColors.named(theme).palette.count
        if tracks.count > colours { problem("tracks", "\(tracks.count) tracks, and the palette has only \(colours) colours") }
        if segments.count > colours { problem("segments", "\(segments.count) segments, and the palette has only \(colours) colours") }
        for (index, event) in events.enumerated() {
            let field = "events[\(index)]"
            if !tracks.indices.contains(event.track) {
                problem("\(field).track", "track \(event.track) of \(tracks.count)")
            }
            if event.label.isEmpty { problem("\(field).label", "an event needs a label") }
            var previous = event.date
            for (position, end) in event.ends.enumerated() {
                if end.endDay < previous.firstDay {
                    problem(position == 0 ? "\(field).end" : "\(field).laterEnds[\(position - 1)]",
                            "\(end) comes before \(previous)", "give the ends in date order")
                }
                previous = end
            }
            if layout == .ranges && event.ends.count > max(1, segments.count) {
                problem("\(field).laterEnds", "\(event.ends.count) ends for \(segments.count) segment(s)", "name one segment per end")
            }
        }
        if layout == .points {
            // In the order the builder sorts them: by first day, then the less precise first.
            func key(_ event: Event) -> (Int, Int) { (event.date.firstDay, event.date.precision.rawValue) }
            for index in events.indices.dropFirst() where key(events[index]) < key(events[index - 1]) {
                problem("events[\(index)]", "events must be in date order (\(events[index].date) after \(events[index - 1].date))",
                        "sort the events by date")
                break
            }
        }
        for (index, era) in eras.enumerated() where era.end.endDay < era.start.firstDay {
            problem("eras[\(index)]", "the era ends (\(era.end)) before it starts (\(era.start))")
        }
        return problems
    }

    /// Throws ``problems(file:)`` when there are any.
    public func validate(file: String) throws(DiagnosticList) {
        let found = problems(file: file)
        if !found.isEmpty { throw DiagnosticList(found) }
    }
}
