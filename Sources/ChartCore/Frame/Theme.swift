import Foundation

/// The quiet article theme: one font family, muted ink, a colour-blind-safe palette.
///
/// Sizes are given for a chart about 800×500 and scale with the canvas (``unit``), so a
/// thumbnail and a poster keep the same proportions. The palette is Okabe & Ito's (2008),
/// distinguishable under the common colour-vision deficiencies, continued with Tol's.
public struct Theme: Sendable {
    /// Multiplier for every size: 1 at 800×500, growing more slowly than the canvas
    /// (the 0.6th power of its linear scale), clamped to 0.55…3.
    public var unit: Double
    public var background = Color(hex: "#FFFFFF")!
    public var ink = Color(hex: "#1A1A1A")!
    public var secondaryInk = Color(hex: "#4D4D4D")!
    public var mutedInk = Color(hex: "#6E6E6E")!
    public var grid = Color(hex: "#E3E3E3")!
    public var axis = Color(hex: "#8C8C8C")!
    public var baseline = Color(hex: "#333333")!
    /// Series and track colours, in order: Okabe & Ito's (2008) without its yellow (1.3:1 on
    /// white), then six of Paul Tol's "muted" scheme, each at least 2:1 against the background
    /// (fills are large areas, labelled directly). A chart needing more is an error, never a repeat.
    public var palette: [Color] = ["#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
                                   "#332288", "#117733", "#882255", "#999933", "#AA4499", "#44AA99"]
        .map { Color(hex: $0)! }
    /// The lowest contrast ratio a palette colour has against the background.
    public static let minimumPaletteContrast = 2.0
    /// Bars that are not highlighted when some are.
    public var muted = Color(hex: "#B7C4D1")!

    /// The theme for a canvas of `width` × `height` 1× pixels.
    public init(width: Double, height: Double) {
        unit = min(3, max(0.55, Foundation.pow(min(width / 800, height / 500), 0.6)))
    }

    public var title: FontStyle { FontStyle(size: 21 * unit, weight: .bold) }
    public var subtitle: FontStyle { FontStyle(size: 14.5 * unit) }
    public var label: FontStyle { FontStyle(size: 13 * unit) }
    public var labelBold: FontStyle { FontStyle(size: 13 * unit, weight: .bold) }
    public var detail: FontStyle { FontStyle(size: 11.5 * unit) }
    public var tick: FontStyle { FontStyle(size: 12 * unit) }
    public var valueLabel: FontStyle { FontStyle(size: 13 * unit, weight: .bold) }
    public var footer: FontStyle { FontStyle(size: 11 * unit) }

    /// Space around the canvas edge.
    public var margin: Double { 20 * unit }
    /// A small gap (between a label and what it labels).
    public var gap: Double { 4 * unit }
    /// Width of hairlines (grid, ticks): one pixel, thicker on large canvases.
    public var hairline: Double { max(1, unit.rounded(.down)) }
}
