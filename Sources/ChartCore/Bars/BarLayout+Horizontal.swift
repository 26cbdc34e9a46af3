extension BarLayout {
    /// Lays out horizontal bars in `content`: category labels on the left, values along the bottom.
    func horizontal(in content: Rect, into builder: inout SceneBuilder, warnings: inout [String]) {
        let u = theme.unit, gap = theme.gap
        let count = chart.categories.count, seriesCount = chart.isStacked ? 1 : chart.series.count
        let tickHeight = builder.lineHeight(theme.tick)
        var valueFont = theme.valueLabel
        var showValueLabels = chart.valueLabels

        // Category labels wrap to 30% of the width, or up to half of it when the bars are too
        // thin for the wrapped lines.
        let axisTitleRoom = chart.valueAxisTitle == nil ? 0 : tickHeight + gap
        let estimatedStep = (content.height - tickHeight - 2 * gap - axisTitleRoom) / (Double(count) + 0.1)
        var labels = CategoryLabels.beside(chart, step: estimatedStep, maxWidth: max(60 * u, 0.3 * content.width), theme: theme,
                                           measurer: measurer)
        for fraction in [0.4, 0.5] where !labels.complete {
            labels = CategoryLabels.beside(chart, step: estimatedStep, maxWidth: max(60 * u, fraction * content.width),
                                           theme: theme, measurer: measurer)
        }
        let categoryWidth = labels.width
        let noteTexts = notes
        let labelWidths = endLabels.map { label -> (Double, Bool) in
            let width = showValueLabels ? measurer.measure(valueText(label.value, category: label.category), font: valueFont).width : 0
            let note = noteTexts[label.category].map { measurer.measure($0, font: theme.detail).width + 2 * gap } ?? 0
            return (width + note, label.value >= 0 || chart.scale == .log)
        }
        var rightRoom = (labelWidths.filter(\.1).map(\.0).max() ?? 0) + 2 * gap
        let leftRoom = labelWidths.filter { !$0.1 }.map(\.0).max().map { $0 + 2 * gap } ?? 0
        let ratioWidths = ratios.map { measurer.measure($0.text, font: theme.labelBold).width + 10 * u + 2 * gap }
        let axisTitleHeight = axisTitleRoom
        let left = content.x + categoryWidth + 3 * gap + leftRoom
        let plotBottom = content.maxY - tickHeight - 2 * gap - axisTitleHeight

        var scale: ValueScale!, tickLabels: [String] = [], plot = content
        var target = min(10, max(2, (content.maxX - left) / (80 * u)))
        while true {
            let right = content.maxX - rightRoom - ratioWidths.reduce(0, +)
            plot = Rect(x: left, y: content.y, width: max(1, right - left), height: max(1, plotBottom - content.y))
            scale = ValueScale(chart.scale, extent: valueExtent, range: (plot.x, plot.maxX), tickCount: target)
            tickLabels = tickTexts(scale)
            let widths = tickLabels.map { measurer.measure($0, font: theme.tick).width }
            let crowded = zip(scale.ticks.indices.dropLast(), scale.ticks.indices.dropFirst()).contains { a, b in
                abs(scale(scale.ticks[b]) - scale(scale.ticks[a])) < (widths[a] + widths[b]) / 2 + 3 * gap
            }
            let overhang = (widths.last ?? 0) / 2
            if overhang > rightRoom && ratioWidths.isEmpty {
                rightRoom = overhang
                continue
            }
            if !crowded || target <= (chart.scale == .log ? 1 : 3) { break }
            target -= 1
        }

        var bands = BandScale(count: count, range: (plot.y, plot.maxY), paddingInner: 0.3, paddingOuter: 0.2)
        let thickest = Double(seriesCount) * 40 * u
        if bands.bandwidth > thickest {
            let span = thickest / 0.7 * (Double(count) - 0.3 + 0.4)
            let start = plot.y + (plot.height - span) / 2
            bands = BandScale(count: count, range: (start, start + span), paddingInner: 0.3, paddingOuter: 0.2)
        }
        // Planned again for the bands as drawn, in the width the plot left them.
        labels = CategoryLabels.beside(chart, step: abs(bands.step), maxWidth: max(1, categoryWidth), theme: theme, measurer: measurer)
        warnings += labels.warnings(count: count)

        for (tick, label) in zip(scale.ticks, tickLabels) {
            let x = Crisp.half(scale(tick))
            if tick != scale.base {
                builder.line(from: Point(x, plot.y), to: Point(x, plot.maxY), stroke: Stroke(color: theme.grid, width: theme.hairline), role: .grid)
            }
            builder.text(label, font: theme.tick, color: theme.mutedInk, at: Point(scale(tick), plot.maxY + gap),
                         anchor: .topCenter, role: .tickLabel)
        }
        if let axisTitle = chart.valueAxisTitle {
            builder.text(axisTitle, font: theme.tick, color: theme.mutedInk, at: Point(plot.midX, plot.maxY + gap + tickHeight + gap),
                         anchor: .topCenter, role: .axisTitle)
        }
        let barStep = bands.bandwidth / Double(seriesCount)
        // Labels of neighbouring bars sit one bar apart: shrink them once, or leave them out.
        let room = seriesCount == 1 ? abs(bands.step) : barStep
        if showValueLabels && !chart.isStacked && measurer.measure("Hg", font: valueFont).height > room {
            valueFont.size *= 0.85
            if measurer.measure("Hg", font: valueFont).height > room {
                showValueLabels = false
                warnings.append("value labels left out: the bars are thinner than their labels; the axis gives the values")
            }
        }
        var skippedSegmentLabels = 0
        for segment in segments {
            let (y, height) = barSlot(category: segment.category, series: segment.series, bands: bands)
            let start = segment.start.isNaN ? scale.base : segment.start
            let rect = Rect.spanning(Point(scale(start), y), Point(scale(segment.end), y + height))
            let fill = color(category: segment.category, series: segment.series)
            builder.rect(rect, fill: fill, role: .bar, datum: segment.category)
            if chart.isStacked && showValueLabels && !drawSegmentLabel(segment, in: rect, padding: (4 * u, 0), into: &builder) {
                skippedSegmentLabels += 1
            }
        }
        warnings += segmentWarning(skippedSegmentLabels)
        let baseX = Crisp.half(scale(scale.base))
        builder.line(from: Point(baseX, plot.y), to: Point(baseX, plot.maxY), stroke: Stroke(color: theme.baseline, width: 1), role: .axis)

        for (index, block) in labels.blocks.enumerated() {
            block.draw(x: content.x + categoryWidth, top: bands.center(index) - block.height / 2, align: .right, datum: index,
                       into: &builder)
        }
        var labelEnds: [Int: Double] = [:]
        for label in endLabels {
            let center = barCenter(category: label.category, series: label.series, bands: bands)
            let x = scale(label.end)
            let positive = label.value >= 0 || chart.scale == .log
            var end = x
            if showValueLabels {
                let box = builder.text(valueText(label.value, category: label.category), font: valueFont, color: theme.ink,
                                       at: Point(positive ? x + 1.5 * gap : x - 1.5 * gap, center),
                                       anchor: positive ? .middleLeft : .middleRight, role: .valueLabel, datum: label.category)
                end = positive ? box.maxX : box.x
            }
            if let note = noteTexts[label.category], label.series <= 0 {
                let box = builder.text(note, font: theme.detail, color: theme.secondaryInk,
                                       at: Point(positive ? end + 2 * gap : end - 2 * gap, center),
                                       anchor: positive ? .middleLeft : .middleRight, role: .annotationLabel, datum: label.category)
                end = positive ? box.maxX : box.x
            }
            labelEnds[label.category] = max(labelEnds[label.category] ?? -.infinity, end)
        }
        var column = plot.maxX + rightRoom
        for (level, ratio) in ratios.enumerated() {
            let x = column + 6 * u
            let y1 = bands.center(ratio.from), y2 = bands.center(ratio.to)
            let stroke = Stroke(color: theme.secondaryInk, width: max(1, u))
            let leg1 = (labelEnds[ratio.from] ?? scale(scale.base)) + 3 * u
            let leg2 = (labelEnds[ratio.to] ?? scale(scale.base)) + 3 * u
            builder.path([Point(leg1, y1), Point(x, y1), Point(x, y2), Point(leg2, y2)], stroke: stroke, role: .annotation)
            builder.text(ratio.text, font: theme.labelBold, color: theme.ink, at: Point(x + 2 * gap, (y1 + y2) / 2),
                         anchor: .middleLeft, role: .annotationLabel)
            column += ratioWidths[level]
        }
    }
}
