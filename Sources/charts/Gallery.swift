import Dataset
import Foundation

/// `index.html` in the output folder: every chart of the project for review before publication —
/// its title, the image (SVG, with the PNG as fallback), the alt text, the source line, its
/// warnings, a link to each file, and the HTML that embeds it.
///
/// The page is self-contained (no scripts, no fonts or styles from the network), valid HTML5,
/// and fits a 360 px screen. It is written from the build record, so a run that renders nothing
/// still lists every chart; it is rewritten only when its bytes change.
enum Gallery {
    static let fileName = "index.html"

    /// Writes the page, once some chart has files to show (a run where everything failed leaves
    /// the folder untouched).
    static func write(charts: [String], record: BuildRecord, outcomes: [ChartOutcome], to folder: URL) throws {
        guard charts.contains(where: { record.charts[$0]?.summary != nil }) else { return }
        let failures = Dictionary(outcomes.filter(\.failed).map { ($0.name, $0.errors) }) { first, _ in first }
        let page = html(charts: charts, record: record, failures: failures)
        let url = folder.appendingPathComponent(fileName)
        if FileManager.default.contents(atPath: url.path) == Data(page.utf8) { return }
        try AtomicFile.write(Data(page.utf8), to: url)
    }

    static func html(charts: [String], record: BuildRecord, failures: [String: [Diagnostic]]) -> String {
        var body = ""
        for name in charts {
            body += figure(name, entry: record.charts[name], failure: failures[name])
        }
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>Charts</title>
        <style>
        body{font-family:"Noto Sans",sans-serif;margin:0 auto;max-width:1240px;padding:16px;color:#1a1a1a;line-height:1.45}
        section{border-top:1px solid #ccc;padding:12px 0 20px}
        h2{font-size:1.15em;margin:.2em 0 .6em}
        img{max-width:100%;height:auto;display:block}
        .alt,.source{color:#4d4d4d;font-size:.9em}
        .warnings{color:#8a4b00;font-size:.9em}
        .failed{color:#b00020}
        pre{white-space:pre-wrap;word-break:break-all;background:#f4f4f4;padding:8px;font-size:.8em}
        nav a{margin-right:1em}
        .editions{display:flex;flex-wrap:wrap;gap:16px;align-items:flex-start;margin:12px 0}
        .editions figure{margin:0;flex:0 1 auto}
        .editions figcaption{font-size:.85em;color:#4d4d4d}
        </style>
        </head>
        <body>
        <h1>Charts</h1>
        <p>\(charts.count) chart(s), for review: each with its alt text, source, warnings, files and the HTML to embed it.</p>
        \(body)</body>
        </html>

        """
    }

    private static func figure(_ name: String, entry: BuildRecord.Chart?, failure: [Diagnostic]?) -> String {
        var html = "<section id=\"\(escape(name))\">\n"
        guard let entry, let summary = entry.summary else {
            html += "<h2>\(escape(name))</h2>\n"
            let problems = failure.map { $0.map(\.description) } ?? ["not rendered yet"]
            html += "<p class=\"failed\">" + problems.map(escape).joined(separator: "<br>\n") + "</p>\n</section>\n"
            return html
        }
        let files = entry.files.map(\.name)
        html += "<h2>\(escape(summary.title))</h2>\n"
        if failure != nil { html += "<p class=\"failed\">The last render failed; this is the last good one.</p>\n" }
        let png = files.first { $0 == "\(name).png" }, svg = files.first { $0 == "\(name).svg" }
        let size = "width=\"\(summary.width)\" height=\"\(summary.height)\""
        if let image = svg ?? png {
            html += "<picture>"
            if svg != nil, let png { html += "<source srcset=\"\(escape(image))\" type=\"image/svg+xml\"><img src=\"\(escape(png))\"" }
            else { html += "<img src=\"\(escape(image))\"" }
            html += " alt=\"\(escape(summary.alt))\" \(size) loading=\"lazy\"></picture>\n"
        }
        // The other editions side by side, each at up to a third of the page.
        if let editions = summary.editions, !editions.isEmpty {
            html += "<div class=\"editions\">\n"
            for edition in editions {
                let stem = name + edition.suffix
                guard let image = files.first(where: { $0 == "\(stem).svg" }) ?? files.first(where: { $0 == "\(stem).png" }) else { continue }
                let shown = min(edition.width, 400)
                // An edition in another language is described in that language.
                let lang = edition.language.map { $0 == "en" ? "" : " lang=\"\(escape($0))\"" } ?? ""
                html += "<figure><img src=\"\(escape(image))\"\(lang) alt=\"\(escape(edition.title ?? summary.title)) (\(escape(edition.label)))\" width=\"\(shown)\" "
                    + "height=\"\(edition.height * shown / max(1, edition.width))\" loading=\"lazy\">"
                    + "<figcaption>\(escape(edition.label)), \(edition.width) × \(edition.height)</figcaption></figure>\n"
            }
            html += "</div>\n"
        }
        html += "<p class=\"alt\"><strong>Alt text:</strong> \(escape(summary.alt))</p>\n"
        if let source = summary.source { html += "<p class=\"source\">\(escape(source))</p>\n" }
        if !summary.warnings.isEmpty {
            html += "<p class=\"warnings\">" + summary.warnings.map(escape).joined(separator: "<br>\n") + "</p>\n"
        }
        html += "<nav>" + files.sorted().map { "<a href=\"\(escape($0))\">\(escape($0))</a>" }.joined(separator: "\n") + "</nav>\n"
        if let image = svg ?? png {
            let caption = [summary.title, summary.source].compactMap { $0 }.joined(separator: " ")
            let snippet = "<figure>\n  <img src=\"\(escape(image))\" alt=\"\(escape(summary.alt))\" \(size)>\n"
                + "  <figcaption>\(escape(caption))</figcaption>\n</figure>"
            html += "<pre><code>\(escape(snippet))</code></pre>\n"
        }
        return html + "</section>\n"
    }

    /// Text for HTML content and attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
