import Dataset

/// Lays out a ``BarChart`` into a ``Scene``.
///
/// The frame (title, subtitle, legend, notes, source) comes first; what is left holds the plot,
/// sized from the measured text around it (``BarGeometry``): tick labels, category labels,
/// value labels and annotations get their room before the bars do. One layout serves both
/// orientations: it works along and across the value axis, and ``Orientation`` maps that to the
/// canvas. With `orientation = "auto"`
/// bars are vertical unless their category or value labels cannot fit under or above them, in
/// which case the chart turns horizontal and says why in ``ChartLayout/information``. Value labels
/// sit just outside each bar's end (inside each segment when stacked); a label that cannot fit
/// without touching a neighbour is shrunk once, and otherwise left out with a warning.
public struct BarLayout {
    let chart: BarChart
    let theme: Theme
    let measurer: any TextMeasurer
    /// Whether some categories are highlighted (the others are then muted).
    let highlighting: Bool
    /// Whether the categories are ordered values, and how to thin their labels.
    let order: CategoryOrder
    /// The bars to draw: one per value when grouped, stacked segments when stacked.
    let segments: [Segment]
    /// The label at the end of each bar (grouped) or stack (stacked).
    let endLabels: [EndLabel]
    /// The precision and unit every value label shares.
    let valueStyle: NumberFormat.LabelStyle

    init(chart: BarChart, theme: Theme, measurer: any TextMeasurer) {
        self.chart = chart
        self.theme = theme
        self.measurer = measurer
        highlighting = chart.categories.contains(where: \.highlighted)
        order = CategoryOrder(chart)
        segments = Self.segments(chart)
        endLabels = Self.endLabels(chart, segments: segments)
        valueStyle = chart.valueLabelStyle
    }

    /// One drawn bar or stack segment, in value units.
    struct Segment {
        var category: Int
        var series: Int
        var start: Double
        var end: Double
    }

    /// Lays out `chart`, measuring text with `measurer`.
    public static func layout(_ chart: BarChart, measurer: any TextMeasurer) -> ChartLayout {
        BarLayout(chart: chart, theme: Theme(width: chart.width, height: chart.height, colors: .named(chart.theme), locale: chart.locale), measurer: measurer).run()
    }

    func run() -> ChartLayout {
        var builder = SceneBuilder(measurer: measurer)
        var content = ChartFrame.layout(chart.frame, width: chart.width, height: chart.height, theme: theme, into: &builder)
        if chart.series.count > 1 {
            let entries = chart.series.enumerated().map { index, series in
                (series.label, series.color ?? theme.palette[index])
            }
            content = Legend.layout(entries, in: content, theme: theme, into: &builder)
        } else if !chart.colorGroups.isEmpty {
            let entries = chart.colorGroups.indices.map { (chart.colorGroups[$0], groupColor($0)) }
            content = Legend.layout(entries, in: content, theme: theme, into: &builder)
        }
        var notes = LayoutNotes()
        let geometry: BarGeometry
        switch chart.orientation {
        case .vertical, .horizontal:
            let orientation: Orientation = chart.orientation == .vertical ? .vertical : .horizontal
            geometry = try! self.geometry(orientation, in: content, mayTurn: false, notes: &notes).get()
        case .auto:
            var attempt = LayoutNotes()
            switch self.geometry(.vertical, in: content, mayTurn: true, notes: &attempt) {
            case .success(let vertical):
                geometry = vertical
                notes += attempt
            case .failure(let reason):
                // Turn, unless the horizontal chart would show fewer category labels than the
                // vertical one with its labels shortened (a short chart of many bars).
                var turned = LayoutNotes(), kept = LayoutNotes()
                let horizontal = try! self.geometry(.horizontal, in: content, mayTurn: false, notes: &turned).get()
                let vertical = try! self.geometry(.vertical, in: content, mayTurn: false, notes: &kept).get()
                if vertical.labels.shown > horizontal.labels.shown {
                    geometry = vertical
                    notes.information.append("kept vertical: turned horizontal, the chart would show fewer category labels")
                    notes += kept
                } else {
                    geometry = horizontal
                    notes.information.append("drawn horizontally: \(reason)")
                    notes += turned
                }
            }
        }
        draw(geometry, content: content, into: &builder, notes: &notes)
        var scene = Scene(width: chart.width, height: chart.height, items: builder.items, datumNames: chart.categories.map(\.name))
        scene.metadata = SceneMetadata(title: chart.frame.title, description: AltText.describe(chart), source: chart.frame.source,
                                       language: chart.locale.languageTag)
        var layout = ChartLayout(scene: scene, warnings: notes.warnings, information: notes.information)
        layout.keyColors = keyColors
        return layout
    }

