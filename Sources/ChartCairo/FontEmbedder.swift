import CPangoCairo
import ChartCore
import Foundation

/// Subsets of the theme's fonts for one SVG, so that it looks the same for every reader: only
/// the glyphs the chart draws, made with HarfBuzz's subsetter, as OpenType in `@font-face` data
/// URIs under family names of their own (no installed font can take their place).
///
/// Each character goes to the face the layout measured it with: Noto Sans when it has the
/// character, else Noto Sans CJK SC — the same per-character fallback a browser applies to the
/// family list. The subsets are deterministic (the same text gives the same bytes). The HarfBuzz
/// faces are opened once per process and shared (see `FaceCache`).
final class FontEmbedder {
    /// An SVG's embedded fonts: the CSS of its `@font-face` rules, the family list for text, and
    /// the size of the font data (before base64).
    struct Embedding {
        var css: String
        var families: String
        var fontBytes: Int
    }

    fileprivate struct Face {
        let face: OpaquePointer
        let font: OpaquePointer
        let isCFF: Bool
    }

    /// The faces every embedder in the process uses, loaded once each.
    private static let faces = FaceCache()

    private func face(cjk: Bool, bold: Bool) -> Face? {
        Self.faces.face(key: (cjk ? 2 : 0) + (bold ? 1 : 0)) {
            Self.load(family: cjk ? "Noto Sans CJK SC" : "Noto Sans", bold: bold)
        }
    }

    /// Loads the Latin faces (both weights) that nearly every SVG embeds, so that the first
    /// chart does not wait for fontconfig and HarfBuzz to open them.
    static func preloadLatinFaces() {
        let embedder = FontEmbedder()
        _ = embedder.face(cjk: false, bold: false)
        _ = embedder.face(cjk: false, bold: true)
    }

    /// Finds the font file with fontconfig and opens it with HarfBuzz.
    private static func load(family: String, bold: Bool) -> Face? {
        FontInventory.configuration
        guard let pattern = FcPatternCreate() else { return nil }
        defer { FcPatternDestroy(pattern) }
        _ = family.withCString { FcPatternAddString(pattern, FC_FAMILY, UnsafeRawPointer($0).assumingMemoryBound(to: FcChar8.self)) }
        FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR)
        FcConfigSubstitute(nil, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        var result = FcResultNoMatch
        guard let match = FcFontMatch(nil, pattern, &result) else { return nil }
        defer { FcPatternDestroy(match) }
        var file: UnsafeMutablePointer<FcChar8>?
        var index: Int32 = 0
        guard FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch, let file else { return nil }
        _ = FcPatternGetInteger(match, FC_INDEX, 0, &index)
        let path = String(cString: file)
        guard let blob = hb_blob_create_from_file_or_fail(path) else { return nil }
        defer { hb_blob_destroy(blob) }
        let face = hb_face_create(blob, UInt32(index))!
        let isCFF = hb_face_reference_table(face, hb_tag("CFF ")).map { table -> Bool in
            defer { hb_blob_destroy(table) }
            return hb_blob_get_length(table) > 0
        } ?? false
        return Face(face: face, font: hb_font_create(face)!, isCFF: isCFF)
    }

    private static func hb_tag(_ text: StaticString) -> hb_tag_t {
        text.withUTF8Buffer { bytes in bytes.reduce(0) { $0 << 8 | hb_tag_t($1) } }
    }

    /// Whether the CJK face draws `scalar` in `font`, as Pango chooses: with the CJK face first,
    /// every character it has; else only what the Latin face lacks.
    func cjkDraws(_ scalar: Unicode.Scalar, font: FontStyle) -> Bool {
        let bold = font.weight == .bold
        var glyph: hb_codepoint_t = 0
        if font.face == .cjk, let cjk = face(cjk: true, bold: bold), hb_font_get_nominal_glyph(cjk.font, scalar.value, &glyph) != 0 {
            return true
        }
        guard let latin = face(cjk: false, bold: bold) else { return true }
        return hb_font_get_nominal_glyph(latin.font, scalar.value, &glyph) == 0
    }

    /// A subset of the CJK face (regular or bold) holding `characters`, with every glyph at its
    /// original index (so Pango's glyph numbers still apply): for PDFs, whose own subsetter
    /// keeps far more of Noto Sans CJK than the glyphs drawn.
    func cjkSubsetKeepingGlyphIDs(_ characters: Set<UInt32>, bold: Bool) -> Data? {
        guard let face = face(cjk: true, bold: bold) else { return nil }
        return Self.subset(face.face, characters, retainGlyphIDs: true)
    }

