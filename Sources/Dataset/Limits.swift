/// The sizes `charts` accepts, so that a mistaken input gives an error instead of exhausting
/// memory or time.
public enum Limits {
    /// The largest CSV file read, in bytes (50 MB: far beyond any table of an article's figures).
    public static let fileBytes = 50 * 1024 * 1024
    /// The most data rows in one dataset.
    public static let rows = 200_000
    /// The longest cell, in characters (a label, a note, a source).
    public static let cellCharacters = 1_000
}
