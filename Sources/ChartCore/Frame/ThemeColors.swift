/// A theme's colours, as data: one table per theme, nothing else differs between them.
///
/// Text colours meet WCAG contrast against the background (body text 4.5:1, large text 3:1);
/// palette fills are large, directly labelled areas and need 2:1 (light) or 3:1 (dark). The
/// palettes' first seven colours are Okabe & Ito's (2008); the rest were chosen, one at a time,
/// for the largest smallest CIEDE2000 difference from those before them under normal vision
/// and simulated protanopia, deuteranopia and tritanopia, so every pair stays at least 10 apart
/// (see ``ColorVision``). The tests check all of it.
public struct ThemeColors: Sendable, Equatable {
    /// The theme's name in specs (`theme = "dark"`) and on the command line (`--theme dark`).
    public var name: ThemeName
    public var background: Color
    /// Titles, labels and values.
    public var ink: Color
    /// Subtitles and annotations.
    public var secondaryInk: Color
    /// Ticks, dates, notes and the source line.
    public var mutedInk: Color
    public var grid: Color
    public var axis: Color
    public var baseline: Color
    /// Series, track and segment colours, in order.
    public var palette: [Color]
    /// Bars that are not highlighted when some are.
    public var muted: Color
    /// How far a timeline span's fill is faded towards the background.
    public var spanFade: Double

    /// The light theme: dark ink on white.
    public static let light = ThemeColors(
        name: .light, background: "#FFFFFF", ink: "#1A1A1A", secondaryInk: "#4D4D4D", mutedInk: "#6E6E6E",
        grid: "#E3E3E3", axis: "#8C8C8C", baseline: "#333333",
        palette: ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#332288",
                  "#602020", "#605060", "#905040", "#90C080", "#0000F0"],
        muted: "#B7C4D1", spanFade: 0.55)

    /// The dark theme: light ink on near-black, for sites with a dark mode; Okabe & Ito's
    /// lighter colours first (their dark blue is too dim on black), yellow included.
    public static let dark = ThemeColors(
        name: .dark, background: "#121416", ink: "#ECECEC", secondaryInk: "#C8C8C8", mutedInk: "#A0A0A0",
        grid: "#2C3034", axis: "#6E7378", baseline: "#D0D0D0",
        palette: ["#56B4E9", "#E69F00", "#009E73", "#CC79A7", "#F0E442", "#D55E00", "#D0E0C0",
                  "#9040E0", "#30F0F0", "#C0B0B0", "#608080", "#90D080"],
        muted: "#4B545D", spanFade: 0.3)

    /// The table of a theme.
    public static func named(_ name: ThemeName) -> ThemeColors {
        switch name {
        case .light: return .light
        case .dark: return .dark
        }
    }

    init(name: ThemeName, background: String, ink: String, secondaryInk: String, mutedInk: String, grid: String, axis: String,
         baseline: String, palette: [String], muted: String, spanFade: Double) {
        self.name = name
        self.background = Color(hex: background)!
        self.ink = Color(hex: ink)!
        self.secondaryInk = Color(hex: secondaryInk)!
        self.mutedInk = Color(hex: mutedInk)!
        self.grid = Color(hex: grid)!
        self.axis = Color(hex: axis)!
        self.baseline = Color(hex: baseline)!
        self.palette = palette.map { Color(hex: $0)! }
        self.muted = Color(hex: muted)!
        self.spanFade = spanFade
    }

    public static func == (a: ThemeColors, b: ThemeColors) -> Bool {
        a.name == b.name && a.background == b.background && a.ink == b.ink && a.secondaryInk == b.secondaryInk
            && a.mutedInk == b.mutedInk && a.grid == b.grid && a.axis == b.axis && a.baseline == b.baseline
            && a.palette == b.palette && a.muted == b.muted && a.spanFade == b.spanFade
    }
}

/// The themes a chart can be drawn in.
public enum ThemeName: String, SpecChoice, Codable {
    case light, dark
}
