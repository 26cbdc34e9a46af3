import Dataset

/// A validated bar chart: the figures to draw and how, resolved from a spec and its dataset.
public struct BarChart: Equatable, Sendable {
    /// One bar position (one row of the dataset).
    public struct Category: Equatable, Sendable {
        /// The category name as in the data.
        public var name: String
        /// A second, smaller line under the name (a formatted date, a unit), if the spec asks.
        public var detail: String?
        /// Whether the spec highlights it.
        public var highlighted: Bool
        /// Whether its value is approximate (drawn lighter, labelled with `≈`).
        public var approximate: Bool
        /// Whether its value is only an upper bound (drawn lighter, labelled with `≤`).
        public var atMost: Bool
        /// Whether its values are only floors, "more than" each (labelled with `>`, rounded down).
        public var atLeast: Bool

        /// Creates a category.
        public init(name: String, detail: String? = nil, highlighted: Bool = false, approximate: Bool = false,
                    atMost: Bool = false, atLeast: Bool = false) {
            self.name = name
            self.detail = detail
            self.highlighted = highlighted
            self.approximate = approximate
            self.atMost = atMost
            self.atLeast = atLeast
        }
    }

    /// One value series.
    public struct Series: Equatable, Sendable {
        /// The legend label.
        public var label: String
        /// The colour, or `nil` for the palette's next.
        public var color: Color?

        /// Creates a series.
        public init(label: String, color: Color? = nil) {
            self.label = label
            self.color = color
        }
    }

    /// A resolved annotation.
    public enum Annotation: Equatable, Sendable {
        /// A bracket from one category's bar to another's, labelled (e.g. "3.8×").
        case ratio(from: Int, to: Int, text: String)
        /// A short note beside one category's bar.
        case note(category: Int, text: String)
    }

    public var frame: ChartFrame.Texts
    public var width: Double
    public var height: Double
    public var categories: [Category]
    public var series: [Series]
    /// `values[category][series]`.
    public var values: [[Double]]
    public var layout: BarOptions.Layout
    public var orientation: BarOptions.Orientation
    public var scale: BarOptions.Scale
    public var format: NumberFormat
    public var valueAxisTitle: String?
    public var valueLabels: Bool
    public var annotations: [Annotation]
    /// Colour groups of a one-series chart (by sign or by a column): the groups' legend labels,
    /// and each category's group. Empty: every bar takes the series colour.
    public var colorGroups: [String] = []
    public var groupOfCategory: [Int] = []
    /// With `time_axis`, the days each category covers (first day, day after the last), rising:
    /// the bars sit on a time scale. `nil`: evenly spaced bands.
    public var periods: [Range<Int>]?
    /// The colours it is drawn in.
    public var theme: ThemeName = .light
    /// The language it is written in (dates, numbers and the tool's own words).
    public var locale: ChartLocale = .en

    /// Creates a chart model directly (tests); charts from files come from ``BarChartBuilder``.
    public init(frame: ChartFrame.Texts, width: Double = 800, height: Double = 500, categories: [Category],
                series: [Series], values: [[Double]], layout: BarOptions.Layout = .grouped,
                orientation: BarOptions.Orientation = .auto, scale: BarOptions.Scale = .linear,
                format: NumberFormat = NumberFormat(), valueAxisTitle: String? = nil, valueLabels: Bool = true,
                annotations: [Annotation] = []) {
        self.frame = frame
        self.width = width
        self.height = height
        self.categories = categories
        self.series = series
        self.values = values
        self.layout = layout
        self.orientation = orientation
        self.scale = scale
        self.format = format
        self.valueAxisTitle = valueAxisTitle
        self.valueLabels = valueLabels
        self.annotations = annotations
    }

    /// Whether the series are stacked (several series, stacked layout).
    public var isStacked: Bool { layout == .stacked && series.count > 1 }

    /// The precision (and, on a linear scale, the unit) that the chart's value labels share, over
    /// every value and every stack's total of the categories known exactly (see
    /// ``NumberFormat/labelStyle(for:sharedUnit:)``): an approximate value or an upper bound
    /// keeps the fewer decimals it is known to (``valueText(_:category:style:)``).
    public var valueLabelStyle: NumberFormat.LabelStyle {
        let exact = categories.indices.filter { !categories[$0].approximate && !categories[$0].atMost }.map { values[$0] }
        let totals = isStacked ? exact.map { $0.reduce(0, +) } : []
        return format.labelStyle(for: exact.flatMap { $0 } + totals, sharedUnit: scale == .linear,
                                 roundingDown: categories.contains(where: \.atLeast))
    }

    /// The label of `value` of category `category` in `style`: `≈` first when the value is
    /// approximate, `≤ ` when it is an upper bound, `> ` when a floor (see
    /// ``valueNumber(_:category:style:)``).
    public func valueText(_ value: Double, category: Int, style: NumberFormat.LabelStyle) -> String {
        let known = categories[category]
        let qualifier = known.atMost ? "≤ " : known.atLeast ? "> " : known.approximate ? "≈" : ""
        return qualifier + valueNumber(value, category: category, style: style)
    }

    /// `value` of category `category` written in `style`: an approximate value or an upper bound
    /// with only the decimals it is known to, a floor rounded down (so that it stays a floor).
    public func valueNumber(_ value: Double, category: Int, style: NumberFormat.LabelStyle) -> String {
        let known = categories[category]
        if known.approximate || known.atMost { return format.format(format.stepped(value), unit: style.unit) }
        return format.format(value, style: style, roundingDown: known.atLeast)
    }
}
