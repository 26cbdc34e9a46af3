import Foundation

/// Lays out a ``TimelineChart`` into a ``Scene``.
///
/// Visual language, the same in both orientations:
/// - a date known to the **day** is a dot on that day;
/// - a date known only to the **month or year** is a bracket across that whole month or year (a
///   tile of the period's width when the period is too short for a bracket), so it never claims a day;
/// - an **approximate** date (`~`) is a hollow dot or tile, or a dashed bracket (the uncertain
///   period of a span's approximate start or end is lighter), and its date
///   line reads `late 2023`, `c. 2025`;
/// - a **span** (a row with an end date) is a wide, lighter bar from its start to its end;
/// - every label has a date line under it (`3 Aug 2023`, `Feb 2024`), and a stem or leader
///   joining it to its mark; a highlighted event has a dark ring around its mark and a bold label.
///
/// Horizontal timelines give each track a lane (names at the left) and place labels with
/// ``LabelPlacer``; vertical ones run down one spine, colour marks by track (with a legend), and
/// stack labels to the right in date order with leader lines. A label that cannot be placed
/// without overlapping is left out and reported in ``ChartLayout/warnings``.
public struct TimelineLayout {
    let chart: TimelineChart
    let theme: Theme
    let measurer: any TextMeasurer
    /// Per font: its line height and the narrowest advance of common characters (space, dot, i,
    /// l, …), for cheap lower bounds of a label's size.
    let metrics: [FontStyle: (line: Double, narrowest: Double)]

    init(chart: TimelineChart, theme: Theme, measurer: any TextMeasurer) {
        self.chart = chart
        self.theme = theme
        self.measurer = measurer
        var metrics: [FontStyle: (line: Double, narrowest: Double)] = [:]
        for font in [theme.label, theme.labelBold, theme.detail] {
            let narrowest = [" ", ".", "i", "l", "'", "|", ",", ":"].map { measurer.measure($0, font: font).width }.min() ?? 0
            metrics[font] = (measurer.measure("Hg", font: font).height, narrowest)
        }
        self.metrics = metrics
    }

    /// Lays out `chart`, measuring text with `measurer`.
    public static func layout(_ chart: TimelineChart, measurer: any TextMeasurer) -> ChartLayout {
        TimelineLayout(chart: chart, theme: Theme(width: chart.width, height: chart.height, colors: .named(chart.theme), locale: chart.locale),
                       measurer: measurer).run()
    }

    func run() -> ChartLayout {
        var builder = SceneBuilder(measurer: measurer)
        var content = ChartFrame.layout(chart.frame, width: chart.width, height: chart.height, theme: theme, into: &builder)
        var warnings: [String] = []
        var unplaced: [Unplaced] = [], information: [String] = []
        switch chart.orientation {
        case _ where chart.layout == .ranges:
            ranges(in: content, into: &builder, warnings: &warnings, information: &information)
        case .horizontal:
            horizontal(in: content, into: &builder, warnings: &warnings, unplaced: &unplaced)
        case .vertical:
            if chart.hasTracks {
                content = Legend.layout(chart.tracks.indices.map { (chart.tracks[$0], trackColor($0)) }, in: content,
                                        theme: theme, into: &builder)
            }
            vertical(in: content, into: &builder, warnings: &warnings, unplaced: &unplaced)
        }
        warnings += report(unplaced)
        var scene = Scene(width: chart.width, height: chart.height, items: builder.items, datumNames: chart.events.map(\.label))
        scene.metadata = SceneMetadata(title: chart.frame.title, description: AltText.describe(chart), source: chart.frame.source,
                                       language: chart.locale.languageTag)
        var layout = ChartLayout(scene: scene, warnings: warnings, information: information)
        // The colours that carry meaning: the segments' of ranges, else the tracks'.
        if chart.layout == .ranges && !chart.segments.isEmpty {
            layout.keyColors = chart.segments.indices.map { .init(chart.segments[$0], segmentColor($0, track: 0)) }
        } else if chart.hasTracks {
            layout.keyColors = chart.tracks.indices.map { .init(chart.tracks[$0], trackColor($0)) }
        }
        return layout
    }

    // MARK: Shared pieces

    /// The colour of a track.
    func trackColor(_ track: Int) -> Color {
        theme.palette[track]
    }

    /// The fonts of an event's label and date line.
    func labelFont(_ event: TimelineChart.Event) -> FontStyle {
        event.highlighted ? theme.labelBold : theme.label
    }

    /// The date line under a label, with the note after it.
    func dateLine(_ event: TimelineChart.Event) -> String {
        event.note.map { event.dateText(chart.locale) + chart.locale.noteSeparator + $0 } ?? event.dateText(chart.locale)
    }

