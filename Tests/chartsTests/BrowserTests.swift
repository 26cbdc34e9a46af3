import Foundation
import Testing

/// Chromium, headless, when installed (CI installs Debian's `chromium`).
enum Browser {
    static let path = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].first { FileManager.default.isExecutableFile(atPath: $0) }

    /// Whether the browser tests run: always in CI (where a missing browser fails them), else
    /// when Chromium is installed.
    static var available: Bool { path != nil || ProcessInfo.processInfo.environment["CI"] != nil }

    /// The page's DOM once its scripts have run, with fontconfig reading `fontConfig` if given.
    static func dom(of page: URL, fontConfig: URL? = nil) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(path, "chromium is not installed (apt-get install chromium)"))
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=10000", "--dump-dom", page.absoluteString]
        var environment = ProcessInfo.processInfo.environment
        if let fontConfig { environment["FONTCONFIG_FILE"] = fontConfig.path }
        process.environment = environment
        let out = Pipe()
        process.standardOutput = out
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// A fontconfig configuration that sees only DejaVu: the usual Linux fallback when Noto is
    /// missing, so that a file that depends on the reader's fonts shows it.
    static func withoutNoto(in folder: URL) throws -> URL {
        let config = folder.appendingPathComponent("no-noto.conf")
        try Data("""
        <?xml version="1.0"?>
        <!DOCTYPE fontconfig SYSTEM "fonts.dtd">
        <fontconfig>
          <dir>/usr/share/fonts/truetype/dejavu</dir>
          <cachedir>\(folder.appendingPathComponent("font-cache").path)</cachedir>
        </fontconfig>
        """.utf8).write(to: config)
        return config
    }
}

