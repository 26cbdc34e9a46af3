import Dataset

/// Builds a chart's source line from the provenance of the rows it shows.
public enum SourceLine {
    /// `Source: a; b` from the distinct non-empty `sources` (a cell may list several, separated by
    /// "; ") in first-seen order, or the spec's override,
    /// with `extra` appended; `nil` when there is nothing to credit.
    ///
    /// A source that only repeats the start of a more precise one (`§IV` beside `§IV, ref. 3 …`)
    /// is left out.
    /// In Chinese the line opens with `来源：` and separates its parts with `；`.
    public static func make(sources: [String?], override: String?, extra: String?, locale: ChartLocale = .en) -> String? {
        var parts: [String] = []
        if let override, !override.isEmpty {
            parts = [override]
        } else {
            // A cell may list several sources, separated as the line separates them ("a; b").
            let distinct = sources.compactMap { $0 }.flatMap { $0.components(separatedBy: "; ") }
                .reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            parts = distinct.filter { source in
                !distinct.contains { $0 != source && ($0.hasPrefix(source + ",") || $0.hasPrefix(source + "，")) }
            }
        }
        if let extra, !extra.isEmpty { parts.append(extra) }
        guard !parts.isEmpty else { return nil }
        let text = parts.joined(separator: locale == .zh ? "；" : "; ")
        return locale.opensWithSource(text) ? text : locale.sourcePrefix + text
    }

    /// Warnings for figures without provenance: no `source` column, or blank `source` cells
    /// (none when the spec gives its own source line).
    public static func warnings(dataset: Dataset, override: String?) -> [Diagnostic] {
        guard override == nil else { return [] }
        guard let sources = dataset.sources else {
            return [Diagnostic(.warning, file: dataset.file, line: 1, message: "no `\(dataset.provenanceColumn)` column, so the chart has no source line",
                               hint: "add a source column with the article section and reference of each figure")]
        }
        return sources.indices.filter { sources[$0] == nil }.map { row in
            Diagnostic(.warning, file: dataset.file, line: dataset.lines[row], field: dataset.provenanceColumn,
                       message: "this figure has no source", hint: "give its article section and reference, e.g. §IV, ref. 3")
        }
    }
}
