import CPangoCairo
import Foundation

/// Which font files the theme's fonts resolve to on this machine.
public enum FontInventory {
    /// The fontconfig patterns the theme asks for: both families, regular and bold.
    static let patterns = ["Noto Sans", "Noto Sans:weight=bold", "Noto Sans CJK SC", "Noto Sans CJK SC:weight=bold"]

    /// A line per theme font: the file fontconfig picks, its size and modification time.
    ///
    /// Installing, removing or updating a font changes it, so renders that depend on the fonts
    /// can be redone (``charts all`` keeps it in its build record).
    public static func fingerprint() -> String {
        patterns.map { name -> String in
            guard let pattern = FcNameParse(name) else { return "\(name): unparsable" }
            defer { FcPatternDestroy(pattern) }
            FcConfigSubstitute(nil, pattern, FcMatchPattern)
            FcDefaultSubstitute(pattern)
            var result = FcResultMatch
            guard let match = FcFontMatch(nil, pattern, &result) else { return "\(name): none" }
            defer { FcPatternDestroy(match) }
            var file: UnsafeMutablePointer<FcChar8>?
            guard FcPatternGetString(match, FC_FILE, 0, &file) == FcResultMatch, let file else { return "\(name): no file" }
            let path = String(cString: file)
            let attributes = try? FileManager.default.attributesOfItem(atPath: path)
            let size = (attributes?[.size] as? NSNumber)?.intValue ?? -1
            let modified = (attributes?[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0
            return "\(name): \(path) \(size) \(Int(modified))"
        }.joined(separator: "\n")
    }
}
