/// Did-you-mean suggestions for misspelt names (columns, keys, chart kinds, option values).
public enum Suggestion {
    /// The candidate closest to `word` by edit distance, if it is close enough to be a likely typo.
    ///
    /// A candidate qualifies when its case-insensitive Levenshtein distance is at most a third of
    /// the longer word's length (and at least 1); ties go to the earlier candidate.
    public static func closest(to word: String, in candidates: [String]) -> String? {
        let lowered = Array(word.lowercased())
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let other = Array(candidate.lowercased())
            let distance = editDistance(lowered, other)
            let limit = max(1, max(lowered.count, other.count) / 3)
            guard distance <= limit else { continue }
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

    /// Levenshtein distance between two character arrays.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
