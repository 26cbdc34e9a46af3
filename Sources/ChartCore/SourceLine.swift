/// Builds a chart's source line from the provenance of the rows it shows.
public enum SourceLine {
    /// `Source: a; b` from the distinct non-empty `sources` in first-seen order, or the spec's override,
    /// with `extra` appended; `nil` when there is nothing to credit.
    ///
    /// A source that only repeats the start of a more precise one (`§IV` beside `§IV, ref. 3 …`)
    /// is left out.
    public static func make(sources: [String?], override: String?, extra: String?) -> String? {
        var parts: [String] = []
        if let override, !override.isEmpty {
            parts = [override]
        } else {
            let distinct = sources.compactMap { $0 }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            parts = distinct.filter { source in
                !distinct.contains { $0 != source && $0.hasPrefix(source + ",") }
            }
        }
        if let extra, !extra.isEmpty { parts.append(extra) }
        guard !parts.isEmpty else { return nil }
        let text = parts.joined(separator: "; ")
        return text.lowercased().hasPrefix("source") ? text : "Source: " + text
    }
}
