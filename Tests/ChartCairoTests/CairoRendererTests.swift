import CPangoCairo
import ChartCore
import Dataset
import Foundation
import TestSupport
import Testing
@testable import ChartCairo

/// A small chart drawn with the real fonts, for the rendered-file tests.
func sampleScene() -> Scene {
    let chart = BarChart(
        frame: ChartFrame.Texts(title: "Hanguang 800 (含光 800)", subtitle: "Images per second", source: "Source: §II, ref. 6"),
        width: 400, height: 250,
        categories: [BarChart.Category(name: "ResNet-50"), BarChart.Category(name: "Other", highlighted: true)],
        series: [BarChart.Series(label: "IPS")], values: [[78_563], [30_000]], format: NumberFormat(compact: true))
    return BarLayout.layout(chart, measurer: PangoTextMeasurer()).scene
}

/// A small timeline drawn with the real fonts: every precision, a span, a highlight, Chinese.
func sampleTimelineScene() -> Scene {
    func date(_ text: String) -> PartialDate { try! PartialDate(parsing: text) }
    let chart = TimelineChart(
        frame: ChartFrame.Texts(title: "Qwen (通义千问) releases", source: "Source: §IV"),
        width: 600, height: 300,
        events: [
            TimelineChart.Event(label: "Qwen launched", date: date("2023-04-11"), highlighted: true),
            TimelineChart.Event(label: "Qwen-7B", date: date("2023-08-03")),
            TimelineChart.Event(label: "Qwen-72B", date: date("~2023-12")),
            TimelineChart.Event(label: "Qwen2", date: date("2024-06"), end: date("2024-09")),
            TimelineChart.Event(label: "Qwen3", date: date("2025")),
        ])
    return TimelineLayout.layout(chart, measurer: PangoTextMeasurer()).scene
}

/// The size of a PNG from its IHDR chunk.
func pngSize(_ data: Data) -> (Int, Int) {
    let bytes = [UInt8](data.prefix(24))
    func be32(_ offset: Int) -> Int { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) } }
    return (be32(16), be32(20))
}

@Suite struct CairoRendererTests {
    @Test func pngHasScaledPixelSize() throws {
        let renderer = CairoRenderer()
        let scene = sampleScene()
        let one = try renderer.render(scene, format: .png, scale: 1)
        let two = try renderer.render(scene, format: .png, scale: 2)
        #expect(one.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        #expect(pngSize(one) == (400, 250))
        #expect(pngSize(two) == (800, 500))
    }

    @Test func vectorFormatsAreWellFormed() throws {
        let renderer = CairoRenderer()
        let svg = String(decoding: try renderer.render(sampleScene(), format: .svg), as: UTF8.self)
        #expect(svg.hasPrefix("<?xml"))
        #expect(svg.contains("width=\"400px\" height=\"250px\" viewBox=\"0 0 400 250\""))
        #expect(svg.contains(">Hanguang 800 (含光 800)</text>"))
        #expect(svg.hasSuffix("</svg>\n"))
        let pdf = try renderer.render(sampleScene(), format: .pdf)
        #expect(pdf.starts(with: Data("%PDF".utf8)))
        #expect(String(decoding: pdf, as: UTF8.self).contains("/CreationDate (D:19700101000000Z)"))
    }

    @Test(arguments: OutputFormat.allCases)
    func sameSceneSameBytes(format: OutputFormat) throws {
        let scene = sampleScene()
        let first = try CairoRenderer().render(scene, format: format)
        let second = try CairoRenderer().render(scene, format: format)
        let third = try CairoRenderer().render(scene, format: format)
        #expect(first == second && second == third)
    }

