/// Breaks text into lines that fit a width, as measured by a ``TextMeasurer``.
///
/// Greedy line filling: breaks at spaces, after hyphens and slashes, and between any two
/// East Asian wide characters (CJK text has no spaces); a newline in the text always breaks.
/// A single word wider than the line is broken between characters only when asked
/// (`breakWords`, for titles and notes that must stay on the canvas); labels keep their words
/// whole and use ``fit(_:maxWidth:maxLines:)``, which ends a label that does not fit with "…".
public struct TextWrapper {
    /// Wrapped lines and whether every word fitted without being broken.
    public struct Result: Equatable {
        /// The lines, without trailing spaces.
        public var lines: [String]
        /// `false` when some word had to be split between characters to fit.
        public var fits: Bool
    }

    let measurer: any TextMeasurer
    let font: FontStyle

    /// Creates a wrapper for one font.
    public init(measurer: any TextMeasurer, font: FontStyle) {
        self.measurer = measurer
        self.font = font
    }

    /// The width of `text` on one line.
    public func width(_ text: String) -> Double {
        measurer.measure(text, font: font).width
    }

    /// `text` wrapped to `maxWidth`; a word wider than that is split between characters when
    /// `breakWords`, else left whole on its own (too wide) line. ``Result/fits`` is `false` in both cases.
    public func wrap(_ text: String, maxWidth: Double, breakWords: Bool = true) -> Result {
        var lines: [String] = []
        var fits = true
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for token in Self.tokens(String(paragraph)) {
                let candidate = line + token
                if line.isEmpty || width(candidate.trailingSpacesRemoved) <= maxWidth {
                    line = candidate
                    continue
                }
                lines.append(line.trailingSpacesRemoved)
                line = token.leadingSpacesRemoved
            }
            lines.append(line.trailingSpacesRemoved)
        }
        var result: [String] = []
        for line in lines {
            if width(line) <= maxWidth || line.count <= 1 {
                result.append(line)
            } else if !breakWords {
                fits = false
                result.append(line)
            } else {
                fits = false
                result.append(contentsOf: splitCharacters(line, maxWidth: maxWidth))
            }
        }
        return Result(lines: result, fits: fits)
    }

    /// `text` in at most `maxLines` lines of `maxWidth`, breaking only between words; when it
    /// does not fit, the last line kept is cut at a character and ends with "…" (so a shortened
    /// label keeps its start). `nil` when the line that must be cut has no room for one character
    /// and "…".
    public func fit(_ text: String, maxWidth: Double, maxLines: Int) -> (lines: [String], shortened: Bool)? {
        guard maxLines >= 1 else { return nil }
        let wrapped = wrap(text, maxWidth: maxWidth, breakWords: false).lines
        if wrapped.count <= maxLines && wrapped.allSatisfy({ width($0) <= maxWidth }) { return (wrapped, false) }
        var kept: [String] = []
        for line in wrapped.prefix(maxLines) {
            if width(line) <= maxWidth && kept.count < maxLines - 1 {
                kept.append(line)
                continue
            }
            // A shortened label must say so: with no room for "…", it cannot be shown at all.
            guard let cut = shortened(line, maxWidth: maxWidth) else { return nil }
            return (kept + [cut], true)
        }
        return nil
    }

    /// The longest start of `text` that fits `maxWidth` with "…" after it; `nil` when none does.
    public func shortened(_ text: String, maxWidth: Double) -> String? {
        var cut = text
        while !cut.isEmpty {
            cut.removeLast()
            let candidate = cut.trailingSpacesRemoved + "…"
            if !cut.trailingSpacesRemoved.isEmpty && width(candidate) <= maxWidth { return candidate }
        }
        return nil
    }

    private func splitCharacters(_ line: String, maxWidth: Double) -> [String] {
        var pieces: [String] = []
        var current = ""
        for character in line {
            if !current.isEmpty && width(current + String(character)) > maxWidth {
                pieces.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// Break opportunities: a token is a run ending in spaces, a hyphen or slash followed by a
    /// letter, or one wide character. Chinese marks obey the line-start and line-end rules:
    /// a closing mark (`，` `。` `）`) joins the token before it, an opening one (`（` `“`) the
    /// token after it; a number keeps the Chinese unit after it (`2021年`, `1,000 亿元`).
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for character in text {
            let wide = character.unicodeScalars.first?.isEastAsianWide ?? false
            // A closing mark stays with what it closes; an opening one with what it opens.
            if !character.isASCII && ChineseTypography.closing.contains(character) {
                if !current.isEmpty { current.append(character) } else if !tokens.isEmpty { tokens[tokens.count - 1].append(character) } else { current.append(character) }
                continue
            }
            // A number keeps its unit (`2021年`, `1,000 亿元`, `3.8 倍`) and a date its parts (`2017年10月11日`).
            if wide, let last = current.last {
                let body = current.trailingSpacesRemoved
                let unit = ChineseTypography.units.contains(character)
                let afterNumber = body.last?.isNumber == true && (last != " " || unit)
                let afterUnit = unit && body.last.map(ChineseTypography.units.contains) == true && body.contains(where: \.isNumber)
                if afterNumber || afterUnit {
                    current.append(character)
                    if !unit {
                        tokens.append(current)
                        current = ""
                    }
                    continue
                }
            }
            if wide {
                if !current.isEmpty && !ChineseTypography.opening.contains(current.last!) {
                    tokens.append(current)
                    current = ""
                }
                current.append(character)
                if !ChineseTypography.opening.contains(character) {
                    tokens.append(current)
                    current = ""
                }
                continue
            }
            if character == " " {
                current.append(character)
                continue
            }
            // After a space, or after a hyphen or slash between words (not inside a number or a
            // date such as 2024-04 or 1/2).
            let afterPunctuation = (current.last == "-" || current.last == "/") && !character.isNumber
            if current.last == " " || afterPunctuation {
                tokens.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}

extension String {
    var trailingSpacesRemoved: String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }

    var leadingSpacesRemoved: String {
        String(drop { $0 == " " })
    }
}
