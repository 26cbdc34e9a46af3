/// One place where a finished scene breaks a layout guarantee, found by ``SceneAudit``.
public struct AuditFinding: Equatable, Sendable {
    /// Which guarantee is broken.
    public enum Kind: String, Sendable, CaseIterable {
        /// Two texts share area.
        case textOverlap = "text-overlap"
        /// A text lies on a bar, marker, span, legend swatch or axis line.
        case textOnMark = "text-on-mark"
        /// A leader, stem or annotation bracket crosses a mark or text that is not its own.
        case leaderCrossing = "leader-crossing"
        /// An item reaches past the canvas.
        case outsideCanvas = "outside-canvas"
        /// Two category labels read the same although their data differ.
        case duplicateLabel = "duplicate-label"
        /// A mark of one row (bar, segment, marker, span) is 80% or more covered by a mark of
        /// another, drawn after it: the reader cannot see the first row.
        case hiddenDatum = "hidden-datum"
    }

    /// The guarantee broken.
    public var kind: Kind
    /// The items involved, as indices into ``Scene/allItems``.
    public var items: [Int]
    /// What a reader would see, naming the items by their text.
    public var message: String

    /// Creates a finding.
    public init(kind: Kind, items: [Int], message: String) {
        self.kind = kind
        self.items = items
        self.message = message
    }
}
