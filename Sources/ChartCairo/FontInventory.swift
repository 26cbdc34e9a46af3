import CPangoCairo
import Foundation

/// What fonts this machine offers the renderer, cheaply fingerprinted.
public enum FontInventory {
    /// Done once fontconfig has read its configuration and font caches.
    private static let ready = DispatchGroup()

    /// Starts reading fontconfig's configuration on a background thread (about 6 ms), so that a
    /// command's own start-up (arguments, specs, data) overlaps it; whatever needs fonts first
    /// waits for it in ``waitUntilReady()``. Call once, at the start of the process.
    public static func warmUp() {
        ready.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            _ = FcInit()
            ready.leave()
        }
    }

    /// Waits for ``warmUp()`` to finish (at once when it was never called), so that fontconfig is
    /// not initialised twice at the same time.
    public static func waitUntilReady() {
        ready.wait()
    }

    /// A line per font folder fontconfig searches (and each of its sub-folders): path and
    /// modification time.
    ///
    /// Installing, removing or upgrading a font (package managers replace files by renaming)
    /// changes the modification time of its folder, so renders that may depend on the fonts are
    /// redone (`charts all` keeps this in its build record). Reading folder times costs a few
    /// `stat` calls; asking fontconfig to match the theme's fonts would cost milliseconds.
    public static func fingerprint() -> String {
        waitUntilReady()
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
