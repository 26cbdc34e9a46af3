/// Rows of date intervals in which no two overlap, filled first-fit: how overlapping spans are
/// set side by side (rows of a lane, columns beside a spine).
struct IntervalRows {
    private var rows: [[(Double, Double)]] = []

    /// How many rows are in use.
    var count: Int { rows.count }

    /// Puts `interval` in the first row from `first` on where it overlaps nothing, and returns
    /// that row; with fewer than `limit` rows free, in the last allowed row (overlapping).
    mutating func place(_ interval: (Double, Double), from first: Int = 0, limit: Int = .max) -> Int {
        var row = first
        while row < limit - 1 && row < rows.count && rows[row].contains(where: { $0.0 < interval.1 && interval.0 < $0.1 }) {
            row += 1
        }
        while rows.count <= row { rows.append([]) }
        rows[row].append(interval)
        return row
    }
}
