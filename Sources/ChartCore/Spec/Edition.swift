import Foundation

/// One `[sizes.NAME]` table: a named canvas size for a placement (a phone, the article column,
/// full width), laid out anew at that size.
public struct SizeSpec: Decodable, Sendable, Equatable {
    public var width: Int
    /// The height; `nil` to derive it from the spec's own size (see ``Edition``).
    public var height: Int?

    enum CodingKeys: String, CodingKey, CaseIterable { case width, height }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        guard let width = try c.optional(Int.self, .width, decoder.collector) else {
            throw SpecProblem(keyPath: SpecProblem.keyPath(c.codingPath + [CodingKeys.width]), message: "missing required key",
                              hint: "give the width in 1× pixels, e.g. width = 360")
        }
        self.width = width
        height = try c.optional(Int.self, .height, decoder.collector)
        for (key, value) in [(CodingKeys.width, width), (.height, height)] {
            guard let value, !ChartSpec.sizeLimits.contains(value) else { continue }
            throw SpecProblem(keyPath: SpecProblem.keyPath(c.codingPath + [key]),
                              message: "\(value) px is outside the supported \(ChartSpec.sizeLimits.lowerBound)…\(ChartSpec.sizeLimits.upperBound) px")
        }
    }
}

/// One edition of a chart: a locale, a size and a theme, each laid out anew from the one spec,
/// never a scaled copy.
///
/// The default edition (the spec's first locale, its own `width`, `height` and `theme`) keeps
/// the chart's name: `NAME.png`. Others add what differs, locale first, then size, then theme:
/// `NAME.zh.png`, `NAME.mobile.png`, `NAME.dark.png`, `NAME.zh.mobile.dark.png`. A named size without a height derives one that keeps about the
/// chart's area (a narrower chart is taller): height × √(width ÷ its width), within the limits.
public struct Edition: Sendable, Equatable {
    /// The language.
    public var locale: ChartLocale
    /// Whether the locale is not the spec's own (so it appears in the name).
    public var otherLocale: Bool
    /// The named size, or `nil` for the spec's own.
    public var size: String?
    public var width: Int
    public var height: Int
    public var theme: ThemeName
    /// Whether the theme is not the spec's own (so it appears in the name).
    public var otherTheme: Bool

    /// What differs from the default edition: locale, size, theme.
    private var parts: [String] {
        [otherLocale ? locale.rawValue : nil, size, otherTheme ? theme.rawValue : nil].compactMap { $0 }
    }

    /// What the file names add after the chart's name: "" for the default edition, else
    /// `.zh`, `.mobile`, `.dark`, `.zh.mobile.dark`.
    public var suffix: String {
        parts.map { "." + $0 }.joined()
    }

    /// The edition's name for people and `--edition`: `default`, `zh`, `mobile`, `zh/mobile/dark`.
    public var label: String {
        parts.isEmpty ? "default" : parts.joined(separator: "/")
    }

    /// Whether `--edition text` names this edition: its label, or its parts in any order.
    public func matches(_ text: String) -> Bool {
        if text == label { return true }
        let wanted = Set(text.split(separator: "/").map(String.init))
        return wanted == Set(label.split(separator: "/").map(String.init))
    }

    /// Below this width a horizontal point timeline is drawn vertically: on a phone, lanes
    /// across the screen leave each label a few words of room, and a list down it reads better.
    public static let verticalTimelineWidth = 480

    /// Whether this edition turns `spec`'s horizontal point timeline vertical.
    public func turnsVertical(_ spec: ChartSpec) -> Bool {
        guard let options = spec.timeline else { return false }
        return options.layout == .points && options.orientation == .horizontal && width < Self.verticalTimelineWidth
    }

    /// The spec of this edition: the same keys in the edition's locale (its translation), at its
    /// size and theme (and a point timeline turned vertical below ``verticalTimelineWidth``).
    public func apply(to spec: ChartSpec) -> ChartSpec {
        var edited = otherLocale ? spec.translations[locale] ?? spec : spec
        edited.width = width
        edited.height = height
        edited.theme = theme
        if turnsVertical(spec) { edited.timeline?.orientation = .vertical }
        return edited
    }
}

extension ChartSpec {
    /// The names a size may not take: they would read as a theme, or as another file's suffix.
    static let reservedSizeNames: Set<String> = Set(ThemeName.allCases.map(\.rawValue) + ChartLocale.allCases.map(\.rawValue)
        + ["default", "scene", "png", "svg", "pdf"])

    /// The height of a named size without one, keeping about the chart's area: `height` ×
    /// √(`width` ÷ `sizeWidth`), rounded (decoding refuses a spec where it leaves the size limits).
    static func derivedHeight(height: Int, width: Int, sizeWidth: Int) -> Int {
        Int((Double(height) * (Double(width) / Double(sizeWidth)).squareRoot()).rounded())
    }

    /// Every edition the spec names, the default first: in each locale (the spec's own first),
    /// each theme (the spec's own, then the others of `themes`), each size (the spec's own, then
    /// the named ones by name). A run theme (`--theme`) replaces the themes: every size in that one.
    public func editions(runTheme: ThemeName? = nil) -> [Edition] {
        let ownTheme = runTheme ?? theme
        let otherThemes = runTheme == nil ? themes.filter { $0 != theme } : []
        var sizes: [(String?, Int, Int)] = [(nil, width, height)]
        for name in self.sizes.keys.sorted() {
            let size = self.sizes[name]!
            let height = size.height ?? Self.derivedHeight(height: height, width: width, sizeWidth: size.width)
            sizes.append((name, size.width, height))
        }
        return locales.flatMap { locale in
            ([ownTheme] + otherThemes).flatMap { theme in
                sizes.map { Edition(locale: locale, otherLocale: locale != locales[0], size: $0.0, width: $0.1, height: $0.2,
                                    theme: theme, otherTheme: theme != ownTheme) }
            }
        }
    }
}
