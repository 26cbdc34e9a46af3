import Foundation
import Testing
import CPangoCairo

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
            // And as drawn, no two level texts of a chart overlap (more than a pixel's sliver).
            for name in charts {
                let boxes = measured.filter { $0[0] as? String == name && !($0[1] as? String ?? "").isEmpty }
                    .map { ($0[1] as! String, $0[2] as! Double, $0[3] as! Double, $0[4] as! Double, $0[5] as! Double) }
                for (index, a) in boxes.enumerated() {
                    for b in boxes[(index + 1)...] {
                        let width = min(a.1 + a.3, b.1 + b.3) - max(a.1, b.1), height = min(a.2 + a.4, b.2 + b.4) - max(a.2, b.2)
                        #expect(!(width > 1 && height > 1), "\(name) \(condition): “\(a.0)” overlaps “\(b.0)” by \(width) × \(height)")
                    }
                }
            }
        }
    }
}

@Suite(.serialized, .enabled(if: Browser.available, "Chromium is not installed: the gallery's browser check is skipped (CI installs it)"))
struct GalleryTests {
    @Test func theGalleryShowsEveryChartWithItsAltTextAndFitsAPhone() throws {
        let project = try CLI.articleProject(editions: true)
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
        // Each chart and its column and mobile editions, in English and in Chinese, side by side.
        #expect(result["images"] == 6 * charts.count)
        #expect(result["loaded"] == 6 * charts.count, "\(result)")
        #expect(page.contains("lang=\"zh-Hans\" alt=\"从达摩院到“All in AI”，2017–2025年 (zh/column)\""), "a Chinese edition described in Chinese")
        #expect((result["withAlt"] ?? 0) >= charts.count, "\(result)")
        #expect((result["scrollWidth"] ?? 9999) <= 360, "\(result)")
    }
}

@Suite(.serialized, .enabled(if: Browser.available, "Chromium is not installed: the screenshot check of the SVGs is skipped (CI installs it)"))
struct ScreenshotTests {
    /// The pixels of a PNG as 0xRRGGBB values, read by Cairo.
    func pixels(_ url: URL) throws -> (width: Int, height: Int, values: [UInt32]) {
        let surface = try #require(cairo_image_surface_create_from_png(url.path))
        defer { cairo_surface_destroy(surface) }
        #expect(cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, "\(url.lastPathComponent) did not load")
        let width = Int(cairo_image_surface_get_width(surface)), height = Int(cairo_image_surface_get_height(surface))
        let stride = Int(cairo_image_surface_get_stride(surface))
        let data = try #require(cairo_image_surface_get_data(surface))
        var values: [UInt32] = []
        values.reserveCapacity(width * height)
        for y in 0..<height {
            let row = UnsafeRawPointer(data.advanced(by: y * stride)).assumingMemoryBound(to: UInt32.self)
            for x in 0..<width { values.append(row[x] & 0xFF_FFFF) }
        }
        return (width, height, values)
    }

    /// Chromium's picture of each article SVG, with Noto hidden from fontconfig, against our PNG
    /// at 1×. Glyph edges are antialiased differently by Skia and Cairo: at most 0.33% of the
    /// pixels differ by more than 96 levels in a channel, and 0.02% by more than 160, on the
    /// article set. A word drawn a few pixels off would show as full-contrast differences of
    /// about 0.06% of a chart, so the limits are 0.5% and 0.05%.
    @Test func chromiumDrawsEachSVGLikeOurPNGWithoutNoto() throws {
        let project = try CLI.articleProject()
        defer { try? FileManager.default.removeItem(at: project) }
        #expect(try CLI.run(["all", "--project", project.path, "--format", "png,svg", "--scale", "1"]).status == 0)
        let out = project.appendingPathComponent("out")
        let config = try Browser.withoutNoto(in: project)
        let charts = try FileManager.default.contentsOfDirectory(atPath: project.appendingPathComponent("charts").path)
            .filter { $0.hasSuffix(".toml") }.map { String($0.dropLast(5)) }.sorted()
        for name in charts {
            let ours = try pixels(out.appendingPathComponent("\(name).png"))
            let shot = project.appendingPathComponent("\(name)-chromium.png")
            let process = Process()
            process.executableURL = URL(fileURLWithPath: try #require(Browser.path, "chromium is not installed"))
            process.arguments = ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                                 "--window-size=\(ours.width),\(ours.height)", "--screenshot=\(shot.path)",
                                 out.appendingPathComponent("\(name).svg").absoluteString]
            process.environment = ProcessInfo.processInfo.environment.merging(["FONTCONFIG_FILE": config.path]) { $1 }
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            let theirs = try pixels(shot)
            #expect(theirs.width == ours.width && theirs.height == ours.height, "\(name): screenshot size")
            guard theirs.values.count == ours.values.count else { continue }
            var over96 = 0, over160 = 0
            for (a, b) in zip(ours.values, theirs.values) where a != b {
                let difference = [16, 8, 0].map { abs(Int((a >> $0) & 0xFF) - Int((b >> $0) & 0xFF)) }.max()!
                if difference > 96 { over96 += 1 }
                if difference > 160 { over160 += 1 }
            }
            let total = Double(ours.values.count)
            #expect(Double(over96) / total <= 0.005, "\(name): \(over96) pixels differ by more than 96")
            #expect(Double(over160) / total <= 0.0005, "\(name): \(over160) pixels differ by more than 160")
        }
    }
}
