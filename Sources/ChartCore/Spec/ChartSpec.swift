/// One illustration, as written in `charts/NAME.toml`.
///
/// Keys common to every kind, with their defaults:
///
/// ```toml
/// kind = "bar"                 # required: "bar" (or "timeline")
/// data = "investment.csv"      # required: a CSV file in data/
/// title = "…"                  # required
/// subtitle = "…"               # optional
/// notes = "…"                  # optional, printed above the source line
/// source = "…"                 # optional: replaces the source line built from the data's `source` column
/// source_extra = "…"           # optional: appended to the built source line
/// locales = ["en", "zh"]      # optional: the languages, the spec's own first; text keys per locale as title_zh = "…"
/// width = 800                  # canvas width in 1× pixels (100…10000)
/// height = 500                 # canvas height in 1× pixels (100…10000)
/// ```
///
/// Bar charts add the keys of ``BarOptions``, timelines those of ``TimelineOptions``. Unknown
/// keys are errors with a did-you-mean; a key of the other kind says so.
public struct ChartSpec: Decodable, Sendable {
    /// The chart kinds.
    public enum Kind: String, SpecChoice {
        case bar, timeline
    }

    /// How an SVG carries its text's fonts.
    public enum SVGFonts: String, SpecChoice {
        /// Subsets of the fonts the chart was laid out with, inside the file: it looks the same
        /// for every reader.
        case embedded
        /// Only the font names: the smallest files, drawn with whatever fonts the reader has.
        case system
        /// Text as glyph outlines (`<path>`), for tools that ignore `@font-face`; not selectable,
        /// but each line keeps its words in an `aria-label`.
        case outlines
    }

    public var kind: Kind
    public var data: String
    public var title: String
    public var subtitle: String?
    public var notes: String?
    public var source: String?
    public var sourceExtra: String?
    /// The description for readers who cannot see the chart (generated from the chart when absent).
    public var alt: String?
    /// How the SVG carries its fonts (default: embedded subsets).
    public var svgFonts: SVGFonts
    /// The colours the chart is drawn in (`--theme` overrides it for a run).
    public var theme: ThemeName
    /// Named sizes, each an edition of its own (see ``Edition``).
    public var sizes: [String: SizeSpec]
    /// Further themes, each an edition of every size.
    public var themes: [ThemeName]
    /// The languages the chart is written in, the spec's own first (default: English only).
    public var locales: [ChartLocale]
    /// The language of this spec's texts: the first of ``locales``, or another for a translation.
    public var locale: ChartLocale
    /// The spec in each further locale, its text keys from `KEY_zh` (set by the spec loader).
    public var translations: [ChartLocale: ChartSpec] = [:]
    /// The text keys without a translation, by locale, as key paths (set by the spec loader).
    public var untranslatedKeys: [ChartLocale: [String]] = [:]
    /// The rows the chart keeps (all filters apply; none: every row).
    public var filters: [FilterSpec]
    /// The column of each row's provenance (default `source`).
    public var sourceColumn: String?
    public var width: Int
    public var height: Int
    /// Options of a bar chart (`nil` for other kinds).
    public var bar: BarOptions?
    /// Options of a timeline (`nil` for other kinds).
    public var timeline: TimelineOptions?

    /// The allowed canvas side, in 1× pixels.
    public static let sizeLimits = 100...10_000

