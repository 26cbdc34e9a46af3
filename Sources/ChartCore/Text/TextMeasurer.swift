/// A font request: the theme's one family at a size and weight.
public struct FontStyle: Equatable, Hashable, Sendable {
    /// Weights the theme uses.
    public enum Weight: String, Sendable { case regular, bold }
    /// Which face comes first: Noto Sans with Noto Sans CJK SC for what it lacks, or (in a
    /// Chinese edition) Noto Sans CJK SC for every character, Latin ones too.
    public enum Face: String, Sendable { case latin, cjk }
    /// Size in 1× pixels.
    public var size: Double
    /// The weight.
    public var weight: Weight
    /// The primary face.
    public var face: Face

    /// Creates a font request.
    public init(size: Double, weight: Weight = .regular, face: Face = .latin) {
        self.size = size
        self.weight = weight
        self.face = face
    }
}

/// The measured logical box of one line of text.
public struct TextSize: Equatable, Hashable, Sendable {
    /// Advance width in 1× pixels.
    public var width: Double
    /// Line height in 1× pixels (ascent + descent of the font).
    public var height: Double
    /// Distance from the top of the box to the baseline.
    public var baseline: Double

    /// Creates a size.
    public init(width: Double, height: Double, baseline: Double) {
        self.width = width
        self.height = height
        self.baseline = baseline
    }
}

/// Measures text with the engine that will draw it.
///
/// Layout asks a measurer for every size it needs, so that what it plans is what gets drawn.
/// Production uses Pango; tests use ``FixedWidthMeasurer`` so layout does not depend on fonts.
public protocol TextMeasurer {
    /// The logical size of `text` set on one line in `font`.
    func measure(_ text: String, font: FontStyle) -> TextSize
    /// The characters of `text` that no installed font can draw (empty when all can be drawn).
    func missingCharacters(in text: String) -> [Character]
}

/// A font-independent measurer for tests: every character has a fixed advance.
///
/// Latin and other narrow characters advance `0.6 × size`, East Asian wide characters `1 × size`;
/// a line is `1.2 × size` high with the baseline at `0.95 × size`. Characters in `missing` are
/// reported as undrawable.
public struct FixedWidthMeasurer: TextMeasurer, Sendable {
    /// Characters this measurer pretends no font has.
    public var missing: Set<Character>

    /// Creates a measurer.
    public init(missing: Set<Character> = []) {
        self.missing = missing
    }

    public func measure(_ text: String, font: FontStyle) -> TextSize {
        let units = text.unicodeScalars.reduce(0.0) { $0 + ($1.isEastAsianWide ? 1.0 : 0.6) }
        return TextSize(width: units * font.size, height: 1.2 * font.size, baseline: 0.95 * font.size)
    }

    public func missingCharacters(in text: String) -> [Character] {
        text.filter { missing.contains($0) }
    }
}

extension Unicode.Scalar {
    /// Whether the scalar is East Asian wide (CJK ideographs, kana, Hangul, full-width forms):
    /// text may break between two such characters, and they take a full em.
    var isEastAsianWide: Bool {
        switch value {
        case 0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
