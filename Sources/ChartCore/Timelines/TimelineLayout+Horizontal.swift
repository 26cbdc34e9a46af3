extension TimelineLayout {
    /// Time left to right: a lane per track, labels above and below each lane's line.
    func horizontal(in content: Rect, into builder: inout SceneBuilder, warnings: inout [String], unplaced: inout [Unplaced]) {
        let u = theme.unit, gap = theme.gap
        let nameWrapper = TextWrapper(measurer: measurer, font: theme.labelBold)
        let trackNames = chart.tracks.map { nameWrapper.wrap($0, maxWidth: 90 * u).lines }
        let nameWidth = chart.hasTracks
            ? (trackNames.flatMap { $0 }.map(nameWrapper.width).max() ?? 0) + 4 * gap : 0
        let tickHeight = builder.lineHeight(theme.tick)
        let eraRow = chart.eras.isEmpty ? 0 : builder.lineHeight(theme.detail) + gap
        let plot = Rect(x: content.x + nameWidth, y: content.y + eraRow, width: max(1, content.width - nameWidth),
                        height: max(1, content.height - eraRow - tickHeight - 2 * gap))
        let axis = TimeAxis(domain: domain, range: (plot.x, plot.maxX),
                            spacing: measurer.measure(chart.locale.month(9, year: 2023), font: theme.tick).width + 6 * gap,
                            locale: chart.locale)
        let scale = axis.scale
        let eras = drawEras(scale: scale, plot: plot, across: (plot.y, plot.maxY), orientation: .horizontal, labelRow: content.y,
                            into: &builder, warnings: &warnings)
        let eraBands = eras.bands
        let obstacles = eras.labels + axis.draw(across: (plot.y, plot.maxY), orientation: .horizontal, bounds: content, theme: theme,
                                                into: &builder)

        // Lanes share the height by need: a lane whose labels crowd (many events within one label
        // width of each other) needs more levels above and below its line.
        let labelHeight = builder.lineHeight(theme.label) + builder.lineHeight(theme.detail)
        let needs = chart.tracks.indices.map { track -> Double in
            // The most events within one label width of each other (a sliding window).
            let events = chart.events.filter { $0.track == track }
            let positions = events.map { scale(($0.startDay + $0.endDay) / 2) }.sorted()
            let window = widestLabel(of: events) + gap
            var crowd = positions.isEmpty ? 0 : 1, first = 0
            for last in positions.indices {
                while positions[last] - positions[first] > window { first += 1 }
                crowd = max(crowd, last - first + 1)
            }
            return Double(max(2, crowd + 1)) * (labelHeight + gap) + 8 * u
        }
        // Each lane first gets room for one label on each side, then a share of the rest by need.
        let minimum = min(plot.height / Double(needs.count), 2 * (labelHeight + 2 * gap) + 10 * u)
        let extra = needs.map { max(0, $0 - minimum) }
        let spare = plot.height - minimum * Double(needs.count)
        var lanes: [Rect] = []
        var top = plot.y
        for index in needs.indices {
            let height = minimum + spare * extra[index] / max(1e-9, extra.reduce(0, +))
            lanes.append(Rect(x: plot.x, y: top, width: plot.width, height: height))
            top += height
        }
        for (track, lane) in lanes.enumerated() {
            let y = Crisp.half(lane.midY)
            builder.line(from: Point(plot.x, y), to: Point(plot.maxX, y), stroke: Stroke(color: theme.axis, width: theme.hairline), role: .lane)
            if chart.hasTracks {
                let lineHeight = builder.lineHeight(theme.labelBold)
                let top = lane.midY - Double(trackNames[track].count) * lineHeight / 2
                builder.lines(trackNames[track], font: theme.labelBold, color: trackColor(track), x: content.x, top: top,
                              role: .trackLabel)
            }
        }
        // Spans first (under the dots), each in the first row of its lane where it overlaps no
        // other span; rows alternate below and above the lane's line.
        var marks = Array(repeating: Rect(x: 0, y: 0, width: 0, height: 0), count: chart.events.count)
        var markBuilder = SceneBuilder(measurer: measurer)
        var rows = Array(repeating: IntervalRows(), count: chart.tracks.count)
        // Spans and deadlines ("by 2018", whose mark reaches back from its day) go in rows; other
        // marks sit on the line.
        func inRow(_ event: TimelineChart.Event) -> Bool { event.end != nil || event.date.isBound }
        let daysPerPixel = 1 / max(1e-9, abs(scale(1) - scale(0)))
        func extent(_ event: TimelineChart.Event) -> (Double, Double) {
            event.date.isBound && event.end == nil ? (event.endDay - deadlineReach * daysPerPixel, event.endDay)
                : (event.startDay, event.endDay)
        }
        var rowOf: [Int: Int] = [:], across: [Int: Double] = [:]
        for (index, event) in chart.events.enumerated() where inRow(event) {
            // Row 0 (on the lane's line) only when no mark on the line falls in it, so that no
            // dot sits on a span and no stem has to cross one.
            let (start, end) = extent(event)
            let pointInside = chart.events.contains {
                !inRow($0) && $0.track == event.track && extent($0).0 < end && start < extent($0).1
            }
            let row = rows[event.track].place((start, end), from: pointInside ? 1 : 0, limit: 8)
            let offset = row == 0 ? 0 : Double((row + 1) / 2) * 14 * u * (row % 2 == 1 ? 1 : -1)
            rowOf[index] = event.track * 8 + row  // a lane has at most 8 rows
            across[index] = lanes[event.track].midY + offset
        }
        let notched = notchedSpans(rowOf, scale: scale)
        for index in chart.events.indices where inRow(chart.events[index]) {
            marks[index] = drawMark(index, scale: scale, across: across[index]!, orientation: .horizontal,
                                    notched: notched.contains(index), into: &markBuilder)
        }
        let piled = piledDots(scale: scale) { lanes[chart.events[$0].track].midY }
        for (index, event) in chart.events.enumerated() where !inRow(event) {
            marks[index] = drawMark(index, scale: scale, across: lanes[event.track].midY, orientation: .horizontal,
                                    piled: piled[index], into: &markBuilder)
        }
        var clearance = Array(repeating: 0.0, count: chart.tracks.count)
        // Labels start one level clear of the lane's points; spans in rows off the line are
        // cleared by the placer's check of each label against every mark.
        for (index, event) in chart.events.enumerated() where !inRow(event) {
            let line = lanes[event.track].midY
            clearance[event.track] = max(clearance[event.track], line - marks[index].y, marks[index].maxY - line)
        }

        var placer = LabelPlacer(canvas: Rect(x: 0, y: 0, width: chart.width, height: chart.height), marks: marks,
                                 obstacles: obstacles, gap: gap)
        var stems: [(Int, Point, Point)] = []
        var labels: [(Int, TextBlock, Rect)] = []
        // The stem positions still waiting for a label, per track, sorted.
        let anchors = chart.events.indices.map {
            chart.events[$0].end == nil ? pointAnchor(chart.events[$0], mark: marks[$0], orientation: .horizontal) : marks[$0].x + 2 * u
        }
        var waiting = chart.tracks.indices.map { track in
            chart.events.indices.filter { chart.events[$0].track == track }.map { anchors[$0] }.sorted()
        }
        // Latest first: each label then flies right over later events whose labels already sit
        // nearer the axis, so the stems of earlier events never have to cross them (a staircase).
        for (index, event) in chart.events.enumerated().reversed() {
            if let position = waiting[event.track].lastIndex(of: anchors[index]) { waiting[event.track].remove(at: position) }
            let lane = lanes[event.track]
            let bounds = Rect(x: plot.x, y: lane.y, width: content.maxX - plot.x, height: lane.height)
            let anchorX = anchors[index]
            var placed: LabelPlacer.Placement?
            let offset = stemOffset(event, mark: marks[index], orientation: .horizontal)
            func request(_ size: (width: Double, height: Double)) -> LabelPlacer.Request {
                LabelPlacer.Request(anchor: Point(anchorX, lane.midY), clearance: clearance[event.track], size: size,
                                    bounds: bounds, pending: waiting[event.track],
                                    stemStart: inRow(event) ? (marks[index].midY - offset, marks[index].midY + offset) : nil,
                                    ownMark: marks[index])
            }
            // A label of Latin text whose narrowest possible block finds no room, as it is or on two
            // or three lines, cannot be placed: it is reported without being measured.
            let canWrap = event.label.unicodeScalars.contains(" ") || event.label.unicodeScalars.contains(where: \.isEastAsianWide)
            if let bound = minimalBlock(event), !placer.fits(request((bound.width, bound.line + bound.date)))
                && (!canWrap || [2.0, 3.0].allSatisfy { !placer.fits(request((bound.width / $0, $0 * bound.line + bound.date))) }) {
                unplaced.append(Unplaced(event: index, reason: noRoom(event)))
                continue
            }
            let whole = labelBlock(event, lines: [event.label])
            var block = whole
            // As it is, then wrapped to half its width (when it has somewhere to break).
            for maxWidth in canWrap ? [nil, max(0.5 * whole.width, 60 * u)] : [nil] as [Double?] {
                if let maxWidth { block = labelBlock(event, lines: labelLines(event, maxWidth: maxWidth)) }
                placed = placer.place(request((block.width, block.height)))
                if placed != nil { break }
            }
            if let placed {
                // Drawn from the edge of its own mark (a point's placement used the lane's widest mark).
                let start = placed.stem.1.y < placed.stem.0.y ? marks[index].midY - offset : marks[index].midY + offset
                stems.append((index, Point(placed.stem.0.x, start), placed.stem.1))
                labels.append((index, block, placed.box))
            } else {
                unplaced.append(Unplaced(event: index, reason: noRoom(event)))
            }
        }
        for (index, from, to) in stems where from != to {
            builder.line(from: from, to: to, stroke: Stroke(color: theme.axis, width: theme.hairline), role: .stem, datum: index)
        }
        markBuilder.items.forEach { builder.append($0) }
        for (index, block, box) in labels {
            drawHalo(box, datum: index, eras: eraBands, into: &builder)
            block.draw(x: box.x, top: box.y, datum: index, into: &builder)
        }
    }

    /// The width of the widest one-line label block among `events`, found by measuring only the
    /// blocks with the most characters: the lanes' shares need an estimate, and a timeline of
    /// thousands of events draws few of their labels, so the others are never shaped.
    func widestLabel(of events: [TimelineChart.Event]) -> Double {
        guard events.count > 16 else { return events.map { labelBlock($0, lines: [$0.label]).width }.max() ?? 0 }
        let lengths = events.map { $0.label.unicodeScalars.count + dateLine($0).unicodeScalars.count }
        let longest = events.indices.sorted { (lengths[$0], $1) > (lengths[$1], $0) }.prefix(16)
        return longest.map { labelBlock(events[$0], lines: [events[$0].label]).width }.max() ?? 0
    }

    /// Why a label of a horizontal timeline was left out.
    func noRoom(_ event: TimelineChart.Event) -> String {
        "no free space in its track \(chart.hasTracks ? "“\(chart.tracks[event.track])” " : "")without overlapping other labels; make the chart taller or wider"
    }

    /// A lower bound of an event's label block, found without shaping its text: at least its
    /// characters' count of the narrowest advance wide, and exactly the fonts' line heights tall.
    /// `nil` for text beyond the Latin, Greek and Cyrillic letters and general punctuation that
    /// the theme's font covers: a character from a fallback font may make a line taller.
    func minimalBlock(_ event: TimelineChart.Event) -> (width: Double, line: Double, date: Double)? {
        let date = dateLine(event)
        guard (event.label + date).unicodeScalars.allSatisfy({ $0.value < 0x2100 }),
              let label = metrics[labelFont(event)], let detail = metrics[theme.detail] else { return nil }
        let width = max(Double(event.label.count) * label.narrowest, Double(date.count) * detail.narrowest)
        return (width, label.line, detail.line)
    }
}