    enum CodingKeys: String, CodingKey, CaseIterable {
        case kind, data, title, subtitle, notes, source, alt, width, height
        case sourceExtra = "source_extra"
        case svgFonts = "svg_fonts"
        case theme, sizes, themes, locales
        case filters = "filter"
        case sourceColumn = "source_column"
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func required<T: Decodable>(_ type: T.Type, _ key: CodingKeys, _ example: String) throws -> T {
            guard let value = try c.optional(type, key, decoder.collector) else {
                // A wrong value was recorded: report what was found so far rather than "missing".
                if let collector = decoder.collector, !collector.problems.isEmpty { throw SpecProblemList(problems: collector.problems) }
                throw SpecProblem(keyPath: key.stringValue, message: "missing required key",
                                  hint: "add e.g. \(key.stringValue) = \(example)")
            }
            return value
        }
        guard let kind = try c.decodeChoice(Kind.self, forKey: .kind, decoder.collector) else {
            // Without a kind the other keys cannot be checked: report what was found about it.
            if let collector = decoder.collector, !collector.problems.isEmpty { throw SpecProblemList(problems: collector.problems) }
            throw SpecProblem(keyPath: "kind", message: "missing required key", hint: "add kind = \"bar\" or kind = \"timeline\"")
        }
        self.kind = kind
        let problems = Self.unknownKeys(try decoder.container(keyedBy: AnyKey.self).allKeys.map(\.stringValue), kind: kind)
        if !problems.isEmpty {
            if let collector = decoder.collector {
                for problem in problems { try SpecProblemCollector.report(problem, to: collector) }
            } else {
                throw problems.count == 1 ? problems[0] as any Error : SpecProblemList(problems: problems)
            }
        }
        data = try required(String.self, .data, "\"figures.csv\"")
        title = try required(String.self, .title, "\"What the chart shows\"")
        subtitle = try c.optional(String.self, .subtitle, decoder.collector)
        notes = try c.optional(String.self, .notes, decoder.collector)
        source = try c.optional(String.self, .source, decoder.collector)
        sourceExtra = try c.optional(String.self, .sourceExtra, decoder.collector)
        alt = try c.optional(String.self, .alt, decoder.collector)
        svgFonts = try c.decodeChoice(SVGFonts.self, forKey: .svgFonts, decoder.collector) ?? .embedded
        theme = try c.decodeChoice(ThemeName.self, forKey: .theme, decoder.collector) ?? .light
        sizes = try c.optional([String: SizeSpec].self, .sizes, decoder.collector) ?? [:]
        for problem in Self.sizeNameProblems(sizes) { try SpecProblemCollector.report(problem, to: decoder.collector) }
        themes = try c.decodeChoices(ThemeName.self, forKey: .themes, naming: "a theme", decoder.collector) ?? []
        let namedLocales = try c.decodeChoices(ChartLocale.self, forKey: .locales, naming: "a supported locale", decoder.collector)
        locales = namedLocales ?? [.en]
        if namedLocales?.isEmpty == true {
            try SpecProblemCollector.report(SpecProblem(keyPath: "locales", message: "no locale given", hint: "name the spec's own first, e.g. locales = [\"en\", \"zh\"]"),
                                            to: decoder.collector)
        }
        locale = locales.first ?? .en
        filters = try c.optional([FilterSpec].self, .filters, decoder.collector) ?? []
        sourceColumn = try c.optional(String.self, .sourceColumn, decoder.collector)
        width = try c.optional(Int.self, .width, decoder.collector) ?? 800
        height = try c.optional(Int.self, .height, decoder.collector) ?? 500
        for problem in Self.canvasProblems(width: width, height: height, sizes: sizes) {
            try SpecProblemCollector.report(problem, to: decoder.collector)
        }
        if title.allSatisfy(\.isWhitespace) {
            try SpecProblemCollector.report(SpecProblem(keyPath: "title", message: "the title is blank", hint: "every chart needs a title"),
                                            to: decoder.collector)
        }
        bar = kind == .bar ? try BarOptions(from: decoder) : nil
        timeline = kind == .timeline ? try TimelineOptions(from: decoder) : nil
        if let collector = decoder.collector, !collector.problems.isEmpty {
            throw SpecProblemList(problems: collector.problems)
        }
    }
}

extension ChartSpec {
    /// The keys of `present` that no spec of `kind` takes, each with a did-you-mean (or the kind
    /// that takes it).
    static func unknownKeys(_ present: [String], kind: Kind) -> [SpecProblem] {
        let common = CodingKeys.allCases.map(\.stringValue)
        let barKeys = BarOptions.CodingKeys.allCases.map(\.stringValue)
        let timelineKeys = TimelineOptions.CodingKeys.allCases.map(\.stringValue)
        let known = common + (kind == .bar ? barKeys : timelineKeys)
        let other = kind == .bar ? timelineKeys : barKeys
        return present.filter { !known.contains($0) }.sorted().map { key in
            SpecProblem(keyPath: key, message: "unknown key", hint: other.contains(key)
                ? "`\(key)` is a key of \(kind == .bar ? "timelines" : "bar charts"), not of \(kind == .bar ? "bar charts" : "timelines")"
                : SpecSuggestion.hint(key, known, noun: "known keys"))
        }
    }

    /// Size names that cannot go into file names.
    static func sizeNameProblems(_ sizes: [String: SizeSpec]) -> [SpecProblem] {
        sizes.keys.sorted().filter { name in
            reservedSizeNames.contains(name) || name.isEmpty || !name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
        }.map { name in
            SpecProblem(keyPath: "sizes.\(name)", message: "`\(name)` cannot name a size: it goes into file names, after the chart's",
                        hint: "use lower-case letters, digits and `-`, and not a theme's or a format's name (e.g. mobile, column, wide)")
        }
    }

    /// A width or height outside ``sizeLimits``, and a named size whose derived height is.
    static func canvasProblems(width: Int, height: Int, sizes: [String: SizeSpec]) -> [SpecProblem] {
        let range = "the supported \(sizeLimits.lowerBound)…\(sizeLimits.upperBound) px"
        var problems = [(CodingKeys.width, width), (.height, height)].filter { !sizeLimits.contains($0.1) }.map { key, value in
            SpecProblem(keyPath: key.stringValue, message: "\(value) px is outside \(range)",
                        hint: "charts are sized in 1× pixels; use --scale for denser PNGs")
        }
        guard problems.isEmpty else { return problems }
        for name in sizes.keys.sorted() where sizes[name]!.height == nil {
            let derived = derivedHeight(height: height, width: width, sizeWidth: sizes[name]!.width)
            guard !sizeLimits.contains(derived) else { continue }
            problems.append(SpecProblem(keyPath: "sizes.\(name)",
                                        message: "its height, derived as height × √(width ÷ \(sizes[name]!.width)), is \(derived) px, outside \(range)",
                                        hint: "give the size a height of its own"))
        }
        return problems
    }
}
