/// The keys of a bar chart spec (top level of `charts/NAME.toml`, beside ``ChartSpec``'s).
///
/// ```toml
/// category = "label"            # required: the column naming each bar
/// value = "amount"              # one series: the column holding the values …
/// [[series]]                    # … or several: one table per series (column, label, color)
/// column = "total"
/// label = "Total"
/// layout = "grouped"            # "grouped" (default) or "stacked", for several series
/// orientation = "auto"          # "auto" (default), "vertical" or "horizontal"
/// scale = "linear"              # "linear" (default, from zero) or "log" (powers of ten)
/// sort = "none"                 # "none" (file order, default), "ascending" or "descending"
/// highlight = ["Hanguang 800"]  # categories drawn in the accent colour, the rest muted
/// detail = "date"               # optional column shown as a second line under each category
/// value_axis = "RMB billion"    # optional title of the value axis
/// value_labels = true           # label each bar with its value (default true)
/// more_than = false             # every value is a "more than" floor: labels read "> ¥100B", rounded down
/// gaps = "date"                 # instead of `value`: bars are the intervals between consecutive dates
/// gap_unit = "months"           # "months" (default) or "days", for `gaps`
/// gap_range = true              # `gaps`: the "date → date" line under each bar (default true; `detail` replaces it)
/// time_axis = false             # categories that are dates on a true time scale: bars as wide as their period, gaps where periods are missing
/// [format]                      # number format for ticks and labels (NumberFormatSpec)
/// [[annotations]]               # a ratio between two bars, or a note on one (AnnotationSpec)
/// ```
public struct BarOptions: Sendable {
    /// Bar direction.
    public enum Orientation: String, SpecChoice { case auto, vertical, horizontal }
    /// How several series share a category.
    public enum Layout: String, SpecChoice { case grouped, stacked }
    /// The value scale.
    public enum Scale: String, SpecChoice { case linear, log }
    /// Category order.
    public enum Sort: String, SpecChoice { case none, ascending, descending }
    /// The unit of derived gaps between dates.
    public enum GapUnit: String, SpecChoice { case months, days }

    public var category: String?
    public var value: String?
    public var series: [SeriesSpec]
    public var layout: Layout
    public var orientation: Orientation
    public var scale: Scale
    public var sort: Sort
    /// Only the first bars after sorting (top N), when given.
    public var limit: Int?
    /// A column naming each row's series, for long tables (one row per category and series):
    /// the rows are turned into one bar group per category, one series per name.
    public var seriesFrom: String?
    /// Colours a one-series chart's bars by `"sign"` (negative values in their own colour) or by
    /// the value of a column (one colour per distinct value), named in a legend.
    public var colorBy: String?
    /// The bars `limit` may keep.
    public static let limitRange = 1...10_000
    public var highlight: [String]
    public var detail: String?
    public var valueAxis: String?
    public var valueLabels: Bool
    /// Whether every value is a floor ("more than RMB 100 billion"): labels say so and round down.
    public var moreThan: Bool
    public var format: NumberFormatSpec
    public var annotations: [AnnotationSpec]
    /// A date column whose consecutive rows become the bars (the cadence of releases).
    public var gaps: String?
    public var gapUnit: GapUnit
    /// Whether a `gaps` chart shows each interval's "date → date" line (unless `detail` names another).
    public var gapRange: Bool
    /// Whether date categories sit on a true time scale (vertical bars only).
    public var timeAxis: Bool

    enum CodingKeys: String, CodingKey, CaseIterable {
        case category, value, series, layout, orientation, scale, sort, limit, highlight, detail, format, annotations, gaps
        case seriesFrom = "series_from"
        case colorBy = "color_by"
        case valueAxis = "value_axis"
        case valueLabels = "value_labels"
        case moreThan = "more_than"
        case gapUnit = "gap_unit"
        case gapRange = "gap_range"
        case timeAxis = "time_axis"
    }

