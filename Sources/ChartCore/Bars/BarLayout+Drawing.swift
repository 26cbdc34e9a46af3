import Dataset

extension BarLayout {
    /// Draws the plot that `geometry` sized: axis, bars, category labels, value labels, notes and
    /// ratio brackets, in that paint order, in either orientation.
    func draw(_ geometry: BarGeometry, content: Rect, into builder: inout SceneBuilder, notes: inout LayoutNotes) {
        let o = geometry.orientation, plot = geometry.plot, gap = theme.gap, u = theme.unit
        let scale = geometry.axis.scale, bands = geometry.bands
        if let title = chart.valueAxisTitle {
            if o == .vertical {
                builder.text(title, font: theme.tick, color: theme.mutedInk, at: Point(content.x, content.y), role: .axisTitle)
            } else {
                let below = plot.maxY + gap + geometry.axis.labelExtent(o) + gap
                builder.text(title, font: theme.tick, color: theme.mutedInk, at: Point(plot.midX, below), anchor: .topCenter,
                             role: .axisTitle)
            }
        }
        geometry.axis.drawTicks(in: plot, orientation: o, theme: theme, into: &builder)

        // Bars (stacked segments with their labels inside), then the baseline over them. `farEnd`
        // is how far each category reaches on the far side (towards larger values), where notes and
        // ratio brackets go: its bar's end, or the baseline for a negative bar, then the labels there.
        var farEnd = chart.categories.indices.map { _ in scale(scale.base) }
        func reach(_ category: Int, _ along: Double) {
            farEnd[category] = o.forward > 0 ? max(farEnd[category], along) : min(farEnd[category], along)
        }
        var skipped = 0
        for segment in segments {
            let (start, thickness) = barSlot(category: segment.category, series: segment.series, bands: bands)
            let from = segment.start.isNaN ? scale.base : segment.start
            let rect = o.rect(along: (scale(from), scale(segment.end)), across: (start, start + thickness))
            builder.rect(rect, fill: color(category: segment.category, series: segment.series), role: .bar, datum: segment.category)
            reach(segment.category, scale(max(from, segment.end)))
            if chart.isStacked && geometry.showValueLabels
                && !drawSegmentLabel(segment, in: rect, padding: o == .vertical ? (2 * u, 2 * u) : (4 * u, 0), into: &builder) {
                skipped += 1
            }
        }
        notes.information += segmentInformation(skipped)
        geometry.axis.drawBaseline(in: plot, orientation: o, theme: theme, into: &builder)

        // Category labels on the base side, past the labels of negative bars; or the time axis.
        let baseSide = o.forward < 0 ? o.along(plot).1 : o.along(plot).0
        let baseEdge = baseSide - o.forward * (geometry.categoryGap + geometry.negativeRoom)
        if let domain = timeDomain {
            // Ticks no finer than the bars' periods, each under the bar of the date it names.
            let precision = periodPrecision
            var axis = TimeAxis(domain: domain, range: (plot.x, plot.maxX),
                                spacing: measurer.measure(precision == .day ? chart.locale.day(30, month: 9) : chart.locale.month(9, year: 2023),
                                                          font: theme.tick).width + 6 * gap,
                                minimumMonths: precision == .year ? 12 : precision == .month ? 1 : 0, locale: chart.locale)
            axis.centre(onBarsOf: precision)
            axis.draw(across: (baseEdge - 2 * gap, baseEdge - 2 * gap), orientation: .horizontal, bounds: content, theme: theme,
                      into: &builder)
        }
        for (index, block) in geometry.labels.blocks.enumerated() where !block.isEmpty {
            if o == .vertical {
                geometry.labels.draw(index, center: bands.center(index), top: baseEdge, into: &builder)
            } else {
                block.draw(at: o.point(along: baseEdge, across: bands.center(index)), anchor: o.beyond(-1), datum: index, into: &builder)
            }
        }

        // Value labels just beyond each bar's end (or stack's), then notes beyond them.
        for label in endLabels {
            let sign: Double = label.value >= 0 || chart.scale == .log ? 1 : -1
            let end = scale(label.end)
            if sign > 0 { reach(label.category, end) }
            guard geometry.showValueLabels else { continue }
            let offset = o == .vertical ? gap : 1.5 * gap
            let at = o.point(along: end + o.forward * sign * offset, across: barCenter(category: label.category, series: label.series, bands: bands))
            let box = builder.text(text(label), font: geometry.valueFont, color: theme.ink,
                                   at: at, anchor: o.beyond(sign), role: .valueLabel, datum: label.category)
            if sign > 0 { reach(label.category, o.forward > 0 ? o.along(box).1 : o.along(box).0) }
        }
        // Notes on the far side, beyond the bar or its label (beyond the baseline for a negative bar).
        for (category, note) in geometry.notes.sorted(by: { $0.key < $1.key }) {
            let end = farEnd[category] + o.forward * (o == .vertical ? gap : 2 * gap)
            let box = note.draw(at: o.point(along: end, across: bands.center(category)), anchor: o.beyond(1), datum: category,
                                into: &builder)
            reach(category, o.forward > 0 ? o.along(box).1 : o.along(box).0)
        }

        // Ratio brackets beyond every label, one level each: legs from the two bars' far ends.
        var level = geometry.labelsEnd
        for ratio in ratios {
            let size = measurer.measure(ratio.text, font: theme.labelBold)
            let line = level + o.forward * 8 * u
            let a = bands.center(ratio.from), b = bands.center(ratio.to)
            let leg = { (category: Int) in farEnd[category] + o.forward * 3 * u }
            builder.path([o.point(along: leg(ratio.from), across: a), o.point(along: line, across: a),
                          o.point(along: line, across: b), o.point(along: leg(ratio.to), across: b)],
                         stroke: Stroke(color: theme.secondaryInk, width: max(1, u)), role: .annotation)
            builder.text(ratio.text, font: theme.labelBold, color: theme.ink,
                         at: o.point(along: line + o.forward * 2 * u, across: (a + b) / 2), anchor: o.beyond(1), role: .annotationLabel)
            level = line + o.forward * (o.along((size.width, size.height)) + 2 * gap)
        }
    }
}
