import ChartCore
import Foundation

/// Writes a ``Scene`` as SVG with real `<text>` elements.
///
/// Cairo's SVG surface embeds every glyph as an outline and numbers them with process-wide
/// counters, so its output is large and not byte-stable within one process. This writer emits
/// one element per scene item, text as selectable `<text>` in the theme's font stack, numbers
/// with at most two decimals, so the same scene always gives the same bytes. It writes bytes
/// directly (numbers and colours without intermediate strings): a 10,000-event timeline has
/// half a million coordinates.
///
/// For readers of assistive technology the root is an image (`role="img"`) labelled by a
/// `<title>` (the chart's title) and a `<desc>` (its alt text), in the chart's language
/// (`xml:lang`). `role` and `aria-labelledby` are not in the SVG 1.1 DTD: the file trades strict
/// DTD validity for accessibility, as the WAI-ARIA graphics module recommends. Consecutive items
/// of one role are grouped (`<g class="bar">`, `class="event-label"`, …) so that web teams can
/// style or animate them. Text is set with `text-rendering="geometricPrecision"`: browsers then
/// place glyphs at their exact advances, as the layout measured them, instead of rounding each
/// advance to a whole pixel (which made Chromium's lines up to 5% wider with embedded fonts).
public enum SVGWriter {
    /// The SVG document for `scene`, naming the system fonts (no fonts embedded).
    public static func document(_ scene: Scene) -> Data {
        document(scene, fonts: nil)
    }

    /// The CSS font stack for text: the fonts the layout was measured with (and Source Han Sans,
    /// the same CJK design), then fallbacks no wider than Noto Sans, so that text drawn with one
    /// of them still fits the room laid out for it (Arial and its metric twins are narrower; DejaVu
    /// Sans, many systems' default, is wider), then generic sans.
    static let fontStack = "'Noto Sans', 'Noto Sans CJK SC', 'Source Han Sans SC', Arial, 'Liberation Sans', Helvetica, "
        + "'PingFang SC', 'Microsoft YaHei', sans-serif"

    /// The font stack of a Chinese edition: the CJK faces first, for Latin text too.
    static let cjkFontStack = "'Noto Sans CJK SC', 'Source Han Sans SC', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans', Arial, "
        + "'Liberation Sans', Helvetica, sans-serif"

    /// The SVG document for `scene`, with `fonts` embedded when given, or with text as the path
    /// data `outline` gives for each run.
    static func document(_ scene: Scene, fonts: FontEmbedder.Embedding?, outline: ((TextRun) -> String)? = nil) -> Data {
        var out = Output()
        out.bytes.reserveCapacity(256 + scene.items.count * 96)
        out += "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
        out.number(scene.width)
        out += "px\" height=\""
        out.number(scene.height)
        out += "px\" viewBox=\"0 0 "
        out.number(scene.width)
        out += " "
        out.number(scene.height)
        let id = "chart-" + identifier(scene.metadata.title + "\n" + scene.metadata.description)
        let stack = scene.metadata.language.hasPrefix("zh") ? cjkFontStack : fontStack
        out += "\" font-family=\"\(fonts?.families ?? stack)\" text-rendering=\"geometricPrecision\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" xml:lang=\""
        out.escaped(scene.metadata.language)
        out += "\">\n<title id=\"\(id)-title\">"
        out.escaped(scene.metadata.title)
        out += "</title>\n<desc id=\"\(id)-desc\">"
        out.escaped(scene.metadata.description)
        out += "</desc>\n"
        if let fonts { out += "<defs><style>\n" + fonts.css + "</style></defs>\n" }
        var clipCount = 0
        // In reading order: the notes and the source line last. They lie clear of every other
        // item (the audit checks it), so moving them changes nothing drawn.
        let last: Set<SceneRole> = [.note, .source]
        write(scene.items.filter { !last.contains($0.role) } + scene.items.filter { last.contains($0.role) },
              into: &out, clipCount: &clipCount, outline: outline)
        out += "</svg>\n"
        return Data(out.bytes)
    }

    /// Eight hex digits from FNV-1a of `text`: ids that differ between charts (several SVGs may be
    /// inlined in one page) and never between runs.
    static func identifier(_ text: String) -> String {
        var hash: UInt32 = 2_166_136_261
        for byte in text.utf8 { hash = (hash ^ UInt32(byte)) &* 16_777_619 }
        let digits = String(hash, radix: 16)
        return String(repeating: "0", count: 8 - digits.count) + digits
    }