    /// Two hundred bars 1.3 px wide, 0.3 px apart: no pixel column between them is blank (snapped
    /// to pixels, their gaps would alternate between none and a whole white column: stripes).
    @Test func denseBarsDoNotStripe() throws {
        let white = ChartCore.Color(hex: "#FFFFFF")!, black = ChartCore.Color(hex: "#000000")!
        var items = [SceneItem(.background, .rect(Rect(x: 0, y: 0, width: 400, height: 100), fill: white))]
        for index in 0..<200 {
            items.append(SceneItem(.bar, .rect(Rect(x: 10 + Double(index) * 1.6, y: 20, width: 1.3, height: 60), fill: black), datum: index))
        }
        let png = try CairoRenderer().render(Scene(width: 400, height: 100, items: items), format: .png, scale: 1)
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("dense-\(UUID().uuidString).png")
        try png.write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let surface = try #require(cairo_image_surface_create_from_png(file.path))
        defer { cairo_surface_destroy(surface) }
        let stride = Int(cairo_image_surface_get_stride(surface)), data = try #require(cairo_image_surface_get_data(surface))
        let blank = (11..<327).filter { x in data[50 * stride + 4 * x] == 255 && data[50 * stride + 4 * x + 1] == 255 }
        #expect(blank.isEmpty, "blank columns between dense bars: \(blank.prefix(10))")
        // A wide bar still has crisp edges: its first column fully dark.
        let wide = try CairoRenderer().render(Scene(width: 100, height: 100, items: [items[0], SceneItem(.bar, .rect(Rect(x: 10.4, y: 10, width: 40, height: 60), fill: black))]),
                                              format: .png, scale: 1)
        try wide.write(to: file)
        let crisp = try #require(cairo_image_surface_create_from_png(file.path))
        defer { cairo_surface_destroy(crisp) }
        let pixels = try #require(cairo_image_surface_get_data(crisp)), row = 50 * Int(cairo_image_surface_get_stride(crisp))
        #expect(pixels[row + 4 * 10] == 0 && pixels[row + 4 * 49] == 0 && pixels[row + 4 * 50] == 255)
    }

    @Test(arguments: ["sample-bar", "sample-timeline"])
    func matchesTheGoldenImage(name: String) throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Goldens")
        let golden = folder.appendingPathComponent("\(name).png")
        let scene = name == "sample-bar" ? sampleScene() : sampleTimelineScene()
        let actual = try CairoRenderer().render(scene, format: .png, scale: 2)
        if ProcessInfo.processInfo.environment["UPDATE_GOLDENS"] == "1" {
            try actual.write(to: golden)
        }
        let result = try GoldenImage.compare(actual: actual, golden: golden)
        #expect(result.differingFraction <= 0.002, "\(result.summary)")
    }
}

@Suite struct SVGWriterTests {
    @Test func writesElementsWithFixedPrecision() {
        let black = ChartCore.Color(hex: "#000000")!
        let scene = Scene(width: 10, height: 5, items: [
            SceneItem(.bar, .rect(Rect(x: 0.125, y: 1, width: 2.5, height: 3.333), fill: ChartCore.Color(hex: "#0072B2")!)),
            SceneItem(.grid, .line(from: Point(0, 0.5), to: Point(10, 0.5), stroke: Stroke(color: black, width: 1))),
            SceneItem(.title, .text(TextRun(text: "Qwen & <通义>", font: FontStyle(size: 12, weight: .bold), color: black,
                                            origin: Point(1, 2), size: TextSize(width: 50, height: 14, baseline: 11)))),
        ])
        let svg = String(decoding: SVGWriter.document(scene), as: UTF8.self)
        #expect(svg.contains(##"<rect x="0.13" y="1" width="2.5" height="3.33" fill="#0072b2"/>"##))
        #expect(svg.contains(##"<line x1="0" y1="0.5" x2="10" y2="0.5" stroke="#000000" stroke-width="1"/>"##))
        #expect(svg.contains(##"<text x="1" y="13" font-size="12" font-weight="bold" fill="#000000">Qwen &amp; &lt;通义&gt;</text>"##))
    }

    @Test func turnedTextTurnsAboutItsOrigin() {
        let scene = Scene(width: 100, height: 100, items: [
            SceneItem(.categoryLabel, .text(TextRun(text: "Turned", font: FontStyle(size: 10), color: ChartCore.Color(hex: "#000")!,
                                                    origin: Point(20, 60), size: TextSize(width: 30, height: 12, baseline: 9),
                                                    rotation: -.pi / 4))),
        ])
        let svg = String(decoding: SVGWriter.document(scene), as: UTF8.self)
        #expect(svg.contains(##"<text x="20" y="69" font-size="10" transform="rotate(-45 20 60)" fill="#000000">Turned</text>"##))
    }

    @Test func numbersKeepTwoDecimalsAtMost() {
        #expect(SVGWriter.n(12) == "12")
        #expect(SVGWriter.n(12.5) == "12.5")
        #expect(SVGWriter.n(-0.004) == "0")
        #expect(SVGWriter.n(-3.256) == "-3.26")
        #expect(SVGWriter.n(0.05) == "0.05")
    }
}

