/// The result of laying out a chart: its scene and what the reader should be told.
public struct ChartLayout: Equatable, Sendable {
    /// The scene to draw.
    public var scene: Scene
    /// Compromises the reader should know of (a label left out or shortened).
    public var warnings: [String]
    /// Automatic choices that lose nothing (the chart turned horizontal, labels set at 45°).
    public var information: [String]
    /// What the audit of the finished scene found: broken guarantees the layout did not avoid.
    public var findings: [AuditFinding]
    /// The colours that carry meaning (series, tracks, segments, groups, highlighted against
    /// muted), by what each stands for: what the colour-vision check compares.
    public var keyColors: [KeyColor] = []

    /// A colour that stands for something, and what.
    public struct KeyColor: Equatable, Sendable {
        public var name: String
        public var color: Color

        /// Creates an entry.
        public init(_ name: String, _ color: Color) {
            self.name = name
            self.color = color
        }
    }

    /// Creates a result, auditing `scene`.
    public init(scene: Scene, warnings: [String], information: [String] = []) {
        self.scene = scene
        self.warnings = warnings
        self.information = information
        findings = SceneAudit.findings(in: scene)
    }
}
