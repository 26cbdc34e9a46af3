/// The sizes `charts` accepts, so that a mistaken input gives an error instead of exhausting
/// memory or time.
public enum Limits {
    /// The largest CSV file read, in bytes (50 MB: far beyond any table of an article's figures).
    public static let fileBytes = 50 * 1024 * 1024
    /// The most data rows in one dataset.
    public static let rows = 200_000
    /// The longest cell, in characters (a label, a note, a source).
    public static let cellCharacters = 1_000
    /// The largest magnitude a value may have, counted in ones (a quadrillion): every digit up to
    /// it is exact in a `Double`, and no article's figure comes near it.
    public static let largestMagnitude = 1e15
    /// The smallest non-zero magnitude a value may have, counted in ones (a millionth, the finest
    /// precision a label writes): a smaller one would read as `0`.
    public static let smallestMagnitude = 1e-6

    /// Why a value counted in ones cannot be drawn: `true` when too large (or not finite),
    /// `false` when non-zero and too small, `nil` when it can be.
    public static func undrawable(_ value: Double) -> Bool? {
        let magnitude = abs(value)
        if magnitude > largestMagnitude || !magnitude.isFinite { return true }
        return magnitude > 0 && magnitude < smallestMagnitude ? false : nil
    }
}
