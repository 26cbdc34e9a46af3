/// Builds a chart's source line from the provenance of the rows it shows.
public enum SourceLine {
    /// `Source: a; b` from the distinct non-empty `sources` in first-seen order, or the spec's override,
    /// with `extra` appended; `nil` when there is nothing to credit.
    public static func make(sources: [String?], override: String?, extra: String?) -> String? {
        var parts: [String] = []
        if let override, !override.isEmpty {
            parts = [override]
        } else {
            for case let source? in sources where !parts.contains(source) {
                parts.append(source)
            }
        }
        if let extra, !extra.isEmpty { parts.append(extra) }
        guard !parts.isEmpty else { return nil }
        let text = parts.joined(separator: "; ")
        return text.lowercased().hasPrefix("source") ? text : "Source: " + text
    }
}