/// The chunks of a PNG: type and body, in order.
func pngChunks(_ data: Data) -> [(type: String, body: [UInt8])] {
    let bytes = [UInt8](data)
    var chunks: [(String, [UInt8])] = []
    var offset = 8
    while offset + 12 <= bytes.count {
        let length = bytes[offset..<offset + 4].reduce(0) { $0 << 8 | Int($1) }
        let type = String(decoding: bytes[offset + 4..<offset + 8], as: UTF8.self)
        chunks.append((type, Array(bytes[offset + 8..<offset + 8 + length])))
        offset += 12 + length
    }
    return chunks
}

@Suite struct FileMetadataTests {
    func scene() -> Scene {
        var scene = sampleScene()
        scene.metadata.description = "Bar chart: a <test> & “quotes” 含光."
        return scene
    }

    @Test func svgIsAnImageWithATitleADescriptionAndALanguage() throws {
        let svg = String(decoding: try CairoRenderer().render(scene(), format: .svg), as: UTF8.self)
        let root = try #require(svg.split(separator: "\n").first { $0.hasPrefix("<svg ") })
        #expect(root.contains(#"role="img""#) && root.contains(#"xml:lang="en""#))
        let id = try #require(root.components(separatedBy: #"aria-labelledby=""#).dropFirst().first?.split(separator: " ").first)
        #expect(svg.contains("<title id=\"\(id)\">Hanguang 800 (含光 800)</title>"))
        #expect(svg.contains("<desc id=\"\(String(id.dropLast("-title".count)))-desc\">Bar chart: a &lt;test&gt; &amp; “quotes” 含光.</desc>"))
        // Marks are grouped by role, every group closed.
        #expect(svg.contains("<g class=\"bar\">") && svg.contains("<g class=\"value-label\">"))
        #expect(svg.components(separatedBy: "<g ").count == svg.components(separatedBy: "</g>").count)
    }

    @Test func pngSaysWhatItIsAndHowLargeToPlaceIt() throws {
        let two = pngChunks(try CairoRenderer().render(scene(), format: .png, scale: 2))
        let physical = try #require(two.first { $0.type == "pHYs" }?.body)
        let perMetre = physical[0..<4].reduce(0) { $0 << 8 | Int($1) }
        #expect(perMetre == 5669, "144 dpi: a 2x PNG is placed at its 1x size")
        #expect(physical[8] == 1, "unit: metre")
        #expect(two.contains { $0.type == "sRGB" })
        let texts = Dictionary(uniqueKeysWithValues: two.filter { $0.type == "iTXt" }.map { chunk -> (String, String) in
            let parts = chunk.body.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
            let key = String(decoding: parts[0], as: UTF8.self)
            // keyword, compression flag and method, language, translated keyword, then the text.
            let rest = Array(parts[1].dropFirst(2)).split(separator: 0, maxSplits: 2, omittingEmptySubsequences: false)
            return (key, String(decoding: rest[2], as: UTF8.self))
        })
        #expect(texts["Title"] == "Hanguang 800 (含光 800)")
        #expect(texts["Description"] == "Bar chart: a <test> & “quotes” 含光.")
        #expect(texts["Source"] == "Source: §II, ref. 6")
        #expect(texts["Software"] == "charts")
        let one = pngChunks(try CairoRenderer().render(scene(), format: .png, scale: 1))
        let single = try #require(one.first { $0.type == "pHYs" }?.body)
        #expect(single[0..<4].reduce(0) { $0 << 8 | Int($1) } == 2835, "72 dpi at 1x")
    }

