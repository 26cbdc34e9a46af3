/// The result of laying out a chart: its scene and what the reader should be told.
public struct ChartLayout: Equatable, Sendable {
    /// The scene to draw.
    public var scene: Scene
    /// Layout decisions and compromises worth reporting (an orientation switch, a dropped label).
    public var warnings: [String]

    /// Creates a result.
    public init(scene: Scene, warnings: [String]) {
        self.scene = scene
        self.warnings = warnings
    }
}
