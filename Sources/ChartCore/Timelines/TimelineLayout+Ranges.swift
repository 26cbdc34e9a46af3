extension TimelineLayout {
    /// One row per item, time left to right (a Gantt chart): each item's label (and its dates)
    /// in a column at the left of its row, and a bar from its start to its end, in successive
    /// segments when it has several end columns.
    ///
    /// - A label that does not fit the column whole goes inside its bar when it fits the bar's
    ///   first solid segment (not a highlighted one, inside its ring), else is shortened with "…"
    ///   (a warning).
    /// - The date lines sit under the labels when every row has room for both, else each just
    ///   after its bar's end or before its start; where neither has room it is left to the axis (said).
    /// - A range that has not ended runs to the `as_of` date (else to the end of the axis) and
    ///   ends in a point.
    /// - The uncertain part of an approximate start or end (`~2023`) is drawn lighter.
    /// - Rows too thin for a line of text keep their bars; their labels are left out and the
    ///   warning says how tall the chart must be.
    func ranges(in frame: Rect, into builder: inout SceneBuilder, warnings: inout [String], information: inout [String]) {
        let gap = theme.gap, u = theme.unit
        var content = frame
        let legend: [(label: String, color: Color)] = !chart.segments.isEmpty
            ? chart.segments.indices.map { (chart.segments[$0], segmentColor($0, track: 0)) }
            : chart.hasTracks ? chart.tracks.indices.map { (chart.tracks[$0], trackColor($0)) } : []
        if !legend.isEmpty { content = Legend.layout(legend, in: content, theme: theme, into: &builder) }
        let count = chart.events.count
        let dateHeight = builder.lineHeight(theme.detail)
        let eraRow = chart.eras.isEmpty ? 0 : dateHeight + gap
        let rowsTop = content.y + eraRow
        let rowsHeight = max(1, content.height - eraRow - builder.lineHeight(theme.tick) - 2 * gap)
        let step = rowsHeight / Double(max(1, count))
        // Names in the label type, or in the smaller detail type when rows are too thin for it.
        // A line is as tall as the tallest name's (Chinese and fallback fonts have taller lines);
        // a line box holds its own leading, so one line fits a row of its height.
        func tallest(_ font: (TimelineChart.Event) -> FontStyle) -> Double {
            chart.events.map { measurer.measure($0.label, font: font($0)).height }.max() ?? 0
        }
        let labelHeight = max(builder.lineHeight(theme.label), tallest(labelFont))
        let small = step < labelHeight
        func nameFont(_ event: TimelineChart.Event) -> FontStyle { small ? theme.detail : labelFont(event) }
        let nameHeight = small ? max(builder.lineHeight(theme.detail), tallest(nameFont)) : labelHeight
        // Lines of the name a row can hold, and whether the date line fits under one of them.
        let nameLines = step < nameHeight ? 0 : max(1, min(2, Int(((step - gap) / nameHeight).rounded(.down))))
        let dateUnder = step - gap >= nameHeight + dateHeight
        let labelLines = dateUnder ? min(nameLines, Int(((step - gap - dateHeight) / nameHeight).rounded(.down))) : nameLines

        // The column is as wide as the widest label and date line, at most a third of the width;
        // dates go under the labels only when every one fits it (in two lines at most, between
        // words), so that all sit alike; otherwise the column is no wider than the labels need.
        let cap = content.width / 3
        let names = chart.events.map { measurer.measure($0.label, font: nameFont($0)).width }.max() ?? 0
        let dates = dateUnder ? chart.events.map { measurer.measure(dateLine($0), font: theme.detail).width }.max() ?? 0 : .infinity
        let dateWrapper = TextWrapper(measurer: measurer, font: theme.detail)
        let datesUnder = dates <= cap || (dates.isFinite && chart.events.allSatisfy {
            dateWrapper.fit(dateLine($0), maxWidth: cap, maxLines: 2)?.shortened == false
        })
        let column = nameLines >= 1 ? min(datesUnder ? max(names, dates) : names, cap) : 0
        let plot = Rect(x: content.x + (column > 0 ? column + 3 * gap : 0), y: rowsTop,
                        width: max(1, content.width - (column > 0 ? column + 3 * gap : 0)), height: rowsHeight)
        let axis = TimeAxis(domain: rangeDomain, range: (plot.x + gap, plot.maxX - gap),
                            spacing: measurer.measure(chart.locale.month(9, year: 2023), font: theme.tick).width + 6 * gap,
                            locale: chart.locale)
        let scale = axis.scale
        let eras = drawEras(scale: scale, plot: plot, across: (plot.y, plot.maxY), orientation: .horizontal, labelRow: content.y,
                            into: &builder, warnings: &warnings).bands
        axis.draw(across: (plot.y, plot.maxY), orientation: .horizontal, bounds: content, theme: theme, into: &builder)

        let thickness = min(max(1, step * 0.6), 20 * u)
        // A highlighted bar's ring stays inside its row.
        let ringPad = max(0.5, min(3 * u, (step - thickness) / 2 - 0.5))
        var shortened = 0, inside = 0, datesLeft = 0, tooTall = 0
        for (index, event) in chart.events.enumerated() {
            let middle = rowsTop + (Double(index) + 0.5) * step
            // Open ranges run to the date the chart is current to, else to the end of the axis.
            let openEnd = chart.asOf.map { scale(Double($0.endDay)) } ?? plot.maxX
            let (bar, solid) = drawRange(index, scale: scale, plotEnd: openEnd, middle: middle, thickness: thickness,
                                         ringPad: ringPad, into: &builder)
            guard nameLines >= 1 else { continue }
            let font = nameFont(event)
            let wrapper = TextWrapper(measurer: measurer, font: font)
            var block = TextBlock(), dateInColumn = false
            if let whole = wrapper.fit(event.label, maxWidth: column, maxLines: max(1, labelLines)), !whole.shortened {
                block = TextBlock(whole.lines, font: font, color: theme.ink, role: .eventLabel, measurer: measurer)
            } else if !event.highlighted, case let size = measurer.measure(event.label, font: font),
                      size.height <= thickness, size.width + 2 * gap <= solid.width {
                let fill = segmentColor(0, track: event.track)
                builder.text(event.label, font: font, color: fill.clearer(of: theme.ink, theme.background),
                             at: Point(solid.x + gap, middle), anchor: TextAnchor(.left, .middle), role: .eventLabel, datum: index)
                inside += 1
            } else if let cut = wrapper.fit(event.label, maxWidth: column, maxLines: max(1, labelLines)) {
                block = TextBlock(cut.lines, font: font, color: theme.ink, role: .eventLabel, measurer: measurer)
                shortened += 1
            }
            // Lines taller than the type's usual (Chinese, fallback fonts) may not fit the row as planned.
            if block.height > step, let one = wrapper.fit(event.label, maxWidth: column, maxLines: 1) {
                block = TextBlock(one.lines, font: font, color: theme.ink, role: .eventLabel, measurer: measurer)
                if block.height > step {
                    block = TextBlock()
                    tooTall += 1
                } else if one.shortened {
                    shortened += 1
                }
            }
            let date = dateLine(event), dateSize = measurer.measure(date, font: theme.detail), dateWidth = dateSize.width
            let dateLines = datesUnder ? dateWrapper.fit(date, maxWidth: column, maxLines: 2)?.lines ?? [date] : [date]
            if datesUnder && block.height + Double(dateLines.count) * dateSize.height <= step - gap {
                block.append(dateLines, font: theme.detail, color: theme.mutedInk, role: .eventDate, measurer: measurer)
                dateInColumn = true
            }
            block.draw(at: Point(content.x, middle), anchor: TextAnchor(.left, .middle), datum: index, into: &builder)
            guard !dateInColumn else { continue }
            // Beside the bar: after its end, else before its start, on a halo over the gridlines.
            let at: Point?
            if bar.maxX + 2 * gap + dateWidth <= plot.maxX && dateSize.height <= step {
                at = Point(bar.maxX + 2 * gap, middle)
            } else if bar.x - 2 * gap - dateWidth >= plot.x && dateSize.height <= step {
                at = Point(bar.x - 2 * gap - dateWidth, middle)
            } else {
                at = nil
            }
            guard let at else { datesLeft += 1; continue }
            let run = builder.run(date, font: theme.detail, color: theme.mutedInk, at: at, anchor: TextAnchor(.left, .middle))
            drawHalo(run.bounds, datum: index, eras: eras, into: &builder)
            builder.append(SceneItem(.eventDate, .text(run), datum: index))
        }
        if nameLines < 1 && count > 0 {
            let needed = neededHeight(rows: count, rowsHeight: rowsHeight)
            warnings.append("\(count) ranges leave \(String(format: "%.1f", step)) px a row, too little for a label line: labels left out; make the chart taller (height ≥ \(needed))")
        }
        if small && nameLines >= 1 { information.append("range labels set in the smaller type to fit \(count) rows") }
        if tooTall > 0 { warnings.append("\(tooTall) range labels left out: their lines are taller than their rows; make the chart taller") }
        if shortened > 0 { warnings.append("\(shortened) range label(s) shortened with “…” to fit the label column") }
        if inside > 0 { information.append("\(inside) range label(s) set inside their bars, too wide for the label column") }
        if datesLeft > 0 {
            let notes = chart.events.contains { $0.note != nil } ? " (with their notes)" : ""
            warnings.append("\(datesLeft) range date line(s)\(notes) left out: no room beside their bars; the axis gives the dates")
        }
    }

    /// About how tall the chart must be for `rows` rows to hold a line of the smaller type each,
    /// when they have `rowsHeight` now: type and margins grow with the canvas until its width
    /// bounds them, so the height is found by trying taller canvases (5 % at a time).
    func neededHeight(rows: Int, rowsHeight: Double) -> Int {
        let around = chart.height - rowsHeight
        var height = chart.height
        for _ in 0..<200 {
            let taller = Theme(width: chart.width, height: height, colors: theme.colors, locale: chart.locale)
            let line = measurer.measure("Hg", font: taller.detail).height
            // What is not rows (title, axis, source) grows with the type.
            if height - around * taller.unit / theme.unit >= Double(rows) * line { break }
            height *= 1.05
        }
        return Int(height.rounded(.up))
    }

    /// The colour of segment `segment` of a range in `track`: the segment's when segments are
    /// named, else the track's.
    func segmentColor(_ segment: Int, track: Int) -> Color {
        chart.segments.isEmpty ? trackColor(track) : theme.palette[segment]
    }

    /// Draws the bar of range `index` centred on `middle`: its segments, an arrowhead to
    /// `plotEnd` when it has not ended, the uncertain parts of approximate dates lighter, and a
    /// ring `ringPad` outside it when highlighted. Returns the box of all it drew and the part of
    /// its first segment in one solid colour (where a label may go).
    private func drawRange(_ index: Int, scale: TimeScale, plotEnd: Double, middle: Double, thickness: Double, ringPad: Double,
                           into builder: inout SceneBuilder) -> (outer: Rect, solid: Rect) {
        let event = chart.events[index], u = theme.unit
        let top = middle - thickness / 2
        var from = event.startDay, left = scale(from), right = left
        func rect(_ a: Double, _ b: Double) -> Rect { Rect(x: a, y: top, width: max(1, b - a), height: thickness) }
        var solid: Rect?
        for (segment, end) in event.ends.enumerated() {
            let (a, b) = (scale(from), scale(Double(end.period.upperBound)))
            builder.rect(rect(a, b), fill: segmentColor(segment, track: event.track), role: .span, datum: index)
            if solid == nil { solid = rect(a, b) }
            right = max(right, a + max(1, b - a))
            from = Double(end.period.upperBound)
        }
        if event.isOpen {
            // Up to the end of the axis, then a pointed end: no end is claimed.
            let head = min(max(4 * u, thickness * 0.6), max(2, (plotEnd - right) / 2))
            let fill = segmentColor(event.ends.count, track: event.track)
            builder.rect(rect(right, plotEnd - head), fill: fill, role: .span, datum: index)
            if solid == nil { solid = rect(right, plotEnd - head) }
            builder.path([Point(plotEnd - head, top), Point(plotEnd, middle), Point(plotEnd - head, top + thickness)],
                         closed: true, fill: fill, stroke: nil, role: .span, datum: index)
            right = plotEnd
        }
        // The uncertain periods of approximate dates, lighter.
        var plain = solid ?? rect(left, right)
        for (segment, date) in ([event.date] + event.ends).enumerated() where date.isApproximate {
            // In the colour of the segment the date ends (the start: the first).
            let lighter = theme.background.mixed(with: segmentColor(max(0, segment - 1), track: event.track), amount: 0.45)
            let a = max(left, scale(Double(date.period.lowerBound))), b = min(right, scale(Double(date.period.upperBound)))
            guard b > a else { continue }
            builder.rect(rect(a, b), fill: lighter, role: .span, datum: index)
            // What is left of the solid part: the longer side of the lighter period.
            if a < plain.maxX && b > plain.x {
                plain = a - plain.x >= plain.maxX - b ? rect(plain.x, max(plain.x, a)) : rect(min(b, plain.maxX), plain.maxX)
            }
        }
        var box = Rect(x: left, y: top, width: max(1, right - left), height: thickness)
        if event.highlighted {
            let ring = box.insetBy(-ringPad)
            builder.path([Point(ring.x, ring.y), Point(ring.maxX, ring.y), Point(ring.maxX, ring.maxY), Point(ring.x, ring.maxY)],
                         closed: true, stroke: Stroke(color: theme.ink, width: 1.5 * u), role: .marker, datum: index)
            box = ring.insetBy(-0.75 * u)
        }
        return (box, plain)
    }

    /// The dates the range axis covers: every start and end, the eras and the `as_of` date,
    /// padded; ranges that have not ended add room for their points.
    var rangeDomain: (Double, Double) {
        var (low, high) = domain
        if let asOf = chart.asOf {
            high = max(high, Double(asOf.endDay) + (high - low) * 0.03)
        } else if chart.events.contains(where: \.isOpen) {
            high += (high - low) * 0.05
        }
        return (low, high)
    }
}
