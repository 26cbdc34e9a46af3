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

        /// Creates a category.
        public init(name: String, detail: String? = nil, highlighted: Bool = false, approximate: Bool = false,
                    atMost: Bool = false) {
            self.name = name
            self.detail = detail
            self.highlighted = highlighted
            self.approximate = approximate
            self.atMost = atMost
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
}