    /// The colours that carry meaning: the series', the colour groups', or highlighted bars' against the others.
    var keyColors: [ChartLayout.KeyColor] {
        if chart.series.count > 1 {
            return chart.series.indices.map { .init(chart.series[$0].label, chart.series[$0].color ?? theme.palette[$0]) }
        }
        if !chart.colorGroups.isEmpty { return chart.colorGroups.indices.map { .init(chart.colorGroups[$0], groupColor($0)) } }
        if highlighting { return [.init("highlighted bars", chart.series[0].color ?? theme.palette[0]), .init("the other bars", theme.muted)] }
        return []
    }

    // MARK: Shared pieces

    /// The bars to draw: one per value when grouped, stacked segments when stacked.
    static func segments(_ chart: BarChart) -> [Segment] {
        var result: [Segment] = []
        for (category, values) in chart.values.enumerated() {
            var positive = 0.0, negative = 0.0
            for (series, value) in values.enumerated() {
                if chart.isStacked {
                    let start = value >= 0 ? positive : negative
                    if value >= 0 { positive += value } else { negative += value }
                    result.append(Segment(category: category, series: series, start: start, end: start + value))
                } else {
                    result.append(Segment(category: category, series: series, start: .nan, end: value))
                }
            }
        }
        return result
    }

    /// The dates a time axis covers: the categories' periods, with a third of the shortest on each side.
    var timeDomain: (Double, Double)? {
        guard let periods = chart.periods, let first = periods.first, let last = periods.last else { return nil }
        let pad = Double(periods.map(\.count).min() ?? 1) / 3
        return (Double(first.lowerBound) - pad, Double(last.upperBound) + pad)
    }

    /// How precise the dates of a time axis's bars are (one precision for all: the builder checks).
    var periodPrecision: PartialDate.Precision {
        let days = chart.periods?.first?.count ?? 1
        return days >= 365 ? .year : days >= 28 ? .month : .day
    }

    /// The smallest and largest values the axis must show (bar ends; stack totals when stacked).
    var valueExtent: (Double, Double) {
        let ends = segments.flatMap { [$0.end] + ($0.start.isNaN ? [] : [$0.start]) }
        return (ends.min() ?? 0, ends.max() ?? 1)
    }

    /// The label shown at the end of each bar (grouped) or stack (stacked).
    static func endLabels(_ chart: BarChart, segments: [Segment]) -> [EndLabel] {
        if chart.isStacked {
            // A stack's total at the end of its side; with segments on both sides of zero it is the
            // net total, and says so (it is not the length of either side).
            return chart.values.enumerated().map { category, values in
                let total = values.reduce(0, +)
                let end = total >= 0 ? values.filter { $0 > 0 }.reduce(0, +) : values.filter { $0 < 0 }.reduce(0, +)
                let net = values.contains { $0 > 0 } && values.contains { $0 < 0 }
                return EndLabel(category: category, series: -1, value: total, end: end, net: net)
            }
        }
        return segments.map {
            EndLabel(category: $0.category, series: $0.series, value: chart.values[$0.category][$0.series], end: $0.end, net: false)
        }
    }

    /// A value label at the end of a bar or stack (series −1 for a stack).
    struct EndLabel {
        var category: Int
        var series: Int
        var value: Double
        var end: Double
        /// Whether the value is the net total of a stack with segments on both sides of zero.
        var net: Bool
    }

    /// The text of a value label (formatted only when it may be drawn): `net −5` for a mixed stack.
    func text(_ label: EndLabel) -> String {
        (label.net ? chart.locale.net : "") + valueText(label.value, category: label.category)
    }