    @Test func pdfCarriesTitleSubjectCreatorAndStandardDates() throws {
        let pdf = try CairoRenderer(pdfDate: "2025-02-01T12:34:56Z").render(scene(), format: .pdf)
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("/CreationDate (D:20250201123456Z)"))
        #expect(text.contains("/ModDate (D:20250201123456Z)"))
        #expect(text.contains("/Creator (charts)"))
        // Non-Latin text is written as UTF-16BE hex: 含 is U+542B.
        #expect(text.contains("/Title <FEFF") && text.contains("542B"))
        #expect(text.contains("/Subject <FEFF"))
        // Tagged: the chart is a Figure whose alt text is the description; the catalog says the
        // language (both UTF-16BE hex: "e" is 0065, "n" 006E).
        #expect(text.contains("/Type /StructTreeRoot") && text.contains("/MarkInfo << /Marked true >>"))
        #expect(text.contains("/S /Figure\n   /Alt <FEFF0042006100720020"), "“Bar …”")
        #expect(text.contains("/Type /Catalog\n   /Lang <FEFF0065006E>"))
        // The cross-reference table still points at each object: the rewrite kept every offset.
        let bytes = [UInt8](pdf)
        let xref = try #require(text.range(of: "\nxref\n"))
        let lines: [Substring] = text[xref.upperBound...].split(separator: Character("\n"))
        var number = 0
        for line in lines.dropFirst() {
            guard line.count >= 18 else { break }
            defer { number += 1 }
            guard line.hasSuffix("n") || line.hasSuffix("n "), let offset = Int(line.prefix(10)) else { continue }
            let header = Array("\(number) 0 obj".utf8)
            #expect(Array(bytes[offset..<offset + header.count]) == header, "object \(number) at \(offset)")
        }
        #expect(number > 3)
    }
}

@Suite struct CrispEdgeTests {
    /// The distinct colours of one row of an RGB PNG decoded by Cairo (through a temporary file).
    func rowColours(_ png: Data, row: Int) throws -> Set<UInt32> {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("crisp-\(UUID().uuidString).png")
        try png.write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let surface = try #require(cairo_image_surface_create_from_png(url.path))
        defer { cairo_surface_destroy(surface) }
        let width = Int(cairo_image_surface_get_width(surface)), stride = Int(cairo_image_surface_get_stride(surface))
        let data = try #require(cairo_image_surface_get_data(surface))
        return Set((0..<width).map { x in data.advanced(by: row * stride + x * 4).withMemoryRebound(to: UInt32.self, capacity: 1) { $0.pointee } & 0xFF_FFFF })
    }

    @Test(arguments: [1.0, 2.0, 3.0])
    func barsAtFractionalPositionsHaveCrispEdges(scale: Double) throws {
        let scene = Scene(width: 100, height: 40, items: [
            SceneItem(.background, .rect(Rect(x: 0, y: 0, width: 100, height: 40), fill: Color(hex: "#ffffff")!)),
            SceneItem(.bar, .rect(Rect(x: 10.3, y: 5.2, width: 20.45, height: 30.1), fill: Color(hex: "#0072b2")!)),
        ])
        let png = try CairoRenderer().render(scene, format: .png, scale: scale)
        // Through the middle of the bar: white and the bar's blue, nothing blended between.
        #expect(try rowColours(png, row: Int(20 * scale)) == [0xFF_FFFF, 0x00_72B2])
    }
}

@Suite struct FontEmbeddingTests {
    @Test func anSVGCarriesSubsetsOfItsFontsUnderNamesOfItsOwn() throws {
        let svg = String(decoding: try CairoRenderer().render(sampleScene(), format: .svg), as: UTF8.self)
        let rules = svg.components(separatedBy: "@font-face{").dropFirst()
        // Latin regular and bold (title), and CJK for 含光 in the title (bold).
        #expect(rules.count == 3, "\(rules.count) @font-face rules")
        let family = try #require(rules.first?.components(separatedBy: "font-family:\"").dropFirst().first?.split(separator: "\"").first)
        #expect(family.hasPrefix("charts-") && family.hasSuffix("-latin"))
        #expect(svg.contains("font-family=\"'\(family)', '\(family.dropLast("-latin".count))-cjk', 'Noto Sans', 'Noto Sans CJK SC', "))
        #expect(svg.contains("src:url(data:font/otf;base64,"), "the CJK subset is CFF-based OpenType")
        // Small: a handful of glyphs, not the 17 MB collection.
        let data = try #require(rules.map { $0.components(separatedBy: "base64,")[1].prefix { $0 != ")" } }.map { Data(base64Encoded: String($0)) })
        #expect(data.allSatisfy { $0 != nil && $0!.count < 20_000 })
    }

    @Test func theSameSceneEmbedsTheSameBytesInAnyRenderer() throws {
        let one = try CairoRenderer().render(sampleTimelineScene(), format: .svg)
        let renderer = CairoRenderer()
        _ = try renderer.render(sampleScene(), format: .svg)
        let two = try renderer.render(sampleTimelineScene(), format: .svg)
        #expect(one == two)
    }