    /// The embedded fonts for the texts of `scene`, or `nil` when it has no text or the fonts
    /// cannot be found (the SVG then names the system fonts).
    func embedding(for scene: Scene) -> Embedding? {
        // The characters each face draws, by weight.
        var characters: [Int: Set<UInt32>] = [:]
        var cjkFirst = false
        for item in scene.allItems {
            guard case .text(let run) = item.shape else { continue }
            let bold = run.font.weight == .bold
            cjkFirst = cjkFirst || run.font.face == .cjk
            for scalar in run.text.unicodeScalars {
                characters[(bold ? 1 : 0) + (cjkDraws(scalar, font: run.font) ? 2 : 0), default: []].insert(scalar.value)
            }
        }
        guard !characters.isEmpty else { return nil }
        var subsets: [(key: Int, data: Data, isCFF: Bool)] = []
        for key in characters.keys.sorted() {
            guard let face = face(cjk: key >= 2, bold: key % 2 == 1), let data = Self.subset(face.face, characters[key]!) else { return nil }
            subsets.append((key, data, face.isCFF))
        }
        var hasher = FNV()
        for subset in subsets { hasher.add(subset.data) }
        let prefix = "charts-\(hasher.hex)"
        var css = ""
        for subset in subsets {
            let family = prefix + (subset.key >= 2 ? "-cjk" : "-latin")
            let (mime, format) = subset.isCFF ? ("font/otf", "opentype") : ("font/ttf", "truetype")
            css += "@font-face{font-family:\"\(family)\";font-weight:\(subset.key % 2 == 1 ? 700 : 400);"
                + "src:url(data:\(mime);base64,\(subset.data.base64EncodedString())) format(\"\(format)\")}\n"
        }
        let families = cjkFirst ? "'\(prefix)-cjk', '\(prefix)-latin', \(SVGWriter.cjkFontStack)"
            : "'\(prefix)-latin', '\(prefix)-cjk', \(SVGWriter.fontStack)"
        return Embedding(css: css, families: families, fontBytes: subsets.reduce(0) { $0 + $1.data.count })
    }

    /// The face cut down to `characters`, without hinting (the SVG is scaled anyway).
    private static func subset(_ face: OpaquePointer, _ characters: Set<UInt32>, retainGlyphIDs: Bool = false) -> Data? {
        guard let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        let unicodes = hb_subset_input_unicode_set(input)
        for character in characters.sorted() { hb_set_add(unicodes, character) }
        hb_subset_input_set_flags(input, UInt32(HB_SUBSET_FLAGS_NO_HINTING.rawValue)
                                  | (retainGlyphIDs ? UInt32(HB_SUBSET_FLAGS_RETAIN_GIDS.rawValue) : 0))
        guard let subset = hb_subset_or_fail(face, input) else { return nil }
        defer { hb_face_destroy(subset) }
        guard let blob = hb_face_reference_blob(subset) else { return nil }
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let bytes = hb_blob_get_data(blob, &length), length > 0 else { return nil }
        return Data(bytes: bytes, count: Int(length))
    }

    /// FNV-1a over bytes, for family names that differ with the glyphs and never between runs.
    private struct FNV {
        var value: UInt64 = 0xcbf2_9ce4_8422_2325
        mutating func add(_ data: Data) {
            for byte in data { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
        var hex: String {
            let digits = String(value & 0xFFFF_FFFF, radix: 16)
            return String(repeating: "0", count: 8 - digits.count) + digits
        }
    }
}

/// The HarfBuzz faces of the theme's fonts, by (CJK, bold), loaded once per process and kept
/// until it exits (four at most); `nil` for a font fontconfig does not have.
///
/// Shared by every worker: a HarfBuzz face or font is never changed once made, and HarfBuzz
/// makes reading one from several threads at once safe (it loads tables lazily with atomic
/// operations), so only the dictionary needs the lock.
private final class FaceCache: @unchecked Sendable {
    private let lock = NSLock()
    private var faces: [Int: FontEmbedder.Face?] = [:]

    func face(key: Int, load: () -> FontEmbedder.Face?) -> FontEmbedder.Face? {
        lock.withLock {
            if let cached = faces[key] { return cached }
            let loaded = load()
            faces[key] = loaded
            return loaded
        }
    }
}
