extension TimelineLayout {
    /// Time top to bottom along one spine: marks coloured by track (one narrow column per track),
    /// labels stacked to the right in date order, each joined to its mark by a leader line.
    ///
    /// Labels go as near their date as the labels above them allow (a downward pass), then, if the
    /// last ones run past the bottom, are pushed back up (an upward pass). A label that would end
    /// more than two label heights from its date (one more for each earlier event on the same
    /// date), or still does not fit inside the plot, or would
    /// cover an era label, is left out and reported.
    func vertical(in content: Rect, into builder: inout SceneBuilder, warnings: inout [String], unplaced: inout [Unplaced]) {
        let u = theme.unit, gap = theme.gap
        let tickHeight = builder.lineHeight(theme.tick)
        let plot = Rect(x: content.x, y: content.y + tickHeight / 2, width: content.width, height: max(1, content.height - tickHeight))
        let axis = TimeAxis(domain: domain, range: (plot.y, plot.maxY), spacing: 6 * tickHeight, locale: chart.locale)
        let scale = axis.scale
        let tickWidth = axis.labelWidth(measurer: measurer, theme: theme)
        let spine = Crisp.half(content.x + tickWidth + 3 * gap)
        // Long marks (spans, and months or years tall enough for a bracket) go in sub-columns next
        // to the spine, packed so that overlapping ones sit side by side; short marks go further
        // right, one column per track, so that marks of different tracks at one date stay apart
        // and their leaders cross no long mark.
        let columns = markColumns(scale: scale)
        let longWidth = 14 * u, pointWidth = 11 * u
        let pointsLeft = spine + Double(columns.longCount) * longWidth
        func across(_ index: Int) -> Double {
            if let sub = columns.long[index] { return spine + (Double(sub) + 0.5) * longWidth }
            return pointsLeft + (Double(columns.point[index] ?? 0) + 0.5) * pointWidth
        }
        let labelX = pointsLeft + Double(columns.pointCount) * pointWidth + 8 * u
        let labelWidth = max(40 * u, content.maxX - labelX)

        let eras = drawEras(scale: scale, plot: plot, across: (spine, content.maxX), orientation: .vertical, labelRow: 0,
                            marksEnd: labelX, into: &builder, warnings: &warnings)
        let obstacles = eras.labels, eraBands = eras.bands
        axis.draw(across: (spine, content.maxX), orientation: .vertical, bounds: content, theme: theme, into: &builder)
        builder.line(from: Point(spine, plot.y), to: Point(spine, plot.maxY), stroke: Stroke(color: theme.axis, width: 1), role: .axis)

        // Spans first, under the other marks.
        var marks = Array(repeating: Rect(x: 0, y: 0, width: 0, height: 0), count: chart.events.count)
        var markBuilder = SceneBuilder(measurer: measurer)
        let piled = piledDots(scale: scale, across: across)
        let notched = notchedSpans(columns.long, scale: scale)
        for pass in [true, false] {
            for (index, event) in chart.events.enumerated() where (event.end != nil) == pass {
                marks[index] = drawMark(index, scale: scale, across: across(index), orientation: .vertical, piled: piled[index],
                                        notched: notched.contains(index), into: &markBuilder)
            }
        }

        // Labels go in the order of their marks (the middle of a month or year), not of first days.
        // A long mark's label sits level with its start (the date it is about), after the labels of
        // short marks on the same date, or lower along the mark where a level leader would cross
        // a mark beside it; a short mark's label is centred on the mark.
        let anchors = chart.events.indices.map { index in
            columns.long[index] != nil ? freeRow(index, marks: marks, to: labelX)
                : pointAnchor(chart.events[index], mark: marks[index], orientation: .vertical)
        }
        let order = chart.events.indices.sorted { (anchors[$0], $0) < (anchors[$1], $1) }
        let blocks = chart.events.map { labelBlock($0, lines: labelLines($0, maxWidth: labelWidth)) }
        // A label stays within a few label heights of its date: further away, a reader would match
        // it to the wrong mark, so it is left out (and reported) instead.
        // Events on one date are equally near it: each one before it on that date adds a label height.
        let tallest = blocks.map(\.height).max() ?? 0
        var reach = Array(repeating: 2 * tallest, count: chart.events.count)
        for (position, index) in order.enumerated() where position > 0 {
            let previous = order[position - 1]
            if abs(anchors[index] - anchors[previous]) < 1 { reach[index] = reach[previous] + tallest + gap }
        }
        var ideals = Array(repeating: 0.0, count: chart.events.count)
        var tops: [Double?] = Array(repeating: nil, count: chart.events.count)
        // Downward pass: each label as close to its mark as the one above allows, skipping era labels.
        var previousBottom = plot.y - gap
        for index in order {
            let size = (width: blocks[index].width, height: blocks[index].height)
            let firstLine = blocks[index].lines.first?.size.height ?? 0
            ideals[index] = anchors[index] - (columns.long[index] != nil ? firstLine / 2 : size.height / 2)
            var top = max(ideals[index], previousBottom + gap, content.y)
            while let blocker = obstacles.first(where: { $0.intersects(Rect(x: labelX, y: top, width: size.width, height: size.height)) }) {
                top = blocker.maxY + gap
            }
            guard top - ideals[index] <= reach[index] else { continue }
            tops[index] = top
            previousBottom = top + size.height
        }
        // Upward pass: pull labels that run past the bottom back up, as far as their reach allows.
        var limit = plot.maxY + tickHeight / 2
        for index in order.reversed() {
            guard let top = tops[index] else { continue }
            let height = blocks[index].height
            let moved = min(top, limit - height)
            if ideals[index] - moved > reach[index] {
                tops[index] = nil
                continue
            }
            tops[index] = moved
            limit = moved - gap
        }
        var lastBottom = -Double.infinity
        var placed: [(Int, Rect)] = []
        for index in order {
            let event = chart.events[index]
            guard let top = tops[index] else {
                unplaced.append(Unplaced(event: index, reason: "the labels before and after it fill the height near its date; make the chart taller"))
                continue
            }
            let box = Rect(x: labelX, y: top, width: blocks[index].width, height: blocks[index].height)
            let collides = box.y < content.y - 0.01 || box.y < lastBottom - 0.01 || obstacles.contains { $0.intersects(box) }
            if collides {
                unplaced.append(Unplaced(event: index, reason: "the labels before and after it fill the height; make the chart taller"))
                continue
            }
            lastBottom = box.maxY + gap
            let firstLine = box.y + (blocks[index].lines.first?.size.height ?? 0) / 2
            let leader = leaderPath(index, from: marks[index], anchor: anchors[index], to: Point(labelX, firstLine), marks: marks)
            builder.path(leader, stroke: Stroke(color: theme.axis, width: theme.hairline), role: .stem, datum: index)
            placed.append((index, box))
        }
        markBuilder.items.forEach { builder.append($0) }
        for (index, box) in placed {
            drawHalo(box, datum: index, eras: eraBands, into: &builder)
            blocks[index].draw(x: box.x, top: box.y, datum: index, into: &builder)
        }
    }

