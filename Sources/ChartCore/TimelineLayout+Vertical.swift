extension TimelineLayout {
    /// Time top to bottom along one spine: marks coloured by track (one narrow column per track),
    /// labels stacked to the right in date order, each joined to its mark by a leader line.
    ///
    /// Labels go as near their date as the labels above them allow (a downward pass), then, if the
    /// last ones run past the bottom, are pushed back up (an upward pass). Any label that still
    /// does not fit inside the plot, or would cover an era label, is left out and reported.
    func vertical(in content: Rect, into builder: inout SceneBuilder, warnings: inout [String]) {
        let u = theme.unit, gap = theme.gap
        let tickHeight = builder.lineHeight(theme.tick)
        let plot = Rect(x: content.x, y: content.y + tickHeight / 2, width: content.width, height: max(1, content.height - tickHeight))
        let scale = TimeScale(domain: domain, range: (plot.y, plot.maxY))
        let ticks = CalendarTicks.ticks(from: domain.0, to: domain.1, maxCount: Int(plot.height / (6 * tickHeight)))
        let tickWidth = ticks.map { measurer.measure($0.label, font: theme.tick).width }.max() ?? 0
        let spine = Crisp.half(content.x + tickWidth + 3 * gap)
        // Each track has its own column of marks beside the spine, so marks of different tracks
        // at the same date do not hide each other.
        let column = 11 * u
        let columns = Double(chart.tracks.count)
        let labelX = spine + columns * column + 8 * u
        let labelWidth = max(40 * u, content.maxX - labelX)

        var obstacles: [Rect] = []
        var eraBands: [Rect] = []
        for era in chart.eras {
            let y1 = max(plot.y, scale(Double(era.start.period.lowerBound))), y2 = min(plot.maxY, scale(Double(era.end.period.upperBound)))
            let band = Rect(x: spine, y: y1, width: content.maxX - spine, height: max(0, y2 - y1))
            eraBands.append(band)
            builder.rect(band, fill: eraFill, role: .era)
            guard let (text, shortened) = eraLabel(era.label, maxWidth: content.maxX - spine - 2 * gap) else {
                warnings.append("the era label “\(era.label)” was left out: the chart is too narrow for it")
                continue
            }
            let label = builder.run(text, font: theme.detail, color: theme.secondaryInk, at: Point(content.maxX, y1 + gap / 2),
                                    anchor: TextAnchor(.right, .top))
            if obstacles.contains(where: { $0.intersects(label.bounds) }) {
                warnings.append("the era label “\(era.label)” was left out: it would cover the label of the era before it")
            } else {
                builder.append(SceneItem(.eraLabel, .text(label)))
                obstacles.append(label.bounds)
                if shortened { warnings.append("the era label “\(era.label)” was shortened to fit the width") }
            }
        }
        for tick in ticks {
            let y = Crisp.half(scale(Double(tick.day)))
            builder.line(from: Point(spine - gap, y), to: Point(content.maxX, y),
                         stroke: Stroke(color: tick.isYear ? theme.axis.mixed(with: theme.background, amount: 0.5) : theme.grid, width: theme.hairline), role: .grid)
            builder.text(tick.label, font: theme.tick, color: theme.mutedInk, at: Point(spine - 2 * gap, scale(Double(tick.day))),
                         anchor: .middleRight, role: .tickLabel)
        }
        builder.line(from: Point(spine, plot.y), to: Point(spine, plot.maxY), stroke: Stroke(color: theme.axis, width: 1), role: .axis)

        // Spans first, under the other marks.
        var marks = Array(repeating: Rect(x: 0, y: 0, width: 0, height: 0), count: chart.events.count)
        var markBuilder = SceneBuilder(measurer: measurer)
        for pass in [true, false] {
            for (index, event) in chart.events.enumerated() where (event.end != nil) == pass {
                let across = spine + (Double(event.track) + 0.5) * column
                marks[index] = drawMark(event, scale: scale, across: across, horizontal: false, into: &markBuilder)
            }
        }

        // Labels go in the order of their marks (the middle of a month or year), not of first days.
        let anchors = chart.events.indices.map { index in
            chart.events[index].end == nil ? marks[index].midY : marks[index].y + min(marks[index].height / 2, 6 * u)
        }
        let order = chart.events.indices.sorted { (anchors[$0], $0) < (anchors[$1], $1) }
        let blocks = chart.events.map { event -> (lines: [String], size: (width: Double, height: Double)) in
            let lines = labelLines(event, maxWidth: labelWidth)
            return (lines, labelSize(event, lines: lines))
        }
        // Downward pass: each label as close to its mark as the one above allows, skipping era labels.
        var tops = Array(repeating: 0.0, count: chart.events.count)
        var previousBottom = plot.y - gap
        for index in order {
            let size = blocks[index].size
            var top = max(anchors[index] - size.height / 2, previousBottom + gap, content.y)
            while let blocker = obstacles.first(where: { $0.intersects(Rect(x: labelX, y: top, width: size.width, height: size.height)) }) {
                top = blocker.maxY + gap
            }
            tops[index] = top
            previousBottom = top + size.height
        }
        // Upward pass: pull labels that run past the bottom back up.
        var limit = plot.maxY + tickHeight / 2
        for index in order.reversed() {
            let height = blocks[index].size.height
            if tops[index] + height > limit { tops[index] = limit - height }
            limit = tops[index] - gap
        }
        var lastBottom = -Double.infinity
        var placed: [(Int, Rect)] = []
        for index in order {
            let event = chart.events[index]
            let box = Rect(x: labelX, y: tops[index], width: blocks[index].size.width, height: blocks[index].size.height)
            let collides = box.y < content.y - 0.01 || box.y < lastBottom - 0.01 || obstacles.contains { $0.intersects(box) }
            if collides {
                warnings.append(unplaced(event, reason: "the labels before and after it fill the height; make the chart taller"))
                continue
            }
            lastBottom = box.maxY + gap
            let firstLine = box.y + measurer.measure("Hg", font: labelFont(event)).height / 2
            builder.path([Point(marks[index].maxX, anchors[index]), Point(labelX - 8 * u, firstLine), Point(labelX - 2 * u, firstLine)],
                         stroke: Stroke(color: theme.axis, width: theme.hairline), role: .stem)
            placed.append((index, box))
        }
        markBuilder.items.forEach { builder.append($0) }
        for (index, box) in placed {
            drawHalo(box, eras: eraBands, into: &builder)
            drawLabel(chart.events[index], lines: blocks[index].lines, box: box, into: &builder)
        }
    }
}
