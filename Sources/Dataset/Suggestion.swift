/// Did-you-mean suggestions for misspelt names (columns, keys, chart kinds, option values).
public enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
    ///
    /// A candidate qualifies when its case-insensitive edit distance is at most a third of
    /// the longer word's length (at least 1, but less than the whole word, so `C` does not
    /// suggest `A`); ties go to the earlier candidate.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = Array(word.lowercased())
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased())
            let distance = editDistance(lowered, other)
            let longer = max(lowered.count, other.count)
            // A third of the letters may differ (at least one), but never all of them.
            guard distance <= max(1, longer / 3), distance < longer else { continue }
            if best == nil || distance < best!.distance {
                best = (candidate, distance)
            }
        }
        return best?.name
    }

    /// A hint of the form "did you mean `x`?", or a list of the valid names when nothing is close.
    public static func hint(for word: String, in candidates: [String], noun: String) -> String {
        if let match = closest(to: word, in: candidates) {
            return "did you mean `\(match)`?"
        }
        let listed = candidates.map { "`\($0)`" }.joined(separator: ", ")
        return "\(noun): \(listed)"
    }

    /// Edit distance counting insertions, deletions, substitutions and adjacent transpositions
    /// (optimal string alignment), so `valeu` is one edit from `value`.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
