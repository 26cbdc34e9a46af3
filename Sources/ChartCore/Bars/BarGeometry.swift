/// Where everything of a bar chart's plot goes, sized once for either orientation.
///
/// Around the plot, in orientation-free terms: the **base side** (below vertical bars, left of
/// horizontal ones) holds the category labels and the labels of negative bars; the **far side**
/// (above, or right) holds value labels, notes and ratio brackets; the **tick side** (left of
/// vertical bars, under horizontal ones) holds the tick labels. Tick labels set the bands, bands
/// set the category labels, category labels set the value axis and so the ticks: the sizing
/// repeats until nothing changes (six rounds at most).
struct BarGeometry {
    var orientation: Orientation
    var plot: Rect
    var axis: ValueAxis
    var bands: BandScale
    var labels: CategoryLabels
    /// Each category's note, wrapped to its band (vertical) or on one line (horizontal).
    var notes: [Int: TextBlock]
    var valueFont: FontStyle
    var showValueLabels: Bool
    /// Room taken by the labels of negative bars on the base side.
    var negativeRoom: Double
    /// The space between the plot's base edge and the category labels (clear of the first tick label).
    var categoryGap: Double
    /// The far edge of value labels and notes, where ratio brackets start (an along position).
    var labelsEnd: Double

    /// Orientation-dependent proportions: band padding, the thickest bar, tick spacing.
    struct Style {
        var paddingInner: Double
        var paddingOuter: Double
        var thickest: (single: Double, perSeries: Double)
        var tickSpacing: Double

        static func of(_ orientation: Orientation, unit u: Double) -> Style {
            orientation == .vertical
                ? Style(paddingInner: 0.25, paddingOuter: 0.15, thickest: (160 * u, 110 * u), tickSpacing: 60 * u)
                : Style(paddingInner: 0.3, paddingOuter: 0.2, thickest: (40 * u, 40 * u), tickSpacing: 80 * u)
        }
    }
}