    /// The label lines of an event wrapped to `maxWidth` (unwrapped when `nil`).
    func labelLines(_ event: TimelineChart.Event, maxWidth: Double?) -> [String] {
        guard let maxWidth else { return [event.label] }
        return TextWrapper(measurer: measurer, font: labelFont(event)).wrap(event.label, maxWidth: maxWidth).lines
    }

    /// An event's label block, measured once: its lines, then the date line (with the note).
    /// What placement plans with it is what gets drawn.
    func labelBlock(_ event: TimelineChart.Event, lines: [String]) -> TextBlock {
        var block = TextBlock(lines, font: labelFont(event), color: theme.ink, role: .eventLabel, measurer: measurer)
        block.append([dateLine(event)], font: theme.detail, color: theme.mutedInk, role: .eventDate, measurer: measurer)
        return block
    }

    /// The spans whose start is drawn a notch after the end of the span before them in their
    /// row (or column), so that spans sharing a row are told apart where they meet by a gap, in
    /// one shade (lightness means an approximate date): those that start within the notch of an
    /// earlier one's end (`group` maps a span's event to its row or column).
    func notchedSpans(_ group: [Int: Int], scale: TimeScale) -> Set<Int> {
        var notched: Set<Int> = []
        let spans = group.keys.filter { chart.events[$0].end != nil }
        for id in Set(spans.map { group[$0]! }) {
            let members = spans.filter { group[$0] == id }.sorted { (chart.events[$0].startDay, $0) < (chart.events[$1].startDay, $1) }
            for (earlier, later) in zip(members, members.dropFirst())
                where abs(scale(chart.events[later].startDay) - scale(chart.events[earlier].endDay)) < spanNotch {
                notched.insert(later)
            }
        }
        return notched
    }

    /// The gap between two spans that meet in a row.
    var spanNotch: Double { 2 * theme.unit }

    /// The radius of a day's dot.
    var dotRadius: Double { 4.5 * theme.unit }

    /// For each event, whether it is a day's dot within one radius of another dot on the same line
    /// (`across` gives each event's position across the time axis). A dot is outlined in the
    /// background colour to stand apart from a neighbour it overlaps a little, but in a pile each
    /// outline would wipe out the dots under it (a timeline of thousands of events would show a
    /// blank band), so piled dots are drawn without one.
    func piledDots(scale: TimeScale, across: (Int) -> Double) -> [Bool] {
        var piled = Array(repeating: false, count: chart.events.count)
        let dots = chart.events.indices.filter {
            chart.events[$0].end == nil && chart.events[$0].date.precision == .day && !chart.events[$0].date.isBound
        }
        let lines = dots.map(across), centres = dots.map { scale(chart.events[$0].startDay + 0.5) }
        let order = dots.indices.sorted { (lines[$0], centres[$0], $0) < (lines[$1], centres[$1], $1) }
        for (a, b) in zip(order, order.dropFirst()) where lines[a] == lines[b] && abs(centres[b] - centres[a]) < dotRadius {
            piled[dots[a]] = true
            piled[dots[b]] = true
        }
        return piled
    }

    /// Draws an event's mark centred across the axis at `across` (y when horizontal, x when vertical)
    /// and returns the area it covers. A highlighted event gets a dark ring around its mark.
    @discardableResult
    func drawMark(_ index: Int, scale: TimeScale, across: Double, orientation: Orientation, piled: Bool = false,
                  notched: Bool = false, into builder: inout SceneBuilder) -> Rect {
        let event = chart.events[index]
        var marks = SceneBuilder(measurer: measurer)
        let box = drawPlainMark(event, scale: scale, across: across, orientation: orientation, piled: piled, notched: notched,
                                into: &marks)
        marks.items.forEach { builder.append(SceneItem($0.role, $0.shape, datum: index)) }
        guard event.highlighted else { return box }
        let ring = box.insetBy(-2 * theme.unit)
        let corners = [Point(ring.x, ring.y), Point(ring.maxX, ring.y), Point(ring.maxX, ring.maxY), Point(ring.x, ring.maxY)]
        let stroke = Stroke(color: theme.ink, width: 1.5 * theme.unit)
        if event.end == nil && event.date.precision == .day {
            builder.circle(Point(ring.midX, ring.midY), radius: ring.width / 2, stroke: stroke, role: .marker, datum: index)
        } else {
            builder.path(corners, closed: true, stroke: stroke, role: .marker, datum: index)
        }
        return ring.insetBy(-0.75 * theme.unit)
    }

