import CPangoCairo
import ChartCore
import Synchronization
import Testing
@testable import ChartCairo

/// The fixed fontconfig set-up charts loads instead of the system's `fonts.conf`, and the text
/// engine made ready while a command starts.
@Suite struct FontConfigurationTests {
    /// The fonts (file and face index) fontconfig would try, in order, for `pattern` under `config`.
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
            var face: Int32 = 0
            FcPatternGetString(set.pointee.fonts[index], FC_FILE, 0, &file)
            FcPatternGetInteger(set.pointee.fonts[index], FC_INDEX, 0, &face)
            return (file.map { String(cString: $0) } ?? "?") + "#\(face)"
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
        #expect(sorted(themeFontFamily(.latin), in: nil).first?.hasSuffix("NotoSans-Regular.ttf#0") == true)
    }

    @Test func chartsOwnSetUpIsTheOneInUse() throws {
        try #require(FontInventory.usesOwnConfiguration, "FONTCONFIG_FILE or FONTCONFIG_PATH is set, or not a Debian layout")
        FontInventory.configuration
        var files: [String] = []
        if let list = FcConfigGetConfigFiles(nil) {
            defer { FcStrListDone(list) }
            while let file = FcStrListNext(list) { files.append(String(cString: file)) }
        }
        #expect(!files.contains("/etc/fonts/fonts.conf"), "\(files)")
        #expect(files.contains { $0.hasSuffix("60-latin.conf") }, "\(files)")
    }

    @Test func itKeepsTheSystemFontFolders() {
        FontInventory.configuration
        let folders = FontInventory.fingerprint().split(separator: "\n").map { $0.split(separator: " ")[0] }
        #expect(folders.contains("/usr/share/fonts"))
        #expect(folders.contains { $0.hasPrefix("/usr/share/fonts/truetype/noto") })
    }

    @Test func theWarmEngineGoesToTheFirstAskerOnly() {
        let warm = WarmEngine()
        #expect(warm.take() == nil, "no warm-up, no engine")
        let done = Mutex(false)
        warm.start { done.withLock { $0 = true } }
        let first = warm.take()
        #expect(first != nil)
        #expect(warm.take() == nil)
        warm.waitUntilFinished()
        #expect(done.withLock { $0 })
        // The warm engine measures as a new one does.
        guard let first else { return }
        let warmMeasurer = PangoTextMeasurer(engine: first), newMeasurer = PangoTextMeasurer(engine: TextEngine())
        for font in [FontStyle(size: 13), FontStyle(size: 20, weight: .bold), FontStyle(size: 11, face: .cjk)] {
            let text = "Qwen2.5 (Sep 2024) · 通义千问 ×3.8"
            #expect(warmMeasurer.measure(text, font: font) == newMeasurer.measure(text, font: font))
        }
    }
}
