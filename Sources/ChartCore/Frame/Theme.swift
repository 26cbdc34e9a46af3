import Foundation

/// The quiet article theme: one font family, muted ink, a colour-blind-safe palette, in the
/// colours of a theme table (light or dark, ``ThemeColors``).
///
/// Sizes are given for a chart about 800×500 and scale with the canvas (``unit``), so a
/// thumbnail and a poster keep the same proportions.
public struct Theme: Sendable {
    /// Multiplier for every size: 1 at 800×500, growing more slowly than the canvas
    /// (the 0.6th power of its linear scale), clamped to 0.55…3.
    public var unit: Double
    /// The colours (a table per theme: ``ThemeColors``).
    public var colors: ThemeColors
    /// The primary face of every text (CJK in a Chinese edition).
    public var face: FontStyle.Face

    public var background: Color { colors.background }
    public var ink: Color { colors.ink }
    public var secondaryInk: Color { colors.secondaryInk }
    public var mutedInk: Color { colors.mutedInk }
    public var grid: Color { colors.grid }
    public var axis: Color { colors.axis }
    public var baseline: Color { colors.baseline }
    /// Series and track colours, in order. A chart needing more is an error, never a repeat.
    public var palette: [Color] { colors.palette }
    /// The lowest contrast ratio a palette colour has against the background.
    public var minimumPaletteContrast: Double { colors.name == .light ? 2 : 3 }
    /// Bars that are not highlighted when some are.
    public var muted: Color { colors.muted }

    /// The theme for a canvas of `width` × `height` 1× pixels, in `colors`, with text in the
    /// face `locale` prefers.
    public init(width: Double, height: Double, colors: ThemeColors = .light, locale: ChartLocale = .en) {
        unit = min(3, max(0.55, Foundation.pow(min(width / 800, height / 500), 0.6)))
        self.colors = colors
        face = locale.prefersCJKFace ? .cjk : .latin
    }

    public var title: FontStyle { FontStyle(size: 21 * unit, weight: .bold, face: face) }
    public var subtitle: FontStyle { FontStyle(size: 14.5 * unit, face: face) }
    public var label: FontStyle { FontStyle(size: 13 * unit, face: face) }
    public var labelBold: FontStyle { FontStyle(size: 13 * unit, weight: .bold, face: face) }
    public var detail: FontStyle { FontStyle(size: 11.5 * unit, face: face) }
    public var tick: FontStyle { FontStyle(size: 12 * unit, face: face) }
    public var valueLabel: FontStyle { FontStyle(size: 13 * unit, weight: .bold, face: face) }
    public var footer: FontStyle { FontStyle(size: 11 * unit, face: face) }

    /// Space around the canvas edge.
    public var margin: Double { 20 * unit }
    /// A small gap (between a label and what it labels).
    public var gap: Double { 4 * unit }
    /// Width of hairlines (grid, ticks): one pixel, thicker on large canvases.
    public var hairline: Double { max(1, unit.rounded(.down)) }
}
