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

    /// Creates a result, auditing `scene`.
    public init(scene: Scene, warnings: [String], information: [String] = []) {
        self.scene = scene
        self.warnings = warnings
        self.information = information
        findings = SceneAudit.findings(in: scene)
    }
}
