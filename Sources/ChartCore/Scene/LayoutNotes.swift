/// What a layout tells its reader beyond the scene: compromises (warnings) and automatic choices
/// that lose nothing (information), collected while laying out.
struct LayoutNotes {
    /// A label left out or shortened, a note that did not fit: fails a chart under `--strict`.
    var warnings: [String] = []
    /// The chart turned horizontal, labels set at 45°: never fails a chart.
    var information: [String] = []

    /// Adds the notes of another attempt.
    static func += (notes: inout LayoutNotes, other: LayoutNotes) {
        notes.warnings += other.warnings
        notes.information += other.information
    }
}