    @Test func systemFontsEmbedNothing() throws {
        var scene = sampleScene()
        scene.metadata.svgFonts = .system
        let svg = String(decoding: try CairoRenderer().render(scene, format: .svg), as: UTF8.self)
        #expect(!svg.contains("@font-face"))
        #expect(svg.contains("font-family=\"'Noto Sans', 'Noto Sans CJK SC', 'Source Han Sans SC', Arial, "))
    }
}

@Suite struct LeanPDFTests {
    /// The compressed size of each embedded font program of a PDF, by font name.
    func fontPrograms(_ pdf: Data) -> [String: Int] {
        let text = String(decoding: pdf, as: UTF8.self)
        func object(_ number: String) -> Substring? {
            guard let start = text.range(of: "\n\(number) 0 obj\n") else { return nil }
            return text[start.upperBound...].prefix(400)
        }
        var sizes: [String: Int] = [:]
        for descriptor in text.components(separatedBy: "/Type /FontDescriptor").dropFirst() {
            guard let name = descriptor.components(separatedBy: "/FontName /").dropFirst().first?.split(separator: "\n").first,
                  let file = descriptor.range(of: #"/FontFile[23]? (\d+) 0 R"#, options: .regularExpression) else { continue }
            let number = descriptor[file].split(separator: " ")[1]
            guard let stream = object(String(number)),
                  let length = stream.range(of: #"/Length (\d+)( 0 R)?"#, options: .regularExpression) else { continue }
            let parts = stream[length].split(separator: " ")
            if parts.count == 4, let value = object(String(parts[1]))?.split(separator: "\n").first {
                sizes[String(name)] = Int(value.trimmingCharacters(in: .whitespaces))
            } else {
                sizes[String(name)] = Int(parts[1])
            }
        }
        return sizes
    }

    @Test func chineseTextCarriesOnlyTheGlyphsItDrawsAndStaysText() throws {
        let pdf = try CairoRenderer().render(sampleTimelineScene(), format: .pdf)
        let programs = fontPrograms(pdf)
        let cjk = programs.filter { $0.key.contains("CJK") }
        #expect(!cjk.isEmpty, "\(programs)")
        // 通义千问 in bold: a few glyphs, well under 10 KB (Cairo's own subset of the whole face
        // kept about 50 KB of subroutines).
        #expect(cjk.values.allSatisfy { $0 < 10_000 }, "\(cjk)")
        // The text is still text: the CJK font has a ToUnicode map.
        #expect(String(decoding: pdf, as: UTF8.self).components(separatedBy: "/ToUnicode").count - 1 >= programs.count)
    }
}

@Suite struct OutlineTextTests {
    @Test func outlinesDrawTextAsPathsThatKeepTheirWords() throws {
        var scene = sampleScene()
        scene.metadata.svgFonts = .outlines
        let svg = String(decoding: try CairoRenderer().render(scene, format: .svg), as: UTF8.self)
        #expect(!svg.contains("<text") && !svg.contains("@font-face"))
        let paths = svg.components(separatedBy: "<path role=\"img\" aria-label=\"").dropFirst()
        #expect(paths.count == sampleScene().allItems.filter { if case .text = $0.shape { return true } else { return false } }.count)
        let title = try #require(paths.first { $0.hasPrefix("Hanguang 800 (含光 800)\"") })
        // Curves within the title's box on the canvas.
        let data = try #require(title.components(separatedBy: " d=\"").dropFirst().first?.prefix { $0 != "\"" })
        #expect(data.hasPrefix("M") && data.contains("C") && data.contains("Z"))
        let box = try #require(sampleScene().texts(.title).first).bounds
        let numbers = data.split(whereSeparator: { "MLCZ ".contains($0) }).compactMap { Double($0) }
        let xs = stride(from: 0, to: numbers.count, by: 2).map { numbers[$0] }
        // The whole line: from its first glyph to its last, inside the box.
        #expect(xs.min()! >= box.x - 1 && xs.min()! <= box.x + 3)
        #expect(xs.max()! <= box.maxX + 1 && xs.max()! >= box.maxX - 5, "\(xs.max()!) against \(box.maxX)")
    }

    @Test func notesAndTheSourceLineComeLastInTheFile() throws {
        let svg = String(decoding: try CairoRenderer().render(sampleScene(), format: .svg), as: UTF8.self)
        let source = try #require(svg.range(of: "<g class=\"source\">"))
        #expect(!svg[source.upperBound...].contains("<g class=\"bar\">"), "the source line is the last thing read")
    }
}
