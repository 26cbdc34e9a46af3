import Foundation

/// How numbers are written on axes and labels: prefix, suffix, grouping, decimals, compact units.
///
/// Every number in a chart goes through ``format(_:decimals:)``, which uses integer arithmetic
/// on a fixed number of decimals, so output never depends on locale or platform printing.
/// Negative numbers use the typographic minus sign (U+2212).
public struct NumberFormat: Equatable, Sendable {
    /// Text before the number, e.g. `¥` or `$`.
    public var prefix: String
    /// Text after the number (and after a compact unit), e.g. `B`, `%` or ` IPS`.
    public var suffix: String
    /// Fixed number of decimals; `nil` chooses the fewest that show the value, at most
    /// ``maxAutoDecimals`` (at most one with compact units: `78.6K`, not `78.56K`).
    public var decimals: Int?
    /// The thousands separator (`,` by default; empty for none).
    public var thousands: String
    /// Whether to scale to K (thousand), M (million), B (billion) or T (trillion).
    public var compact: Bool

    /// The most decimals automatic precision will show.
    public static let maxAutoDecimals = 2

    /// Creates a format.
    public init(prefix: String = "", suffix: String = "", decimals: Int? = nil, thousands: String = ",",
                compact: Bool = false) {
        self.prefix = prefix
        self.suffix = suffix
        self.decimals = decimals
        self.thousands = thousands
        self.compact = compact
    }

    private static let units: [(Double, String)] = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]

    /// The compact unit for a magnitude: the largest unit not above it, or none below 1,000.
    func unit(for value: Double) -> (divisor: Double, symbol: String) {
        guard compact else { return (1, "") }
        let magnitude = abs(value)
        for (divisor, symbol) in Self.units where magnitude >= divisor * (1 - 1e-12) {
            return (divisor, symbol)
        }
        return (1, "")
    }

    /// `value` written with this format; `decimals` overrides the format's own precision.
    public func format(_ value: Double, decimals override: Int? = nil) -> String {
        let (divisor, symbol) = unit(for: value)
        let scaled = value / divisor
        let places = override ?? decimals ?? Self.autoDecimals(scaled, limit: compact ? 1 : Self.maxAutoDecimals)
        return (scaled < 0 && Self.round(scaled, places) != 0 ? "\u{2212}" : "") + prefix
            + Self.fixed(abs(scaled), places, grouping: thousands) + symbol + suffix
    }

    /// The decimals needed to show every value of an evenly spaced tick series with this format.
    public func tickDecimals(_ ticks: [Double]) -> Int {
        if let decimals { return decimals }
        return ticks.map { value in
            let (divisor, _) = unit(for: value)
            return Self.autoDecimals(value / divisor, limit: compact ? 1 : Self.maxAutoDecimals)
        }.max() ?? 0
    }

    /// The fewest decimals (up to `limit`) that represent `value` to 1e-9 relative.
    static func autoDecimals(_ value: Double, limit: Int) -> Int {
        for places in 0..<limit where abs(round(value, places) - value) <= 1e-9 * max(1, abs(value)) {
            return places
        }
        return limit
    }

    static func round(_ value: Double, _ places: Int) -> Double {
        let factor = pow(10, Double(places))
        return (value * factor).rounded() / factor
    }

    /// A non-negative value with `places` decimals and grouped thousands, from integer digits.
    static func fixed(_ value: Double, _ places: Int, grouping: String) -> String {
        let factor = pow(10, Double(places))
        let scaled = (value * factor).rounded()
        var digits: String
        if scaled < 9e15 {
            digits = String(UInt64(scaled))
        } else {
            digits = String(format: "%.0f", scaled)
        }
        if digits.count <= places {
            digits = String(repeating: "0", count: places - digits.count + 1) + digits
        }
        let integerPart = String(digits.dropLast(places))
        let fraction = String(digits.suffix(places))
        var grouped = ""
        for (index, character) in integerPart.enumerated() {
            if index > 0 && (integerPart.count - index) % 3 == 0 { grouped += grouping }
            grouped.append(character)
        }
        return places > 0 ? grouped + "." + fraction : grouped
    }
}
