extension BarLayout {
    /// Lays out vertical bars in `content`.
    ///
    /// With `mayTurn`, returns a reason instead of drawing when category labels or value labels do
    /// not fit (the caller then draws horizontally); otherwise draws with the best compromise and
    /// records it in `warnings`. Returns `nil` when it drew.
    @discardableResult
    func vertical(in content: Rect, into builder: inout SceneBuilder, warnings: inout [String], mayTurn: Bool) -> String? {
        let u = theme.unit, gap = theme.gap
        let count = chart.categories.count, seriesCount = chart.isStacked ? 1 : chart.series.count
        let tickHeight = builder.lineHeight(theme.tick)
        var valueFont = theme.valueLabel
        var showValueLabels = chart.valueLabels
        let ratioHeight = builder.lineHeight(theme.labelBold)
        let ratioBlock = 8 * u + ratioHeight + gap
        let negatives = valueExtent.0 < 0 && chart.scale == .linear
        var top = content.y
        if chart.valueAxisTitle != nil { top += tickHeight + gap }

        // Tick labels set the plot's left edge, which sets band widths, which set category label
        // wrapping, which sets the plot's bottom edge and so the ticks: repeat until stable.
        var categoryHeight = 0.0, noteHeight = 0.0
        var plot = content, scale: ValueScale!, bands: BandScale!
        var labels = CategoryLabels(blocks: [], every: 1, shortened: 0, droppedDetails: 0)
        // Ordered categories (years, months) are thinned rather than turned; names are turned when allowed.
        let mayThin = !mayTurn || chart.categoriesAreOrdered
        var tickLabels: [String] = [], noteLines: [Int: [String]] = [:]
        for _ in 0..<4 {
            let previous = (categoryHeight, noteHeight)
            let valueRoom = showValueLabels ? builder.lineHeight(valueFont) + gap : tickHeight / 2
            let headroom = max(valueRoom, tickHeight / 2) + noteHeight + Double(ratios.count) * ratioBlock
            let bottomRoom = categoryHeight + 2 * gap + (negatives ? builder.lineHeight(valueFont) + gap : 0)
            let plotTop = top + headroom, plotBottom = max(plotTop + 1, content.maxY - bottomRoom)
            scale = ValueScale(chart.scale, extent: valueExtent, range: (plotBottom, plotTop),
                               tickCount: min(10, max(2, (plotBottom - plotTop) / (60 * u))))
            tickLabels = tickTexts(scale)
            let tickWidth = tickLabels.map { measurer.measure($0, font: theme.tick).width }.max() ?? 0
            let left = content.x + tickWidth + 2 * gap
            bands = BandScale(count: count, range: (left, content.maxX), paddingInner: 0.25, paddingOuter: 0.15)
            let widest = Double(seriesCount) * (seriesCount == 1 ? 160 : 110) * u
            if bands.bandwidth > widest {
                let span = widest / 0.75 * (Double(count) - 0.25 + 0.3)
                let start = left + (content.maxX - left - span) / 2
                bands = BandScale(count: count, range: (start, start + span), paddingInner: 0.25, paddingOuter: 0.15)
            }
            plot = Rect(x: left, y: plotTop, width: content.maxX - left, height: plotBottom - plotTop)
            labels = CategoryLabels.below(chart, step: abs(bands.step), theme: theme, measurer: measurer, mayThin: mayThin)
            categoryHeight = labels.height
            let noteWrapper = TextWrapper(measurer: measurer, font: theme.detail)
            noteLines = notes.mapValues { noteWrapper.wrap($0, maxWidth: abs(bands.step) - gap).lines }
            noteHeight = Double(noteLines.values.map(\.count).max() ?? 0) * builder.lineHeight(theme.detail)
            if previous == (categoryHeight, noteHeight) { break }
        }

        if mayTurn && !labels.complete && !mayThin {
            return "the category labels do not fit under \(count) vertical bars"
        }
        warnings += labels.warnings(count: count)
        let barStep = bands.bandwidth / Double(seriesCount)
        let room = seriesCount == 1 ? abs(bands.step) - u : barStep - u
        if showValueLabels {
            let widest = { (font: FontStyle) in self.endLabels.map { self.measurer.measure(self.valueText($0.value, category: $0.category), font: font).width }.max() ?? 0 }
            if widest(valueFont) > room {
                valueFont.size *= 0.85
                if widest(valueFont) > room {
                    if mayTurn && horizontalValueLabelsFit(in: content) { return "the value labels are wider than the vertical bars" }
                    showValueLabels = false
                    warnings.append("value labels left out: they are wider than the bars; the axis gives the values")
                }
            }
        }

        if let axisTitle = chart.valueAxisTitle {
            builder.text(axisTitle, font: theme.tick, color: theme.mutedInk, at: Point(content.x, content.y), role: .axisTitle)
        }
        for (tick, label) in zip(scale.ticks, tickLabels) {
            let y = Crisp.half(scale(tick))
            if tick != scale.base {
                builder.line(from: Point(plot.x, y), to: Point(plot.maxX, y), stroke: Stroke(color: theme.grid, width: theme.hairline), role: .grid)
            }
            builder.text(label, font: theme.tick, color: theme.mutedInk, at: Point(plot.x - 2 * gap, scale(tick)),
                         anchor: .middleRight, role: .tickLabel)
        }
        var barTops: [Int: Double] = [:]
        var skippedSegmentLabels = 0
        for segment in segments {
            let (x, width) = barSlot(category: segment.category, series: segment.series, bands: bands)
            let start = segment.start.isNaN ? scale.base : segment.start
            let rect = Rect.spanning(Point(x, scale(start)), Point(x + width, scale(segment.end)))
            builder.rect(rect, fill: color(category: segment.category, series: segment.series), role: .bar, datum: segment.category)
            barTops[segment.category] = min(barTops[segment.category] ?? .infinity, rect.y)
            if chart.isStacked && showValueLabels && !drawSegmentLabel(segment, in: rect, padding: (2 * u, 2 * u), into: &builder) {
                skippedSegmentLabels += 1
            }
        }
        warnings += segmentWarning(skippedSegmentLabels)
        let baseY = Crisp.half(scale(scale.base))
        builder.line(from: Point(plot.x, baseY), to: Point(plot.maxX, baseY), stroke: Stroke(color: theme.baseline, width: 1), role: .axis)

        let categoryTop = plot.maxY + 2 * gap + (negatives ? builder.lineHeight(valueFont) + gap : 0)
        for (index, block) in labels.blocks.enumerated() {
            block.draw(x: bands.center(index), top: categoryTop, align: .center, datum: index, into: &builder)
        }
        var labelTops: [Int: Double] = [:]
        if showValueLabels {
            for label in endLabels {
                let center = barCenter(category: label.category, series: label.series, bands: bands)
                let y = scale(label.end)
                let box = label.value >= 0 || chart.scale == .log
                    ? builder.text(valueText(label.value, category: label.category), font: valueFont, color: theme.ink, at: Point(center, y - gap), anchor: .bottomCenter, role: .valueLabel, datum: label.category)
                    : builder.text(valueText(label.value, category: label.category), font: valueFont, color: theme.ink, at: Point(center, y + gap), anchor: .topCenter, role: .valueLabel, datum: label.category)
                labelTops[label.category] = min(labelTops[label.category] ?? .infinity, box.y)
            }
        }
        for (category, lines) in noteLines.sorted(by: { $0.key < $1.key }) {
            let bottom = min(labelTops[category] ?? .infinity, barTops[category] ?? plot.maxY) - gap
            let height = Double(lines.count) * builder.lineHeight(theme.detail)
            builder.lines(lines, font: theme.detail, color: theme.secondaryInk, x: bands.center(category), top: bottom - height,
                          align: .center, role: .annotationLabel, datum: category)
            labelTops[category] = bottom - height
        }
        let aboveLabels = plot.y - (showValueLabels ? builder.lineHeight(valueFont) + gap : 0) - noteHeight
        for (level, ratio) in ratios.enumerated() {
            let lineY = aboveLabels - 8 * u - Double(level) * ratioBlock
            let x1 = bands.center(ratio.from), x2 = bands.center(ratio.to)
            let stroke = Stroke(color: theme.secondaryInk, width: max(1, u))
            let leg1 = (labelTops[ratio.from] ?? barTops[ratio.from] ?? plot.y) - 3 * u
            let leg2 = (labelTops[ratio.to] ?? barTops[ratio.to] ?? plot.y) - 3 * u
            builder.path([Point(x1, leg1), Point(x1, lineY), Point(x2, lineY), Point(x2, leg2)], stroke: stroke, role: .annotation)
            builder.text(ratio.text, font: theme.labelBold, color: theme.ink, at: Point((x1 + x2) / 2, lineY - 2 * u),
                         anchor: .bottomCenter, role: .annotationLabel)
        }
        return nil
    }

    /// Whether value labels would fit beside horizontal bars of this chart in `content`: turning
    /// for them is no use when the bars would be thinner than a label there too.
    func horizontalValueLabelsFit(in content: Rect) -> Bool {
        let bars = Double(chart.categories.count * (chart.isStacked ? 1 : chart.series.count))
        return content.height / bars * 0.7 >= measurer.measure("Hg", font: theme.valueLabel).height
    }
}