    private func drawPlainMark(_ event: TimelineChart.Event, scale: TimeScale, across: Double, orientation: Orientation,
                               piled: Bool, notched: Bool, into builder: inout SceneBuilder) -> Rect {
        let u = theme.unit
        let color = trackColor(event.track)
        func rect(_ from: Double, _ to: Double, thickness: Double, minimum: Double) -> Rect {
            var a = scale(from), b = scale(to)
            if abs(b - a) < minimum {
                let middle = (a + b) / 2
                a = middle - minimum / 2
                b = middle + minimum / 2
            }
            return orientation.rect(along: (a, b), across: (across - thickness / 2, across + thickness / 2))
        }
        if event.end != nil {
            var box = rect(event.startDay, event.endDay, thickness: 12 * u, minimum: 6 * u)
            // A span that starts where another of its row ends begins a notch later.
            if notched {
                let (start, end) = orientation.along(box), (low, high) = orientation.across(box)
                if end - start > 2 * spanNotch { box = orientation.rect(along: (start + spanNotch, end), across: (low, high)) }
            }
            let amount = theme.colors.spanFade
            builder.rect(box, fill: color.mixed(with: theme.background, amount: amount), role: .span)
            // The uncertain period of an approximate start or end (a derived `~2020-10`), lighter still.
            for date in [event.date, event.end!] where date.isApproximate {
                let part = rect(max(event.startDay, Double(date.period.lowerBound)), min(event.endDay, Double(date.period.upperBound)),
                                thickness: 12 * u, minimum: 0)
                guard part.width > 0 && part.height > 0 else { continue }
                builder.rect(part, fill: color.mixed(with: theme.background, amount: amount + (1 - amount) / 2), role: .span)
            }
            return box
        }
        if event.date.isBound {
            return drawDeadline(event, scale: scale, across: across, orientation: orientation, into: &builder)
        }
        if event.date.precision == .day {
            let radius = dotRadius
            let center = orientation.point(along: scale(event.startDay + 0.5), across: across)
            builder.circle(center, radius: radius, fill: event.date.isApproximate ? theme.background : color,
                             stroke: event.date.isApproximate ? Stroke(color: color, width: 1.5 * u)
                                  : piled ? nil : Stroke(color: theme.background, width: u), role: .marker)
            return Rect(x: center.x - radius, y: center.y - radius, width: 2 * radius, height: 2 * radius)
        }
        // A month or year: a bracket across the whole period, dashed when approximate; a period
        // too short for a readable bracket is a tile of its width (hollow when approximate).
        let box = rect(event.startDay, event.endDay, thickness: 10 * u, minimum: 4 * u)
        if orientation.along((box.width, box.height)) < 16 * u {
            let corners = [Point(box.x, box.y), Point(box.maxX, box.y), Point(box.maxX, box.maxY), Point(box.x, box.maxY)]
            builder.path(corners, closed: true, fill: event.date.isApproximate ? theme.background : color,
                         stroke: event.date.isApproximate ? Stroke(color: color, width: 1.5 * u) : nil, role: .marker)
            return box
        }
        // Ends drawn a little inside the period, so that brackets of adjacent periods stay apart.
        let stroke = Stroke(color: color, width: 2.5 * u, dash: event.date.isApproximate ? [3 * u, 2 * u] : [])
        let caps = Stroke(color: color, width: 2 * u)
        let inset = 2.5 * u
        let (along0, along1) = orientation.along(box), (across0, across1) = orientation.across(box)
        let a = along0 + inset, b = along1 - inset, middle = (across0 + across1) / 2
        builder.line(from: orientation.point(along: a, across: middle), to: orientation.point(along: b, across: middle), stroke: stroke,
                     role: .marker)
        for end in [a, b] {
            builder.line(from: orientation.point(along: end, across: across0), to: orientation.point(along: end, across: across1),
                         stroke: caps, role: .marker)
        }
        return box
    }

    /// How far across the axis a stem must start from the middle of an event's mark: the edge of
    /// the dot, tile or span; for a bracket, the edge of its line.
    func stemOffset(_ event: TimelineChart.Event, mark: Rect, orientation: Orientation) -> Double {
        let isBracket = event.end == nil && event.date.precision != .day && !event.date.isBound
            && orientation.along((mark.width, mark.height)) >= 16 * theme.unit
        if isBracket && !event.highlighted { return 1.25 * theme.unit }
        return orientation.across((mark.width, mark.height)) / 2
    }