@Suite(.serialized, .enabled(if: Browser.available, "Chromium is not installed: the browser checks of the SVGs are skipped (CI installs it)"))
struct BrowserTests {
    /// Every article chart's SVG in one page; a script measures every `<text>` (getBBox) once the
    /// fonts are loaded and writes `[[chart, text, x, y, width, height]…]` into the page.
    func page(charts: [String], svgs: URL, to page: URL) throws {
        var body = ""
        for name in charts {
            let svg = try String(contentsOf: svgs.appendingPathComponent("\(name).svg"), encoding: .utf8)
            body += "<div data-chart=\"\(name)\">" + svg.split(separator: "\n", maxSplits: 1)[1] + "</div>\n"
        }
        try Data("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>SVG check</title></head><body style="margin:0">
        \(body)<script>
        document.fonts.ready.then(() => {
          const out = [];
          document.querySelectorAll("div[data-chart]").forEach(div => div.querySelectorAll("text").forEach(t => {
            const b = t.getBBox(); out.push([div.dataset.chart, t.textContent, b.x, b.y, b.width, b.height]);
          }));
          const pre = document.createElement("pre"); pre.id = "boxes"; pre.textContent = JSON.stringify(out);
          document.body.appendChild(pre);
        });
        </script></body></html>
        """.utf8).write(to: page)
    }

    func boxes(_ dom: String) throws -> [[Any]] {
        let start = try #require(dom.range(of: "<pre id=\"boxes\">"), "the page's script did not run")
        let end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
        let json = dom[start.upperBound..<end.lowerBound].replacingOccurrences(of: "&quot;", with: "\"")
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">").replacingOccurrences(of: "&amp;", with: "&")
        return try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[Any]])
    }

    /// Chromium draws every text of every article SVG where the layout put it — with Noto
    /// installed, and with Noto hidden from fontconfig (the embedded subsets take over). The
    /// horizontal extent of each text's box matches the scene within 1 px (on the left, plus the
    /// ink of a first glyph reaching left of its origin, which getBBox counts and the scene not;
    /// on the right, plus 0.1% of the line for Skia's rounding of glyph positions).
    @Test func everyTextSitsWhereTheLayoutPutItWithOrWithoutNoto() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        let out = project.appendingPathComponent("out")
        #expect(try CLI.run(["all", "--project", project.path, "--format", "svg", "--scale", "1"]).status == 0)
        let charts = try FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("charts").path)
            .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()
        for name in charts {
            #expect(try CLI.run(["render", name, "--project", project.path, "--format", "svg", "--scene", "--scale", "1", "--force"]).status == 0)
        }
        let html = project.appendingPathComponent("check.html")
        try page(charts: charts, svgs: out, to: html)
        for fontConfig in [nil, try Browser.withoutNoto(in: project)] {
            let measured = try boxes(try Browser.dom(of: html, fontConfig: fontConfig))
            let condition = fontConfig == nil ? "with Noto" : "without Noto"
            var compared = 0
            for name in charts {
                let scene = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: out.appendingPathComponent("\(name).scene.json"))) as? [String: Any])
                let width = try #require(scene["width"] as? Double)
                let texts = try #require(scene["items"] as? [[String: Any]]).filter { $0["kind"] as? String == "text" && $0["angle"] == nil }
                let drawn = measured.filter { $0[0] as? String == name && !($0[1] as? String ?? "").isEmpty }
                #expect(drawn.count >= texts.count, "\(name) \(condition): \(drawn.count) texts measured, \(texts.count) in the scene")
                // The file may order texts differently from the scene (notes and source last):
                // match them by their words, in order among equal ones. Turned texts are measured
                // in their own frame and left out.
                var byText: [String: [[Any]]] = [:]
                for box in drawn { byText[box[1] as? String ?? "", default: []].append(box) }
                for text in texts {
                    let box = try #require(text["bbox"] as? [String: Double])
                    let words = text["text"] as? String ?? ""
                    guard let browser = byText[words]?.first else {
                        Issue.record("\(name) \(condition): “\(words)” is not in the page")
                        continue
                    }
                    byText[words]?.removeFirst()
                    let x = browser[2] as! Double, w = browser[4] as! Double
                    // getBBox's left edge may take in a glyph's ink left of its origin (the J of
                    // "Jul": about a tenth of the font size); its right edge is the advance, where
                    // Skia's 1/64-px positions add up to about a pixel over a 1,100-px line.
                    #expect(abs(x - box["x"]!) <= 1 + 0.1 * box["height"]! && abs(x + w - box["x"]! - box["width"]!) <= 1 + 0.001 * w,
                            "\(name) \(condition): “\(text["text"] ?? "")” spans \(x)…\(x + w), the layout \(box["x"]!)…\(box["x"]! + box["width"]!)")
                    #expect(x >= -0.5 && x + w <= width + 0.5, "\(name) \(condition): “\(text["text"] ?? "")” leaves the canvas")
                    compared += 1
                }
            }
            #expect(compared > 200, "\(condition): \(compared) texts compared")
        }
    }
}

@Suite(.serialized, .enabled(if: Browser.available, "Chromium is not installed: the gallery's browser check is skipped (CI installs it)"))
struct GalleryTests {
    @Test func theGalleryShowsEveryChartWithItsAltTextAndFitsAPhone() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        #expect(try CLI.run(["all", "--project", project.path]).status == 0)
        let out = project.appendingPathComponent("out")
        let page = try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8)
        #expect(page.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(!page.contains("http://") && !page.contains("https://") && !page.contains("<script"), "self-contained, no scripts")
        // A second run that renders nothing leaves the page as it was.
        #expect(try CLI.run(["all", "--project", project.path]).status == 0)
        #expect(try String(contentsOf: out.appendingPathComponent("index.html"), encoding: .utf8) == page)
        // Loaded in Chromium in a 360 px frame: every image loads, has its alt text, and nothing is
        // wider than the screen.
        let check = project.appendingPathComponent("check.html")
        try Data("""
        <!DOCTYPE html><html><head><meta charset="utf-8"><title>check</title></head><body style="margin:0">
        <iframe id="g" src="out/index.html" style="width:360px;height:800px;border:0"></iframe>
        <script>
        document.getElementById("g").addEventListener("load", () => {
          const doc = document.getElementById("g").contentDocument;
          const images = Array.from(doc.querySelectorAll("img"));
          Promise.all(images.map(i => i.decode().catch(() => null))).then(() => {
            const result = {images: images.length,
              loaded: images.filter(i => i.complete && i.naturalWidth > 0).length,
              withAlt: images.filter(i => i.alt.length > 40).length,
              figures: doc.querySelectorAll("section").length,
              scrollWidth: doc.documentElement.scrollWidth};
            const pre = document.createElement("pre"); pre.id = "result"; pre.textContent = JSON.stringify(result);
            document.body.appendChild(pre);
          });
        });
        </script></body></html>
        """.utf8).write(to: check)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: try #require(Browser.path, "chromium is not installed"))
        process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--allow-file-access-from-files",
                             "--virtual-time-budget=15000", "--dump-dom", check.absoluteString]
        let outPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = FileHandle.nullDevice
        try process.run()
        let dom = String(decoding: outPipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let start = try #require(dom.range(of: "<pre id=\"result\">"), "the check did not run: \(dom.prefix(300))")
        let end = try #require(dom.range(of: "</pre>", range: start.upperBound..<dom.endIndex))
        let json = dom[start.upperBound..<end.lowerBound].replacingOccurrences(of: "&quot;", with: "\"")
        let result = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Int])
        let charts = try FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("charts").path).filter { $0.hasSuffix(".toml") }
        #expect(result["figures"] == charts.count)
        #expect(result["images"] == charts.count)
        #expect(result["loaded"] == charts.count, "\(result)")
        #expect(result["withAlt"] == charts.count, "\(result)")
        #expect((result["scrollWidth"] ?? 9999) <= 360, "\(result)")
    }
}
