/// A linear map from a numeric domain to a pixel range; either may be descending.
public struct LinearScale: Equatable, Sendable {
    /// Domain start and end (data units).
    public var domain: (Double, Double)
    /// Range start and end (pixels); `range.0 > range.1` is normal for a y axis.
    public var range: (Double, Double)

    /// Creates a scale.
    public init(domain: (Double, Double), range: (Double, Double)) {
        self.domain = domain
        self.range = range
    }

    /// The pixel position of `value` (unclamped); the middle of the range for an empty domain.
    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.1 - domain.0
        guard span != 0 else { return (range.0 + range.1) / 2 }
        return range.0 + (value - domain.0) / span * (range.1 - range.0)
    }

    /// About `count + 1` ticks across the domain (``Ticks/ticks(_:_:count:)``).
    public func ticks(count: Double) -> [Double] {
        Ticks.ticks(domain.0, domain.1, count: count)
    }

    /// The scale with its domain extended to nice round values (``Ticks/nice(_:_:count:)``).
    public func niced(count: Double) -> LinearScale {
        let (start, stop) = Ticks.nice(domain.0, domain.1, count: count)
        return LinearScale(domain: (start, stop), range: range)
    }

    public static func == (a: LinearScale, b: LinearScale) -> Bool {
        a.domain == b.domain && a.range == b.range
    }
}
