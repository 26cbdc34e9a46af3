import CPangoCairo
import Foundation

/// What fonts this machine offers the renderer: fontconfig's set-up, a text engine made ready
/// while the command starts, and a cheap fingerprint of the font folders.
public enum FontInventory {
    /// Left once the warm-up has stored its engine (at once when there was no warm-up).
    private static let warmed = DispatchGroup()
    /// The engine the warm-up made, until a worker takes it; stored and taken under `spareLock`.
    /// Only the warm-up thread uses it before it is stored, and only the one caller of
    /// ``takeWarmEngine()`` that gets it uses it after, so it is never used by two threads at once.
    nonisolated(unsafe) private static var spare: TextEngine?
    private static let spareLock = NSLock()

    /// Starts, on a background thread, what the first chart needs before it can measure text:
    /// fontconfig's configuration and font caches (see ``configuration``), then a ``TextEngine``
    /// with the theme's two weights loaded and shaped once; once that engine is handed over, the
    /// faces an SVG embeds. A command's own start-up (arguments, specs, data) overlaps it, and
    /// the chart's layout the last part. Call once, at the start of the process.
    public static func warmUp() {
        warmed.enter()
        DispatchQueue.global(qos: .userInitiated).async {
            let engine = TextEngine()
            engine.loadThemeFonts()
            spareLock.withLock { spare = engine }
            warmed.leave()
            FontEmbedder.preloadLatinFaces()
        }
    }

    /// The engine ``warmUp()`` made, once it is ready; `nil` when there was no warm-up or
    /// another worker took it first.
    static func takeWarmEngine() -> TextEngine? {
        warmed.wait()
        return spareLock.withLock {
            defer { spare = nil }
            return spare
        }
    }

    /// Fontconfig set up once per process, before anything asks it for a font (reading this
    /// waits while another thread sets it up).
    ///
    /// Unless `FONTCONFIG_FILE` or `FONTCONFIG_PATH` name a configuration of the user's own,
    /// charts loads a fixed one instead of the system's `fonts.conf`: the system and user font
    /// folders with their caches, and the system's rules that decide which font a family name and
    /// a missing character fall to (``systemRules``). The rules it leaves out (hinting and
    /// antialiasing, which ``TextEngine`` sets itself; aliases of fonts the theme never asks for;
    /// a user's own `fonts.conf`) take most of fontconfig's 6 ms start-up, and leaving a user's
    /// rules out makes output depend on the installed fonts only. The fonts found, and their order
    /// for every family list the theme uses, are the same as under the full configuration.
    static let configuration: Void = {
        let environment = ProcessInfo.processInfo.environment
        if environment["FONTCONFIG_FILE"] == nil && environment["FONTCONFIG_PATH"] == nil,
           let config = FcConfigCreate() {
            if FcConfigParseAndLoadFromMemory(config, configurationXML, FcTrue) != 0,
               FcConfigBuildFonts(config) != 0, FcConfigSetCurrent(config) != 0 {
                FcConfigDestroy(config)  // the current configuration keeps its own reference
                return
            }
            FcConfigDestroy(config)
        }
        _ = FcInit()
    }()

    /// The system's rule files (in `/etc/fonts/conf.d`, each included only if present) that
    /// choose fonts: generic families, the preferred fonts of Latin and other scripts, Noto CJK's
    /// language preferences, no bitmap fonts, and synthetic bold for faces that have none.
    static let systemRules = [
        "45-generic", "45-latin", "49-sansserif", "60-generic", "60-latin", "65-nonlatin",
        "70-fonts-noto-cjk", "70-no-bitmaps", "90-synthetic",
    ]

    private static var configurationXML: String {
        let rules = systemRules.map { #"<include ignore_missing="yes">/etc/fonts/conf.d/\#($0).conf</include>"# }
        return """
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">
        <fontconfig>
          <dir>/usr/share/fonts</dir>
          <dir>/usr/local/share/fonts</dir>
          <dir prefix="xdg">fonts</dir>
          <dir>~/.fonts</dir>
          <cachedir>/var/cache/fontconfig</cachedir>
          <cachedir prefix="xdg">fontconfig</cachedir>
          <cachedir>~/.fontconfig</cachedir>
          \(rules.joined(separator: "\n  "))
        </fontconfig>
        """
    }

    /// A line per font folder fontconfig searches (and each of its sub-folders): path and
    /// modification time; after them, the user's own configuration when one is named (its path
    /// and modification time), since its rules can choose other fonts from the same folders.
    ///
    /// Installing, removing or upgrading a font (package managers replace files by renaming)
    /// changes the modification time of its folder, so renders that may depend on the fonts are
    /// redone (`charts all` keeps this in its build record). Reading folder times costs a few
    /// `stat` calls; asking fontconfig to match the theme's fonts would cost milliseconds.
    public static func fingerprint() -> String {
        configuration
        guard let list = FcConfigGetFontDirs(nil) else { return "no font folders" }
        defer { FcStrListDone(list) }
        var lines: [String] = []
        while let directory = FcStrListNext(list) {
            let path = String(cString: directory)
            lines.append("\(path) \(modified(path))")
        }
        let environment = ProcessInfo.processInfo.environment
        let own = ["FONTCONFIG_FILE", "FONTCONFIG_PATH"].compactMap { name in
            environment[name].map { "\(name)=\($0) \(modified($0))" }
        }
        return (lines.sorted() + own).joined(separator: "\n")
    }

    /// The modification time of `path`, or "missing".
    private static func modified(_ path: String) -> String {
        var info = stat()
        return stat(path, &info) == 0 ? "\(info.st_mtim.tv_sec).\(info.st_mtim.tv_nsec)" : "missing"
    }
}
