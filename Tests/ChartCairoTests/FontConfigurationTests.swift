import CPangoCairo
import ChartCore
import Testing
@testable import ChartCairo

/// The fixed fontconfig set-up charts loads instead of the system's `fonts.conf`, and the text
/// engine made ready while a command starts.
@Suite struct FontConfigurationTests {
    /// The font files fontconfig would try, in order, for `pattern` under `config`.
    private func sorted(_ pattern: String, in config: OpaquePointer?) -> [String] {
        guard let parsed = FcNameParse(pattern) else { return [] }
        defer { FcPatternDestroy(parsed) }
        FcConfigSubstitute(config, parsed, FcMatchPattern)
        FcDefaultSubstitute(parsed)
        var result = FcResultNoMatch
        guard let set = FcFontSort(config, parsed, FcTrue, nil, &result) else { return [] }
        defer { FcFontSetDestroy(set) }
        return (0..<Int(set.pointee.nfont)).map { index in
            var file: UnsafeMutablePointer<FcChar8>?
            FcPatternGetString(set.pointee.fonts[index], FC_FILE, 0, &file)
            return file.map { String(cString: $0) } ?? "?"
        }
    }

    @Test func itTriesTheSameFontsInTheSameOrderAsTheSystemConfiguration() throws {
        FontInventory.configuration
        let system = try #require(FcInitLoadConfigAndFonts(), "the system's fontconfig configuration")
        defer { FcConfigDestroy(system) }
        // Each face's family list in both weights, for Latin text, Chinese, and two scripts that
        // neither theme font has (their characters fall back down this list).
        for families in [themeFontFamily(.latin), themeFontFamily(.cjk)] {
            for style in ["", ":weight=200"] {
                for language in ["en", "zh-cn", "ar", "hi"] {
                    let pattern = "\(families)\(style):lang=\(language)"
                    let ours = sorted(pattern, in: nil), theirs = sorted(pattern, in: system)
                    #expect(ours.count > 10, "\(pattern): \(ours.count) fonts")
                    let same = ours == theirs
                    let at = (0..<min(ours.count, theirs.count)).first { ours[$0] != theirs[$0] } ?? min(ours.count, theirs.count)
                    #expect(same, "\(pattern): font \(at) is \(ours.dropFirst(at).first ?? "none"), not \(theirs.dropFirst(at).first ?? "none")")
                }
            }
        }
        #expect(sorted(themeFontFamily(.latin), in: nil).first?.hasSuffix("NotoSans-Regular.ttf") == true)
    }

    @Test func itKeepsTheSystemFontFolders() {
        FontInventory.configuration
        let folders = FontInventory.fingerprint().split(separator: "\n").map { $0.split(separator: " ")[0] }
        #expect(folders.contains("/usr/share/fonts"))
        #expect(folders.contains { $0.hasPrefix("/usr/share/fonts/truetype/noto") })
    }

    @Test func theWarmEngineMeasuresAsANewOne() {
        FontInventory.warmUp()
        let warm = PangoTextMeasurer(engine: TextEngine.warmOrNew())
        let new = PangoTextMeasurer(engine: TextEngine())
        for font in [FontStyle(size: 13), FontStyle(size: 20, weight: .bold), FontStyle(size: 11, face: .cjk)] {
            let text = "Qwen2.5 (Sep 2024) · 通义千问 ×3.8"
            #expect(warm.measure(text, font: font) == new.measure(text, font: font))
        }
    }
}