    private static func write(_ items: [SceneItem], into out: inout Output, clipCount: inout Int,
                              outline: ((TextRun) -> String)?) {
        var group: SceneRole?
        for item in items {
            if item.role != group {
                if group != nil { out += "</g>\n" }
                out += "<g class=\"\(item.role.rawValue)\">\n"
                group = item.role
            }
            switch item.shape {
            case .rect(let rect, let fill):
                out += "<rect"
                out.rect(rect)
                out.paint("fill", fill)
                out += "/>\n"
            case .line(let from, let to, let stroke):
                out += "<line x1=\""
                out.number(from.x)
                out += "\" y1=\""
                out.number(from.y)
                out += "\" x2=\""
                out.number(to.x)
                out += "\" y2=\""
                out.number(to.y)
                out += "\""
                out.stroke(stroke)
                out += "/>\n"
            case .path(let points, let closed, let fill, let stroke):
                out += closed ? "<polygon points=\"" : "<polyline points=\""
                for (index, point) in points.enumerated() {
                    if index > 0 { out += " " }
                    out.number(point.x)
                    out += ","
                    out.number(point.y)
                }
                out += "\""
                if let fill { out.paint("fill", fill) } else { out += " fill=\"none\"" }
                if let stroke { out.stroke(stroke) }
                out += "/>\n"
            case .circle(let center, let radius, let fill, let stroke):
                out += "<circle cx=\""
                out.number(center.x)
                out += "\" cy=\""
                out.number(center.y)
                out += "\" r=\""
                out.number(radius)
                out += "\""
                if let fill { out.paint("fill", fill) } else { out += " fill=\"none\"" }
                if let stroke { out.stroke(stroke) }
                out += "/>\n"
            case .text(let run) where outline != nil:
                out += "<path role=\"img\" aria-label=\""
                out.escaped(run.text)
                out += "\" d=\""
                out += outline!(run)
                out += "\""
                out.paint("fill", run.color)
                out += "/>\n"
            case .text(let run):
                let (x, anchor): (Double, String) = switch run.alignment {
                case .left: (run.origin.x, "")
                case .center: (run.origin.x + run.size.width / 2, " text-anchor=\"middle\"")
                case .right: (run.origin.x + run.size.width, " text-anchor=\"end\"")
                }
                out += "<text x=\""
                out.number(x)
                out += "\""
                out += anchor
                out += " y=\""
                out.number(run.origin.y + run.size.baseline)
                out += "\" font-size=\""
                out.number(run.font.size)
                out += "\""
                if run.font.weight == .bold { out += " font-weight=\"bold\"" }
                if run.rotation != 0 {
                    // Turned about the run's origin, as the scene places it.
                    out += " transform=\"rotate("
                    out.number(run.rotation * 180 / .pi)
                    out += " "
                    out.number(run.origin.x)
                    out += " "
                    out.number(run.origin.y)
                    out += ")\""
                }
                out.paint("fill", run.color)
                out += ">"
                out.escaped(run.text)
                out += "</text>\n"
            case .clip(let rect, let inner):
                clipCount += 1
                out += "<clipPath id=\"clip\(clipCount)\"><rect"
                out.rect(rect)
                out += "/></clipPath>\n<g clip-path=\"url(#clip\(clipCount))\">\n"
                write(inner, into: &out, clipCount: &clipCount, outline: outline)
                out += "</g>\n"
            }
        }
        if group != nil { out += "</g>\n" }
    }

    /// A number with at most two decimals and no trailing zeros (`12`, `12.5`, `12.25`).
    static func n(_ value: Double) -> String {
        var out = Output()
        out.number(value)
        return String(decoding: out.bytes, as: UTF8.self)
    }

    /// The document's bytes, written in place.
    struct Output {
        var bytes: [UInt8] = []

        static func += (out: inout Output, text: String) {
            out.bytes.append(contentsOf: text.utf8)
        }

        /// `value` rounded to hundredths, without trailing zeros, `-` only when not zero.
        mutating func number(_ value: Double) {
            let hundredths = Int((value * 100).rounded())
            if hundredths < 0 { bytes.append(UInt8(ascii: "-")) }
            let magnitude = hundredths.magnitude
            integer(magnitude / 100)
            let fraction = magnitude % 100
            guard fraction != 0 else { return }
            bytes.append(UInt8(ascii: "."))
            bytes.append(UInt8(ascii: "0") + UInt8(fraction / 10))
            if fraction % 10 != 0 { bytes.append(UInt8(ascii: "0") + UInt8(fraction % 10)) }
        }

        private mutating func integer(_ value: UInt) {
            if value >= 10 { integer(value / 10) }
            bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
        }

        mutating func rect(_ rect: Rect) {
            self += " x=\""
            number(rect.x)
            self += "\" y=\""
            number(rect.y)
            self += "\" width=\""
            number(rect.width)
            self += "\" height=\""
            number(rect.height)
            self += "\""
        }

        /// ` fill="#rrggbb"` (and its opacity when not opaque).
        mutating func paint(_ attribute: String, _ color: ChartCore.Color) {
            self += " \(attribute)=\"#"
            for component in [color.red, color.green, color.blue] {
                let byte = min(255, max(0, Int((component * 255).rounded())))
                bytes.append(Self.hexDigits[byte >> 4])
                bytes.append(Self.hexDigits[byte & 15])
            }
            self += "\""
            if color.alpha < 1 {
                self += " \(attribute)-opacity=\""
                number(color.alpha)
                self += "\""
            }
        }

        mutating func stroke(_ stroke: Stroke) {
            paint("stroke", stroke.color)
            self += " stroke-width=\""
            number(stroke.width)
            self += "\""
            guard !stroke.dash.isEmpty else { return }
            self += " stroke-dasharray=\""
            for (index, length) in stroke.dash.enumerated() {
                if index > 0 { self += " " }
                number(length)
            }
            self += "\""
        }

        /// `text` with `&`, `<`, `>` and `"` escaped.
        mutating func escaped(_ text: String) {
            for byte in text.utf8 {
                switch byte {
                case UInt8(ascii: "&"): self += "&amp;"
                case UInt8(ascii: "<"): self += "&lt;"
                case UInt8(ascii: ">"): self += "&gt;"
                case UInt8(ascii: "\""): self += "&quot;"
                default: bytes.append(byte)
                }
            }
        }

        private static let hexDigits = Array("0123456789abcdef".utf8)
    }
}
