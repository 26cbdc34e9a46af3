import ChartCore
import Foundation

/// Writes a ``Scene`` as SVG with real `<text>` elements.
///
/// Cairo's SVG surface embeds every glyph as an outline and numbers them with process-wide
/// counters, so its output is large and not byte-stable within one process. This writer emits
/// one element per scene item, text as selectable `<text>` in the theme's font stack, numbers
/// with at most two decimals, so the same scene always gives the same bytes.
public enum SVGWriter {
    /// The CSS font stack for text: the fonts the layout was measured with, then generic sans.
    static let fontStack = "'Noto Sans', 'Noto Sans CJK SC', sans-serif"

    /// The SVG document for `scene`.
    public static func document(_ scene: Scene) -> Data {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"\(n(scene.width))px\" height=\"\(n(scene.height))px\" "
        out += "viewBox=\"0 0 \(n(scene.width)) \(n(scene.height))\" font-family=\"\(fontStack)\">\n"
        var clipCount = 0
        write(scene.items, into: &out, clipCount: &clipCount)
        out += "</svg>\n"
        return Data(out.utf8)
    }

    private static func write(_ items: [SceneItem], into out: inout String, clipCount: inout Int) {
        for item in items {
            switch item.shape {
            case .rect(let rect, let fill):
                out += "<rect x=\"\(n(rect.x))\" y=\"\(n(rect.y))\" width=\"\(n(rect.width))\" height=\"\(n(rect.height))\"\(paint("fill", fill))/>\n"
            case .line(let from, let to, let stroke):
                out += "<line x1=\"\(n(from.x))\" y1=\"\(n(from.y))\" x2=\"\(n(to.x))\" y2=\"\(n(to.y))\"\(strokeAttributes(stroke))/>\n"
            case .path(let points, let closed, let fill, let stroke):
                let list = points.map { "\(n($0.x)),\(n($0.y))" }.joined(separator: " ")
                let element = closed ? "polygon" : "polyline"
                let fillAttribute = fill.map { paint("fill", $0) } ?? " fill=\"none\""
                out += "<\(element) points=\"\(list)\"\(fillAttribute)\(stroke.map(strokeAttributes) ?? "")/>\n"
            case .text(let run):
                let weight = run.font.weight == .bold ? " font-weight=\"bold\"" : ""
                let (x, anchor): (Double, String) = switch run.alignment {
                case .left: (run.origin.x, "")
                case .center: (run.origin.x + run.size.width / 2, " text-anchor=\"middle\"")
                case .right: (run.origin.x + run.size.width, " text-anchor=\"end\"")
                }
                out += "<text x=\"\(n(x))\"\(anchor) y=\"\(n(run.origin.y + run.size.baseline))\" font-size=\"\(n(run.font.size))\"\(weight)\(paint("fill", run.color))>\(escape(run.text))</text>\n"
            case .clip(let rect, let inner):
                clipCount += 1
                out += "<clipPath id=\"clip\(clipCount)\"><rect x=\"\(n(rect.x))\" y=\"\(n(rect.y))\" width=\"\(n(rect.width))\" height=\"\(n(rect.height))\"/></clipPath>\n"
                out += "<g clip-path=\"url(#clip\(clipCount))\">\n"
                write(inner, into: &out, clipCount: &clipCount)
                out += "</g>\n"
            }
        }
    }

    private static func paint(_ attribute: String, _ color: ChartCore.Color) -> String {
        let opacity = color.alpha < 1 ? " \(attribute)-opacity=\"\(n(color.alpha))\"" : ""
        return " \(attribute)=\"\(color.hex)\"\(opacity)"
    }

    private static func strokeAttributes(_ stroke: Stroke) -> String {
        var text = paint("stroke", stroke.color) + " stroke-width=\"\(n(stroke.width))\""
        if !stroke.dash.isEmpty { text += " stroke-dasharray=\"\(stroke.dash.map(n).joined(separator: " "))\"" }
        return text
    }

    /// A number with at most two decimals and no trailing zeros (`12`, `12.5`, `12.25`).
    static func n(_ value: Double) -> String {
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let whole = magnitude / 100, fraction = magnitude % 100
        if fraction == 0 { return sign + String(whole) }
        let digits = fraction < 10 ? "0\(fraction)" : String(fraction)
        return sign + String(whole) + "." + (digits.hasSuffix("0") ? String(digits.dropLast()) : digits)
    }

    static func escape(_ text: String) -> String {
        var result = ""
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            default: result.append(character)
            }
        }
        return result
    }
}
