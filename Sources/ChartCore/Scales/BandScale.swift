/// Evenly spaced bands for categories along a pixel range, after d3-scale's `scaleBand`; or,
/// for dates on a time scale, one band per period, each centred on its period.
public struct BandScale: Equatable, Sendable {
    /// Number of bands.
    public var count: Int
    /// Range start and end (pixels); bands are laid out from start to end.
    public var range: (Double, Double)
    /// Fraction of a step left blank between bands (0…1).
    public var paddingInner: Double
    /// Blank space before the first and after the last band, in steps.
    public var paddingOuter: Double
    /// The pixel extent of each band's period, when bands sit on a time scale (rising).
    public private(set) var periods: [ClosedRange<Double>]?
    /// The shortest of ``periods`` (kept, so that ``step`` is not a search over every period).
    private var shortestPeriod: Double?

    /// Creates a band scale.
    public init(count: Int, range: (Double, Double), paddingInner: Double = 0, paddingOuter: Double = 0) {
        self.count = count
        self.range = range
        self.paddingInner = paddingInner
        self.paddingOuter = paddingOuter
    }

    /// Bands on a time scale: one per period (pixel extents, rising), each `1 - paddingInner` of
    /// the shortest period wide, centred on its own.
    public init(periods: [ClosedRange<Double>], paddingInner: Double) {
        self.init(count: periods.count, range: (periods.first?.lowerBound ?? 0, periods.last?.upperBound ?? 1),
                  paddingInner: paddingInner)
        self.periods = periods
        shortestPeriod = periods.map { $0.upperBound - $0.lowerBound }.min()
    }

    /// Distance between the starts of adjacent bands (signed like the range); on a time scale,
    /// the shortest period.
    public var step: Double {
        if periods != nil { return shortestPeriod ?? 1 }
        let span = range.1 - range.0
        return span / max(1, Double(count) - paddingInner + 2 * paddingOuter)
    }

    /// Width of one band (always ≥ 0).
    public var bandwidth: Double {
        abs(step) * (1 - paddingInner)
    }

    /// The start of band `index` (its edge nearest `range.0`).
    public func start(_ index: Int) -> Double {
        if periods != nil { return center(index) - bandwidth / 2 }
        return range.0 + step * (paddingOuter + Double(index))
    }

    /// The centre of band `index`.
    public func center(_ index: Int) -> Double {
        if let periods { return (periods[index].lowerBound + periods[index].upperBound) / 2 }
        return start(index) + (step < 0 ? -bandwidth : bandwidth) / 2
    }

    public static func == (a: BandScale, b: BandScale) -> Bool {
        a.count == b.count && a.range == b.range && a.paddingInner == b.paddingInner
            && a.paddingOuter == b.paddingOuter && a.periods == b.periods
    }
}
