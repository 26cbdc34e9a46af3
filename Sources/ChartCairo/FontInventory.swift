import CPangoCairo
import Foundation

/// What fonts this machine offers the renderer, cheaply fingerprinted.
public enum FontInventory {
    /// A line per font folder fontconfig searches (and each of its sub-folders): path and
    /// modification time.
    ///
    /// Installing, removing or upgrading a font (package managers replace files by renaming)
    /// changes the modification time of its folder, so renders that may depend on the fonts are
    /// redone (`charts all` keeps this in its build record). Reading folder times costs a few
    /// `stat` calls; asking fontconfig to match the theme's fonts would cost milliseconds.
    public static func fingerprint() -> String {
        guard let list = FcConfigGetFontDirs(nil) else { return "no font folders" }
        defer { FcStrListDone(list) }
        var lines: [String] = []
        while let directory = FcStrListNext(list) {
            let path = String(cString: directory)
            var info = stat()
            let modified = stat(path, &info) == 0 ? "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)" : "missing"
            lines.append("\(path) \(modified)")
        }
        return lines.sorted().joined(separator: "\n")
    }
}