    /// Which column each mark takes: long marks in packed sub-columns (`long`), short ones in a
    /// column per track that has any (`point`).
    func markColumns(scale: TimeScale) -> (long: [Int: Int], longCount: Int, point: [Int: Int], pointCount: Int) {
        let isLong = chart.events.map { event in
            event.end != nil || (event.date.precision != .day && !event.date.isBound
                                 && abs(scale(event.endDay) - scale(event.startDay)) >= 16 * theme.unit)
        }
        var long: [Int: Int] = [:], columns = IntervalRows()
        // Longest first, so the longest marks sit next to the spine and shorter ones, whose
        // leaders have less room to dodge, further right.
        func length(_ index: Int) -> Double { chart.events[index].endDay - chart.events[index].startDay }
        let order = chart.events.indices.filter { isLong[$0] }.sorted { (-length($0), $0) < (-length($1), $1) }
        for index in order {
            long[index] = columns.place((chart.events[index].startDay, chart.events[index].endDay))
        }
        let pointTracks = chart.tracks.indices.filter { track in
            chart.events.indices.contains { !isLong[$0] && chart.events[$0].track == track }
        }
        var point: [Int: Int] = [:]
        for index in chart.events.indices where !isLong[index] {
            point[index] = pointTracks.firstIndex(of: chart.events[index].track)
        }
        return (long, columns.count, point, pointTracks.count)
    }

    /// The first height along a long mark, from its start down, where a level leader to `labelX`
    /// crosses no other mark; its start when there is none.
    func freeRow(_ index: Int, marks: [Rect], to labelX: Double) -> Double {
        let u = theme.unit, mark = marks[index]
        let others = marks.indices.filter { $0 != index && marks[$0].maxX > mark.maxX }
        for y in stride(from: mark.y + u, through: mark.maxY - u, by: 2 * u) {
            let clear = !others.contains { other in
                SceneAudit.segment(Point(mark.maxX, y), Point(labelX, y), crosses: marks[other].insetBy(-u))
            }
            if clear { return y }
        }
        return mark.y + u
    }

    /// The leader from a mark to its label's first line: from the mark's right edge (for a long
    /// mark, at the height along it nearest the label that crosses nothing), then slanting to the
    /// label. Candidate starts are tried in a fixed order; the first that crosses no other mark wins.
    /// A long mark that another mark beside it covers end to end (two brackets of one year) has no
    /// such height: its leader then leaves from an end, steps clear of it and runs over (or under)
    /// the marks beside it.
    func leaderPath(_ index: Int, from mark: Rect, anchor: Double, to label: Point, marks: [Rect]) -> [Point] {
        let u = theme.unit
        let elbow = Point(label.x - 8 * u, label.y), end = Point(label.x - 2 * u, label.y)
        var starts: [Point] = []
        // A deadline's mark is short however tall: its leader leaves at the deadline.
        let long = mark.height > 6 * u && !(chart.events[index].date.isBound && chart.events[index].end == nil)
        if long {
            let low = mark.y + 2 * u, high = mark.maxY - 2 * u
            let preferred = min(high, max(low, label.y))
            starts.append(Point(mark.maxX, preferred))
            starts.append(Point(mark.midX, anchor))
            starts.append(Point(mark.midX, mark.maxY + u))
            let step = max(2 * u, (high - low) / 16)
            for offset in stride(from: step, through: high - low, by: step) {
                for y in [preferred - offset, preferred + offset] where low <= y && y <= high {
                    starts.append(Point(mark.maxX, y))
                }
            }
        } else {
            starts = [Point(mark.maxX, anchor), Point(mark.midX, mark.y), Point(mark.midX, mark.maxY)]
        }
        var paths = starts.map { [$0, elbow, end] }
        if long {
            for (edge, step) in [(mark.y, -3 * u), (mark.maxY, 3 * u)] {
                paths.append([Point(mark.midX, edge), Point(mark.midX, edge + step), Point(elbow.x, edge + step), end])
            }
        }
        let others = marks.indices.filter { $0 != index && marks[$0].maxX > mark.x }
        for path in paths {
            let crosses = others.contains { other in
                let box = marks[other].insetBy(SceneAudit.tolerance)
                return zip(path, path.dropFirst()).contains { SceneAudit.segment($0, $1, crosses: box) }
            }
            if !crosses { return path }
        }
        return paths[0]
    }
}
