/// The result of laying out a chart: its scene and what the reader should be told.
public struct ChartLayout: Equatable, Sendable {
    /// The scene to draw.
    public var scene: Scene
    /// Layout decisions and compromises worth reporting (an orientation switch, a dropped label).
    public var warnings: [String]
    /// What the audit of the finished scene found: broken guarantees the layout did not avoid.
    public var findings: [AuditFinding]

    /// Creates a result, auditing `scene`.
    public init(scene: Scene, warnings: [String]) {
        self.scene = scene
        self.warnings = warnings
        findings = SceneAudit.findings(in: scene)
    }
}