    /// Draws the mark of an event known only by a deadline (`by 2018`): a bar across the line at
    /// the deadline's last day and, reaching back from it, a dashed line ending in an open arrowhead,
    /// so that the mark claims no date before the deadline. Returns the area it covers.
    private func drawDeadline(_ event: TimelineChart.Event, scale: TimeScale, across: Double, orientation: Orientation,
                              into builder: inout SceneBuilder) -> Rect {
        let u = theme.unit, color = trackColor(event.track)
        let deadline = scale(event.endDay), reach = deadlineReach, half = 5 * u, head = 3.5 * u
        let back = deadline - reach
        builder.line(from: orientation.point(along: deadline, across: across - half),
                     to: orientation.point(along: deadline, across: across + half), stroke: Stroke(color: color, width: 2 * u), role: .marker)
        builder.line(from: orientation.point(along: deadline, across: across), to: orientation.point(along: back, across: across),
                     stroke: Stroke(color: color, width: 1.5 * u, dash: [3 * u, 2 * u]), role: .marker)
        builder.path([orientation.point(along: back + head, across: across - head), orientation.point(along: back, across: across),
                      orientation.point(along: back + head, across: across + head)],
                     stroke: Stroke(color: color, width: 1.5 * u), role: .marker)
        return orientation.rect(along: (back - u, deadline + u), across: (across - half, across + half))
    }

    /// How far a deadline's arrow reaches back from its day, in pixels.
    var deadlineReach: Double { 18 * theme.unit }

    /// Where along the time axis a point event's stem or leader meets its mark: the middle of the
    /// mark, or the deadline of an event known only by one.
    func pointAnchor(_ event: TimelineChart.Event, mark: Rect, orientation: Orientation) -> Double {
        let (start, end) = orientation.along(mark)
        return event.date.isBound ? end - theme.unit : (start + end) / 2
    }

    /// Draws a halo behind a label, so gridlines do not run through its text: in the background
    /// colour, and in the era's colour where it lies over an era band, so that a label over an
    /// era's end neither stretches the band past its dates nor punches a hole in it.
    func drawHalo(_ box: Rect, datum: Int, eras: [Rect], into builder: inout SceneBuilder) {
        let halo = box.insetBy(-1)
        builder.rect(halo, fill: theme.background, role: .labelHalo, datum: datum)
        for era in eras {
            let shared = halo.intersection(era)
            if shared.width > 0 && shared.height > 0 { builder.rect(shared, fill: eraFill, role: .labelHalo, datum: datum) }
        }
    }

    /// The fill of era bands.
    var eraFill: Color { theme.grid.mixed(with: theme.background, amount: 0.5) }

    /// An era label cut to `maxWidth` with "…"; `nil` when not even one letter fits.
    func eraLabel(_ text: String, maxWidth: Double) -> (text: String, shortened: Bool)? {
        let wrapper = TextWrapper(measurer: measurer, font: theme.detail)
        if wrapper.width(text) <= maxWidth { return (text, false) }
        return wrapper.shortened(text, maxWidth: maxWidth).map { ($0, true) }
    }

    /// The padded date domain: all events and eras, and a margin of 4% (a quarter of a day at
    /// least) on each side.
    var domain: (Double, Double) {
        let starts = chart.events.map(\.startDay) + chart.eras.map { Double($0.start.period.lowerBound) }
        let ends = chart.events.map(\.endDay) + chart.eras.map { Double($0.end.period.upperBound) }
        let low = starts.min() ?? 0, high = ends.max() ?? 1
        // A few percent beyond the data (a quarter of a day at least), never days of empty axis
        // around a week of data.
        let pad = max(0.25, (high - low) * 0.04)
        return (low - pad, high + pad)
    }

    /// A label that could not be placed: its event's index and why.
    struct Unplaced {
        var event: Int
        var reason: String
    }

    /// The warnings for the labels that could not be placed, in date order: at most five for each
    /// reason, then how many more there are (a timeline of thousands of events leaves out
    /// thousands of labels, and a list of them all helps no one).
    func report(_ unplaced: [Unplaced]) -> [String] {
        var reasons: [String] = []
        var byReason: [String: [Int]] = [:]
        for label in unplaced.sorted(by: { $0.event < $1.event }) {
            if byReason[label.reason] == nil { reasons.append(label.reason) }
            byReason[label.reason, default: []].append(label.event)
        }
        return reasons.flatMap { reason -> [String] in
            let events = byReason[reason] ?? []
            var lines = events.prefix(5).map { index -> String in
                let event = chart.events[index]
                return "could not place the label “\(event.label)” (\(event.date)): \(reason)"
            }
            if events.count > 5 {
                lines.append("could not place \(events.count - 5) more labels for the same reason (\(events.count) of \(chart.events.count) in all)")
            }
            return lines
        }
    }
}
