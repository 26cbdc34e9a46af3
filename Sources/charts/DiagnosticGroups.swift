import Dataset

/// Condenses a list of diagnostics for people: the same problem on many rows of one column is
/// shown on its first three rows, then once with a count and the other lines ("and 47 more rows
/// like these"); `--json` keeps every one.
enum DiagnosticGroups {
    /// How many rows of one problem are shown before the rest are counted.
    static let shown = 3

    static func condensed(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        // The problem without the cell it quotes: `N/A` and `-` are the same kind of placeholder.
        func shape(_ diagnostic: Diagnostic) -> String {
            let parts = diagnostic.message.split(separator: "`", omittingEmptySubsequences: false)
            let message = parts.enumerated().map { $0.offset % 2 == 1 ? "…" : String($0.element) }.joined(separator: "`")
            return "\(diagnostic.severity)|\(diagnostic.file)|\(diagnostic.field ?? "")|\(message)"
        }
        var lines: [String: [Int]] = [:]
        for diagnostic in diagnostics where diagnostic.line != nil {
            lines[shape(diagnostic), default: []].append(diagnostic.line!)
        }
        var seen: [String: Int] = [:]
        var result: [Diagnostic] = []
        for diagnostic in diagnostics {
            guard diagnostic.line != nil else { result.append(diagnostic); continue }
            let key = shape(diagnostic)
            let count = seen[key, default: 0]
            seen[key] = count + 1
            if count < shown { result.append(diagnostic); continue }
            guard count == shown, let all = lines[key] else { continue }
            let rest = all.dropFirst(shown)
            let listed = rest.prefix(5).map(String.init).joined(separator: ", ") + (rest.count > 5 ? ", …" : "")
            result.append(Diagnostic(diagnostic.severity, file: diagnostic.file, field: diagnostic.field,
                                     message: "and \(rest.count) more row(s) like these (line\(rest.count > 1 ? "s" : "") \(listed))",
                                     hint: "charts check --json lists every one"))
        }
        return result
    }
}
