import Foundation

/// A base-10 logarithmic map from a positive domain to a pixel range.
public struct LogScale: Equatable, Sendable {
    /// Domain start and end, both > 0.
    public var domain: (Double, Double)
    /// Range start and end (pixels).
    public var range: (Double, Double)

    /// Creates a scale; the domain must be positive.
    public init(domain: (Double, Double), range: (Double, Double)) {
        precondition(domain.0 > 0 && domain.1 > 0, "a log scale needs a positive domain")
        self.domain = domain
        self.range = range
    }

    /// The pixel position of a positive `value`.
    public func callAsFunction(_ value: Double) -> Double {
        let a = log10(domain.0), b = log10(domain.1)
        guard a != b else { return (range.0 + range.1) / 2 }
        return range.0 + (log10(value) - a) / (b - a) * (range.1 - range.0)
    }

    /// The domain widened to whole powers of ten (at least one decade).
    public func niced() -> LogScale {
        let low = min(domain.0, domain.1), high = max(domain.0, domain.1)
        var start = pow(10, floor(log10(low) + 1e-9))
        var stop = pow(10, ceil(log10(high) - 1e-9))
        if start == stop { stop *= 10 }
        if domain.0 > domain.1 { swap(&start, &stop) }
        return LogScale(domain: (start, stop), range: range)
    }

    /// Powers of ten inside the domain; with fewer than three of them, the 2× and 5× multiples too.
    public func ticks() -> [Double] {
        let low = min(domain.0, domain.1), high = max(domain.0, domain.1)
        let first = Int(floor(log10(low) + 1e-9)), last = Int(ceil(log10(high) - 1e-9))
        let powers = (first...last).map { pow(10, Double($0)) }.filter { inside($0, low, high) }
        guard powers.count < 3 else { return powers }
        return (first...last).flatMap { exponent in
            [1.0, 2, 5].map { $0 * pow(10, Double(exponent)) }
        }.filter { inside($0, low, high) }
    }

    private func inside(_ value: Double, _ low: Double, _ high: Double) -> Bool {
        value >= low * (1 - 1e-9) && value <= high * (1 + 1e-9)
    }

    public static func == (a: LogScale, b: LogScale) -> Bool {
        a.domain == b.domain && a.range == b.range
    }
}
