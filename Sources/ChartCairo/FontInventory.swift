import CPangoCairo
import Foundation

/// What fonts this machine offers the renderer: fontconfig's set-up, a text engine made ready
/// while the command starts, and a cheap fingerprint of the font folders.
public enum FontInventory {
    /// The engine the warm-up makes for the first worker.
    static let warm = WarmEngine()

    /// Starts, on a background thread, what the first chart needs before it can measure text:
    /// fontconfig's configuration and font caches (see ``configuration``), then a ``TextEngine``
    /// with the theme's two weights loaded and shaped once; once that engine is handed over, the
    /// faces an SVG embeds. A command's own start-up (arguments, specs, data) overlaps it, and
    /// the chart's layout the last part. Call once, at the start of a command that draws, and
    /// ``waitForWarmUp()`` before the process exits.
    public static func warmUp() {
        warm.start { FontEmbedder.preloadLatinFaces() }
    }

    /// Waits until the warm-up has finished (at once when there was none): exiting while it is
    /// inside fontconfig, Pango or HarfBuzz could run their exit handlers under it.
    public static func waitForWarmUp() {
        warm.waitUntilFinished()
    }

    /// Fontconfig set up once per process, before anything asks it for a font (reading this
    /// waits while another thread sets it up).
    ///
    /// On a system laid out as Debian's (rules in `/etc/fonts/conf.d`, caches in
    /// `/var/cache/fontconfig`), and unless `FONTCONFIG_FILE` or `FONTCONFIG_PATH` name a
    /// configuration of the user's own, charts loads a smaller one than the system's `fonts.conf`:
    /// the same font folders and caches, the system's rules that decide which font a family name
    /// and a missing character fall to (``systemRules``), and the administrator's `local.conf` and
    /// the user's own `fonts.conf` when they exist (they may add folders). What it leaves out is
    /// hinting and antialiasing (``TextEngine`` sets its own) and aliases of fonts the theme never
    /// asks for: most of the 47 files, and most of fontconfig's 6 ms start-up. The fonts tried, and
    /// their order, are the same as under the system's configuration for every family list the
    /// theme uses. Elsewhere, or when that set-up finds no fonts, fontconfig's own start-up runs.
    static let configuration: Void = {
        if usesOwnConfiguration, let config = FcConfigCreate() {
            if FcConfigParseAndLoadFromMemory(config, configurationXML, FcTrue) != 0,
               FcConfigBuildFonts(config) != 0,
               let fonts = FcConfigGetFonts(config, FcSetSystem), fonts.pointee.nfont > 0,
               FcConfigSetCurrent(config) != 0 {
                FcConfigDestroy(config)  // the current configuration keeps its own reference
                return
            }
            FcConfigDestroy(config)
        }
        _ = FcInit()
    }()

    /// Whether ``configuration`` loads charts' own set-up rather than the system's.
    static var usesOwnConfiguration: Bool {
        let environment = ProcessInfo.processInfo.environment
        return environment["FONTCONFIG_FILE"] == nil && environment["FONTCONFIG_PATH"] == nil
            && access("/etc/fonts/conf.d", F_OK) == 0 && access("/var/cache/fontconfig", F_OK) == 0
    }

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
          <include ignore_missing="yes">/etc/fonts/local.conf</include>
          <include ignore_missing="yes" prefix="xdg">fontconfig/conf.d</include>
          <include ignore_missing="yes" prefix="xdg">fontconfig/fonts.conf</include>
          <include ignore_missing="yes" deprecated="yes">~/.fonts.conf</include>
        </fontconfig>
        """
    }

    /// A line per font folder fontconfig searches (and each of its sub-folders) and per
    /// configuration file it read: path and modification time; and the user's own configuration
    /// when the environment names one, since its rules can choose other fonts from the same folders.
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
        if let files = FcConfigGetConfigFiles(nil) {
            defer { FcStrListDone(files) }
            while let file = FcStrListNext(files) {
                let path = String(cString: file)
                lines.append("\(path) \(modified(path))")
            }
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
