import CPangoCairo
import ChartCore

/// The theme's fonts, through fontconfig: Noto Sans for Latin, digits and symbols, Noto Sans CJK SC
/// for Chinese. Both are Noto designs, so the two scripts share one look; Noto Sans CJK alone
/// would set `§`, `×` and `·` as full-width CJK glyphs. A Chinese edition puts Noto Sans CJK SC
/// first (see ``FontStyle/Face``), so its Latin letters and digits match its Chinese.
///
/// The families of each primary face, in fontconfig's order of preference.
func themeFontFamily(_ face: FontStyle.Face) -> String {
    face == .cjk ? "Noto Sans CJK SC,Noto Sans" : "Noto Sans,Noto Sans CJK SC"
}

/// The text machinery one worker uses: its own Pango font map and a context set up so that text
/// measures the same at every output scale.
///
/// Hinting and glyph-position rounding are off, so a run's width at 2× is exactly twice its
/// width at 1× and what layout measured is what gets drawn. An engine shares nothing with other
/// engines (it does not use Pango's per-thread default font map), so workers on different
/// threads each use their own; one engine must not be used by two threads at once.
public final class TextEngine {
    let fontMap: UnsafeMutablePointer<PangoFontMap>
    /// The context text is measured in: its matrix is always the identity.
    let measuring: OpaquePointer
    /// The context text is drawn in: Cairo sets its matrix for every run.
    let drawing: OpaquePointer
    private var descriptions: [FontStyle: OpaquePointer] = [:]

    /// Creates an engine with its own font map.
    public init() {
        FontInventory.configuration
        fontMap = pango_cairo_font_map_new()
        measuring = Self.makeContext(fontMap)
        drawing = Self.makeContext(fontMap)
    }

    private static func makeContext(_ fontMap: UnsafeMutablePointer<PangoFontMap>) -> OpaquePointer {
        let context = pango_font_map_create_context(fontMap)!
        let options = cairo_font_options_create()
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        pango_cairo_context_set_font_options(context, options)
        cairo_font_options_destroy(options)
        pango_context_set_round_glyph_positions(context, 0)
        return context
    }

    deinit {
        for description in descriptions.values { pango_font_description_free(description) }
        g_object_unref(UnsafeMutableRawPointer(measuring))
        g_object_unref(UnsafeMutableRawPointer(drawing))
        g_object_unref(UnsafeMutableRawPointer(fontMap))
    }

    /// The engine ``FontInventory/warmUp()`` made ready, the first time it is asked for (waiting
    /// for it if need be), and a new engine after that.
    public static func warmOrNew() -> TextEngine {
        FontInventory.warm.take() ?? TextEngine()
    }

    /// Loads and shapes the theme's Latin fonts in both weights, so that the first chart finds
    /// them ready: fontconfig's sort of the installed fonts, the font files and HarfBuzz's tables.
    func loadThemeFonts() {
        for weight in [FontStyle.Weight.regular, .bold] {
            for forDrawing in [false, true] {
                let layout = layout("Qwen 2025 (Jan), 0.9×", font: FontStyle(size: Self.referenceSize, weight: weight), forDrawing: forDrawing)
                var logical = PangoRectangle()
                pango_layout_get_extents(layout, nil, &logical)
                g_object_unref(UnsafeMutableRawPointer(layout))
            }
        }
    }

    /// The size all text is laid out at; runs are scaled from it (see ``scale(for:)``).
    ///
    /// With hinting off, glyph advances scale linearly, so one size measures every size. Pango
    /// asks fontconfig to sort the installed fonts once per distinct font request, which costs
    /// about a millisecond each; one size per weight keeps that to two requests.
    static let referenceSize = 32.0

    /// The factor from the reference size to `font`'s size.
    static func scale(for font: FontStyle) -> Double {
        font.size / referenceSize
    }

    /// The Pango font description for a theme font's weight, at the reference size.
    func description(_ font: FontStyle) -> OpaquePointer {
        let key = FontStyle(size: Self.referenceSize, weight: font.weight, face: font.face)
        if let cached = descriptions[key] { return cached }
        let description = pango_font_description_new()!
        pango_font_description_set_family(description, themeFontFamily(font.face))
        pango_font_description_set_absolute_size(description, Self.referenceSize * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, font.weight == .bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL)
        descriptions[key] = description
        return description
    }

    /// A new layout of `text` in `font`, in the measuring or the drawing context (the caller unrefs it).
    func layout(_ text: String, font: FontStyle, forDrawing: Bool = false) -> OpaquePointer {
        let layout = pango_layout_new(forDrawing ? drawing : measuring)!
        pango_layout_set_font_description(layout, description(font))
        pango_layout_set_text(layout, text, -1)
        return layout
    }
}

/// Measures text with Pango and fontconfig, exactly as ``CairoRenderer`` will draw it.
///
/// Results are cached per text and font. Not thread-safe: one measurer per worker.
public final class PangoTextMeasurer: TextMeasurer {
    private let pango: TextEngine
    private var cache: [String: [FontStyle: TextSize]] = [:]

    /// Creates a measurer on `engine` (by default, an engine of its own).
    public init(engine: TextEngine = TextEngine()) {
        pango = engine
    }

    public func measure(_ text: String, font: FontStyle) -> TextSize {
        if let size = cache[text]?[font] { return size }
        let layout = pango.layout(text, font: font)
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let scale = Double(PANGO_SCALE) / TextEngine.scale(for: font)
        let size = TextSize(width: Double(logical.width) / scale, height: Double(logical.height) / scale,
                            baseline: Double(pango_layout_get_baseline(layout)) / scale)
        cache[text, default: [:]][font] = size
        return size
    }

    public func missingCharacters(in text: String) -> [Character] {
        guard unknownGlyphs(text) > 0 else { return [] }
        return text.filter { !$0.isWhitespace && unknownGlyphs(String($0)) > 0 }
    }

    private func unknownGlyphs(_ text: String) -> Int32 {
        let layout = pango.layout(text, font: FontStyle(size: TextEngine.referenceSize))
        defer { g_object_unref(UnsafeMutableRawPointer(layout)) }
        return pango_layout_get_unknown_glyphs_count(layout)
    }
}
