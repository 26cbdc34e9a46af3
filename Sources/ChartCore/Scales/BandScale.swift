/// Evenly spaced bands for categories along a pixel range, after d3-scale's `scaleBand`.
public struct BandScale: Equatable, Sendable {
    /// Number of bands.
    public var count: Int
    /// Range start and end (pixels); bands are laid out from start to end.
    public var range: (Double, Double)
    /// Fraction of a step left blank between bands (0…1).
    public var paddingInner: Double
    /// Blank space before the first and after the last band, in steps.
    public var paddingOuter: Double

    /// Creates a band scale.
    public init(count: Int, range: (Double, Double), paddingInner: Double = 0, paddingOuter: Double = 0) {
        self.count = count
        self.range = range
        self.paddingInner = paddingInner
        self.paddingOuter = paddingOuter
    }

    /// Distance between the starts of adjacent bands (signed like the range).
    public var step: Double {
        let span = range.1 - range.0
        return span / max(1, Double(count) - paddingInner + 2 * paddingOuter)
    }

    /// Width of one band (always ≥ 0).
    public var bandwidth: Double {
        abs(step) * (1 - paddingInner)
    }

    /// The start of band `index` (its edge nearest `range.0`).
    public func start(_ index: Int) -> Double {
        range.0 + step * (paddingOuter + Double(index))
    }

    /// The centre of band `index`.
    public func center(_ index: Int) -> Double {
        start(index) + (step < 0 ? -bandwidth : bandwidth) / 2
    }

    public static func == (a: BandScale, b: BandScale) -> Bool {
        a.count == b.count && a.range == b.range && a.paddingInner == b.paddingInner
            && a.paddingOuter == b.paddingOuter
    }
}