extension BarLayout {
    /// Sizes the plot in `content`. With `mayTurn` (vertical, `orientation = "auto"`), returns a
    /// reason instead when the category or value labels do not fit, so the caller turns the chart;
    /// otherwise takes the best compromise and records it in `report`.
    func geometry(_ orientation: Orientation, in content: Rect, mayTurn: Bool,
                  notes report: inout LayoutNotes) -> Result<BarGeometry, TurnReason> {
        let u = theme.unit, gap = theme.gap
        let style = BarGeometry.Style.of(orientation, unit: u)
        let count = chart.categories.count, seriesCount = chart.isStacked ? 1 : chart.series.count
        let tickHeight = measurer.measure("Hg", font: theme.tick).height
        let titleRoom = chart.valueAxisTitle == nil ? 0 : tickHeight + gap
        let mayThin = !mayTurn || order.isOrdered
        var valueFont = theme.valueLabel
        var showValueLabels = chart.valueLabels

        // Value labels are measured once per font size, and not at all when even one digit would
        // not fit across the bars (thousands of bars).
        var measured: [Double: [TextSize]] = [:]
        func sizes(_ font: FontStyle) -> [TextSize] {
            if let known = measured[font.size] { return known }
            let sizes = endLabels.map { measurer.measure(text($0), font: font) }
            measured[font.size] = sizes
            return sizes
        }
        func valueRooms(_ font: FontStyle) -> (positive: [Int: Double], negative: Double) {
            guard showValueLabels else { return ([:], 0) }
            var positive: [Int: Double] = [:], negative = 0.0
            for (label, size) in zip(endLabels, sizes(font)) {
                let extent = orientation.along((size.width, size.height)) + 2 * gap
                if label.value >= 0 || chart.scale == .log {
                    positive[label.category] = max(positive[label.category] ?? 0, extent)
                } else {
                    negative = max(negative, extent)
                }
            }
            return (positive, negative)
        }
        let digit = measurer.measure("0", font: FontStyle(size: 0.85 * theme.valueLabel.size, weight: theme.valueLabel.weight, face: theme.face))
        let ratioRoom = ratios.map { ratio -> Double in
            let size = measurer.measure(ratio.text, font: theme.labelBold)
            return 8 * u + orientation.along((size.width, size.height)) + 2 * gap
        }.reduce(0, +)

        var geometry: BarGeometry!
        var baseRoom = 0.0, farRoom = 0.0, tickRoom = 0.0
        var noteCounts = (shortened: 0, leftOut: 0)
        for round in 0..<6 {
            let previous = (baseRoom, farRoom, tickRoom)
            // Pixel ranges: along runs from the base side to the far side, across over the bands.
            let along: (Double, Double), across: (Double, Double)
            switch orientation {
            case .vertical:
                along = (content.maxY - baseRoom, content.y + titleRoom + farRoom)
                across = (content.x + tickRoom, content.maxX)
            case .horizontal:
                along = (content.x + baseRoom, content.maxX - farRoom)
                across = (content.y, content.maxY - tickRoom - titleRoom)
            }
            let safeAlong = orientation == .vertical ? (max(along.0, along.1 + 1), along.1) : (along.0, max(along.1, along.0 + 1))
            let axis = ValueAxis.fitted(chart.scale, extent: valueExtent, range: safeAlong, orientation: orientation,
                                        spacing: style.tickSpacing, gap: gap, texts: tickTexts,
                                        measure: { measurer.measure($0, font: theme.tick) })
            let bands = self.bands(across: across, style: style)
            let step = abs(bands.step)
            let labels = categoryLabels(orientation, bands: bands, across: across, content: content, mayThin: mayThin)
            let planned = noteBlocks(orientation, step: step)
            let notes = planned.blocks
            noteCounts = (planned.shortened, planned.leftOut)
            let room = (seriesCount == 1 ? step : bands.bandwidth / Double(seriesCount)) - u
            if showValueLabels && room < orientation.across((digit.width, digit.height)) {
                // Not one digit fits across a bar, even shrunk: no label can.
                if mayTurn && horizontalValueLabelsFit(in: content) { return .failure(.valueLabels) }
                showValueLabels = false
                report.warnings.append(valueLabelsLeftOut(orientation))
            }
            let rooms = valueRooms(valueFont)
            let noteRoom = { (category: Int) in notes[category].map { orientation.along(($0.width, $0.height)) + gap } ?? 0 }
            let farLabels = chart.categories.indices.map { (rooms.positive[$0] ?? 0) + noteRoom($0) }.max() ?? 0
            let overhang = axis.overhang(orientation)
            let categoryRoom = chart.periods != nil ? tickHeight + gap
                : labels.blocks.isEmpty ? 0 : orientation == .vertical ? labels.depth : labels.width
            // Below vertical bars the first tick label reaches past the plot's edge, beside the
            // first category label: keep the labels under it.
            let categoryGap = orientation == .vertical ? max(2 * gap, overhang.0 + gap) : 3 * gap
            baseRoom = max(categoryRoom + categoryGap + rooms.negative, overhang.0)
            farRoom = max(farLabels, overhang.1) + ratioRoom
            tickRoom = axis.labelExtent(orientation) + 2 * gap
            let plot = orientation.rect(along: safeAlong, across: across)
            geometry = BarGeometry(orientation: orientation, plot: plot, axis: axis, bands: bands, labels: labels, notes: notes,
                                   valueFont: valueFont, showValueLabels: showValueLabels, negativeRoom: rooms.negative,
                                   categoryGap: categoryGap,
                                   labelsEnd: safeAlong.1 + orientation.forward * max(farLabels, 0))
            if previous == (baseRoom, farRoom, tickRoom) || round == 5 {
                // Value labels sit side by side across the axis: each within its bar's slot, else
                // shrunk once, else left out (or the chart turns, when that would give them room).
                let widest = { (font: FontStyle) in sizes(font).map { orientation.across(($0.width, $0.height)) }.max() ?? 0 }
                guard showValueLabels && widest(valueFont) > room else { break }
                if valueFont.size == theme.valueLabel.size && widest(FontStyle(size: valueFont.size * 0.85, weight: valueFont.weight, face: valueFont.face)) <= room {
                    valueFont.size *= 0.85
                    continue
                }
                if mayTurn && horizontalValueLabelsFit(in: content) { return .failure(.valueLabels) }
                showValueLabels = false
                report.warnings.append(valueLabelsLeftOut(orientation))
                continue
            }
        }
        geometry.valueFont = valueFont
        geometry.showValueLabels = showValueLabels
        if noteCounts.shortened > 0 { report.warnings.append("\(noteCounts.shortened) note(s) shortened with “…” to fit above their bars") }
        if noteCounts.leftOut > 0 { report.warnings.append("\(noteCounts.leftOut) note(s) left out: their bars are narrower than a word") }
        if mayTurn && !geometry.labels.complete && !mayThin { return .failure(.categoryLabels(count)) }
        if chart.periods == nil { report.warnings += geometry.labels.warnings(count: count) }
        report.information += geometry.labels.information(count: count)
        return .success(geometry)
    }