    /// Where a bar lies across the category axis: its start and thickness. A category's band holds
    /// one bar (one series, or a stack) or one slot per series, each bar filling 90% of its slot.
    func barSlot(category: Int, series: Int, bands: BandScale) -> (start: Double, thickness: Double) {
        let count = chart.isStacked ? 1 : chart.series.count
        let slot = bands.bandwidth / Double(count)
        if count == 1 || series < 0 { return (bands.start(category), bands.bandwidth) }
        return (bands.start(category) + Double(series) * slot, slot * 0.9)
    }

    /// The middle of a bar across the category axis (of the whole band for `series` −1, a stack).
    func barCenter(category: Int, series: Int, bands: BandScale) -> Double {
        let (start, thickness) = barSlot(category: category, series: series, bands: bands)
        return start + thickness / 2
    }

    /// The fill of a bar: series colour, or accent/muted when some categories are highlighted;
    /// approximate values and upper bounds are drawn at half strength.
    func color(category: Int, series: Int) -> Color {
        var fill: Color
        if chart.series.count == 1 && !chart.colorGroups.isEmpty {
            fill = groupColor(chart.groupOfCategory[category])
        } else if chart.series.count == 1 {
            fill = highlighting && !chart.categories[category].highlighted ? theme.muted : chart.series[0].color ?? theme.palette[0]
        } else {
            fill = chart.series[series].color ?? theme.palette[series]
            if highlighting && !chart.categories[category].highlighted { fill = fill.mixed(with: theme.background, amount: 0.6) }
        }
        if chart.categories[category].approximate || chart.categories[category].atMost {
            fill = fill.mixed(with: theme.background, amount: 0.5)
        }
        return fill
    }

    /// The colour of a colour group: the palette in order (by sign: the first colour for zero or
    /// more, the second for negative values).
    func groupColor(_ group: Int) -> Color {
        theme.palette[group]
    }

    /// Draws a stacked segment's value inside it, in ink or white for contrast, when it fits with
    /// `padding` to spare; returns whether it was drawn (a zero segment needs no label).
    func drawSegmentLabel(_ segment: Segment, in rect: Rect, padding: (x: Double, y: Double),
                          into builder: inout SceneBuilder) -> Bool {
        let value = chart.values[segment.category][segment.series]
        let text = valueText(value, category: segment.category)
        let size = measurer.measure(text, font: theme.label)
        guard size.width <= rect.width - padding.x && size.height <= rect.height - padding.y else { return value == 0 }
        let fill = color(category: segment.category, series: segment.series)
        builder.text(text, font: theme.label, color: fill.clearer(of: theme.ink, theme.background),
                     at: Point(rect.midX, rect.midY), anchor: .middleCenter, role: .valueLabel, datum: segment.category)
        return true
    }

    /// The information that segment labels were left out, if any were (the totals are labelled).
    func segmentInformation(_ skipped: Int) -> [String] {
        skipped == 0 ? [] : ["\(skipped) segment label(s) did not fit inside their segments and were left out; the totals are labelled"]
    }

    /// The value-label text of a category's bar, in the chart's shared style.
    func valueText(_ value: Double, category: Int) -> String {
        chart.valueText(value, category: category, style: valueStyle)
    }


    /// Tick label texts: one unit and precision for a linear axis, per tick on a log axis; without
    /// prefix and suffix when the axis has a title that names the unit.
    func tickTexts(_ scale: ValueScale) -> [String] {
        let bare = chart.valueAxisTitle != nil
        if case .log = scale.kind { return chart.format.logAxisLabels(scale.ticks, bare: bare) }
        return chart.format.axisLabels(scale.ticks, bare: bare)
    }

    /// The ratio annotations' texts, for sizing.
    var ratios: [(from: Int, to: Int, text: String)] {
        chart.annotations.compactMap { if case .ratio(let from, let to, let text) = $0 { return (from, to, text) } else { return nil } }
    }

    /// The note annotations, by category.
    var notes: [Int: String] {
        var result: [Int: String] = [:]
        for case .note(let category, let text) in chart.annotations {
            result[category] = result[category].map { $0 + "; " + text } ?? text
        }
        return result
    }
}