    /// Decodes the bar keys from the spec's top-level table (unknown keys are checked by ``ChartSpec``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        category = try c.optional(String.self, .category, decoder.collector)
        value = try c.optional(String.self, .value, decoder.collector)
        series = try c.optional([SeriesSpec].self, .series, decoder.collector) ?? []
        layout = try c.decodeChoice(Layout.self, forKey: .layout, decoder.collector) ?? .grouped
        orientation = try c.decodeChoice(Orientation.self, forKey: .orientation, decoder.collector) ?? .auto
        scale = try c.decodeChoice(Scale.self, forKey: .scale, decoder.collector) ?? .linear
        sort = try c.decodeChoice(Sort.self, forKey: .sort, decoder.collector) ?? .none
        limit = try c.optional(Int.self, .limit, decoder.collector)
        seriesFrom = try c.optional(String.self, .seriesFrom, decoder.collector)
        colorBy = try c.optional(String.self, .colorBy, decoder.collector)
        if let limit, !Self.limitRange.contains(limit) {
            try SpecProblemCollector.report(SpecProblem(keyPath: SpecProblem.keyPath(c.codingPath + [CodingKeys.limit]),
                                                        message: "\(limit) bars is out of range",
                                                        hint: "keep 1 to \(Self.limitRange.upperBound) bars, or leave limit out"),
                                            to: decoder.collector)
            self.limit = nil
        }
        highlight = try c.optional([String].self, .highlight, decoder.collector) ?? []
        detail = try c.optional(String.self, .detail, decoder.collector)
        valueAxis = try c.optional(String.self, .valueAxis, decoder.collector)
        valueLabels = try c.optional(Bool.self, .valueLabels, decoder.collector) ?? true
        moreThan = try c.optional(Bool.self, .moreThan, decoder.collector) ?? false
        format = try c.optional(NumberFormatSpec.self, .format, decoder.collector) ?? NumberFormatSpec()
        annotations = try c.optional([AnnotationSpec].self, .annotations, decoder.collector) ?? []
        gaps = try c.optional(String.self, .gaps, decoder.collector)
        gapUnit = try c.decodeChoice(GapUnit.self, forKey: .gapUnit, decoder.collector) ?? .months
        gapRange = try c.optional(Bool.self, .gapRange, decoder.collector) ?? true
        timeAxis = try c.optional(Bool.self, .timeAxis, decoder.collector) ?? false
    }
}

/// One `[[series]]` table: a value column drawn as its own colour.
public struct SeriesSpec: Decodable, Equatable, Sendable {
    /// The column holding this series' values (required).
    public var column: String
    /// The legend label (default: the column name).
    public var label: String?
    /// A colour as `#RRGGBB` (default: the theme palette in order).
    public var color: String?

    enum CodingKeys: String, CodingKey, CaseIterable { case column, label, color }

    /// A series of `column`, labelled `label` (the column name by default).
    public init(column: String, label: String? = nil, color: String? = nil) {
        self.column = column
        self.label = label
        self.color = color
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        guard let column = try c.optional(String.self, .column, decoder.collector) else {
            throw SpecProblem(keyPath: SpecProblem.keyPath(c.codingPath + [CodingKeys.column]),
                              message: "missing required key", hint: "name the value column, e.g. column = \"total\"")
        }
        self.column = column
        label = try c.optional(String.self, .label, decoder.collector)
        color = try c.optional(String.self, .color, decoder.collector)
        if let color, Color(hex: color) == nil {
            try SpecProblemCollector.report(SpecProblem(keyPath: SpecProblem.keyPath(c.codingPath + [CodingKeys.color]),
                                                        message: "`\(color)` is not a colour", hint: "write it as #RRGGBB, e.g. #0072B2"),
                                            to: decoder.collector)
            self.color = nil
        }
    }
}

/// One `[[annotations]]` table.
///
/// ```toml
/// [[annotations]]
/// type = "ratio"        # a bracket between two bars labelled with to ÷ from, e.g. "3.8×"
/// from = "2017 pledge"  # category of the base bar
/// to = "2025 plan"      # category of the compared bar
/// text = "3.8× larger"  # optional: replaces the computed label
///
/// [[annotations]]
/// type = "note"         # a short text beside one bar
/// category = "Qwen2"
/// text = "with GQA"
/// ```
public struct AnnotationSpec: Decodable, Equatable, Sendable {
    /// The annotation kinds.
    public enum Kind: String, SpecChoice { case ratio, note }

    public var type: Kind
    public var from: String?
    public var to: String?
    public var category: String?
    public var text: String?

    enum CodingKeys: String, CodingKey, CaseIterable { case type, from, to, category, text }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func path(_ key: CodingKeys) -> String { SpecProblem.keyPath(c.codingPath + [key]) }
        guard let type = try c.decodeChoice(Kind.self, forKey: .type, decoder.collector) else {
            throw SpecProblem(keyPath: path(.type), message: "missing required key",
                              hint: "add type = \"ratio\" or type = \"note\"")
        }
        self.type = type
        from = try c.optional(String.self, .from, decoder.collector)
        to = try c.optional(String.self, .to, decoder.collector)
        category = try c.optional(String.self, .category, decoder.collector)
        text = try c.optional(String.self, .text, decoder.collector)
        switch type {
        case .ratio:
            for key in [CodingKeys.from, .to] where try c.optional(String.self, key, decoder.collector) == nil {
                throw SpecProblem(keyPath: path(key), message: "a ratio needs `from` and `to`",
                                  hint: "name the two categories to compare")
            }
        case .note:
            if category == nil {
                throw SpecProblem(keyPath: path(.category), message: "a note needs the category it is about")
            }
            if text == nil {
                throw SpecProblem(keyPath: path(.text), message: "a note needs its text")
            }
        }
    }
}