    /// The bands across `across`, each bar at most the style's thickest (the rest centred); on a
    /// time axis, one per category's period.
    func bands(across: (Double, Double), style: BarGeometry.Style) -> BandScale {
        let count = chart.categories.count, seriesCount = chart.isStacked ? 1 : chart.series.count
        if let periods = chart.periods, let domain = timeDomain {
            let scale = TimeScale(domain: domain, range: across)
            let pixels = periods.map { scale(Double($0.lowerBound))...scale(Double($0.upperBound)) }
            let shortest = pixels.map { $0.upperBound - $0.lowerBound }.min() ?? 1
            let thickest = Double(seriesCount) * (seriesCount == 1 ? style.thickest.single : style.thickest.perSeries)
            return BandScale(periods: pixels, paddingInner: max(style.paddingInner, 1 - thickest / max(1e-9, shortest)))
        }
        let bands = BandScale(count: count, range: across, paddingInner: style.paddingInner, paddingOuter: style.paddingOuter)
        let thickest = Double(seriesCount) * (seriesCount == 1 ? style.thickest.single : style.thickest.perSeries)
        guard bands.bandwidth > thickest else { return bands }
        let span = thickest / (1 - style.paddingInner) * (Double(count) - style.paddingInner + 2 * style.paddingOuter)
        let start = (across.0 + across.1 - span) / 2
        return BandScale(count: count, range: (start, start + span), paddingInner: style.paddingInner, paddingOuter: style.paddingOuter)
    }

    /// The category labels for `bands`: under vertical bars, within the canvas and a third of its
    /// height when turned; beside horizontal ones, in 30% of the width, or up to half when needed.
    func categoryLabels(_ orientation: Orientation, bands: BandScale, across: (Double, Double), content: Rect,
                        mayThin: Bool) -> CategoryLabels {
        let step = abs(bands.step), gap = theme.gap, u = theme.unit
        if chart.periods != nil {
            // A time axis under the bars labels them with dates instead.
            return CategoryLabels(blocks: chart.categories.map { _ in TextBlock() }, every: chart.categories.count + 1,
                                  shortened: 0, droppedDetails: 0)
        }
        switch orientation {
        case .vertical:
            return CategoryLabels.below(chart, order: order, step: step,
                                        edge: { min(bands.center($0) - content.x, content.maxX - bands.center($0)) - gap },
                                        depth: 0.35 * content.height, left: { bands.center($0) - content.x },
                                        theme: theme, measurer: measurer, mayThin: mayThin)
        case .horizontal:
            let edge = { (index: Int) in min(bands.center(index) - across.0, across.1 - bands.center(index)) }
            var planned = CategoryLabels.beside(chart, order: order, step: step, maxWidth: max(60 * u, 0.3 * content.width),
                                                edge: edge, theme: theme, measurer: measurer)
            for fraction in [0.4, 0.5] where !planned.complete {
                planned = CategoryLabels.beside(chart, order: order, step: step, maxWidth: max(60 * u, fraction * content.width),
                                                edge: edge, theme: theme, measurer: measurer)
            }
            return planned
        }
    }

    /// Each note as a block: wrapped (between words) to its band above vertical bars, in at most
    /// four lines, the last shortened with "…" if need be; on one line beside horizontal ones. A note
    /// with no room for a word is left out. Also how many were shortened and left out.
    func noteBlocks(_ orientation: Orientation, step: Double) -> (blocks: [Int: TextBlock], shortened: Int, leftOut: Int) {
        let wrapper = TextWrapper(measurer: measurer, font: theme.detail)
        var blocks: [Int: TextBlock] = [:], shortened = 0, leftOut = 0
        for (category, text) in notes {
            var lines = [text]
            if orientation == .vertical {
                guard let fitted = wrapper.fit(text, maxWidth: step - theme.gap, maxLines: 4) else {
                    leftOut += 1
                    continue
                }
                lines = fitted.lines
                if fitted.shortened { shortened += 1 }
            }
            blocks[category] = TextBlock(lines, font: theme.detail, color: theme.secondaryInk, role: .annotationLabel,
                                         measurer: measurer)
        }
        return (blocks, shortened, leftOut)
    }

    /// Why vertical bars turned horizontal.
    enum TurnReason: Error, CustomStringConvertible {
        case categoryLabels(Int)
        case valueLabels

        var description: String {
            switch self {
            case .categoryLabels(let count): return "the category labels do not fit under \(count) vertical bars"
            case .valueLabels: return "the value labels are wider than the vertical bars"
            }
        }
    }

    /// The warning for value labels left out.
    func valueLabelsLeftOut(_ orientation: Orientation) -> String {
        orientation == .vertical
            ? "value labels left out: they are wider than the bars; the axis gives the values"
            : "value labels left out: the bars are thinner than their labels; the axis gives the values"
    }

    /// Whether value labels would fit beside horizontal bars of this chart in `content`: turning
    /// for them is no use when the bars would be thinner than a label there too.
    func horizontalValueLabelsFit(in content: Rect) -> Bool {
        let bars = Double(chart.categories.count * (chart.isStacked ? 1 : chart.series.count))
        return content.height / bars * 0.7 >= measurer.measure("Hg", font: theme.valueLabel).height
    }
}
