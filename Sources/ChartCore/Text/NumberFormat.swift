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
    /// Whether to scale to a compact unit: K, M, B, T in English (see ``units``).
    public var compact: Bool
    /// The compact units, largest first (the locale's: K, M, B, T; or 万, 亿, 万亿).
    public var units: [Unit]
    /// What the data's values count (1e9 for a column in billions): a value is written as
    /// value × multiplier, so a figure kept in billions can be written in 亿.
    public var multiplier: Double
    /// The step value labels round to, in the data's unit (1 for whole billions of a column in
    /// billions), before they are written; `nil`: none. Ticks are not rounded.
    public var labelStep: Double?

    /// The most decimals automatic precision will show.
    public static let maxAutoDecimals = 2

    /// Creates a format.
    public init(prefix: String = "", suffix: String = "", decimals: Int? = nil, thousands: String = ",",
                compact: Bool = false, units: [Unit] = ChartLocale.en.compactUnits, multiplier: Double = 1) {
        self.prefix = prefix
        self.suffix = suffix
        self.decimals = decimals
        self.thousands = thousands
        self.compact = compact
        self.units = units
        self.multiplier = multiplier
    }

    /// A compact unit: the divisor and the symbol written after the number.
    public struct Unit: Equatable, Sendable {
        public var divisor: Double
        public var symbol: String
        /// No unit.
        public static let none = Unit(divisor: 1, symbol: "")
    }

    /// The compact unit for a magnitude (already multiplied): the largest unit not above it, or
    /// none below the smallest.
    func unit(for value: Double) -> Unit {
        guard compact else { return .none }
        let magnitude = abs(value)
        return units.first { magnitude >= $0.divisor * (1 - 1e-12) } ?? .none
    }

    /// `value` written with this format.
    ///
    /// - Parameters:
    ///   - decimals: overrides the format's own precision.
    ///   - unit: forces a compact unit (an axis writes all its ticks in one unit).
    ///   - bare: leaves out the prefix and suffix (an axis with a title already names them).
    ///   - roundingDown: rounds towards minus infinity, for a floor ("more than 126.7" is written
    ///     `126`, never `127`).
    public func format(_ value: Double, decimals override: Int? = nil, unit forced: Unit? = nil, bare: Bool = false,
                       roundingDown: Bool = false) -> String {
        var value = value * multiplier
        var unit = forced ?? self.unit(for: value)
        var places = override ?? decimals ?? Self.autoDecimals(value / unit.divisor, limit: compact ? 1 : Self.maxAutoDecimals)
        // 999,950 at one decimal is 1,000.0K (and 99,999,950 is 10,000.0 万): move up to the next
        // unit and choose the decimals again.
        if forced == nil, compact, let larger = units.last(where: { $0.divisor > unit.divisor }),
           abs(Self.round(value / unit.divisor, places)) >= larger.divisor / unit.divisor {
            unit = larger
            places = override ?? decimals ?? Self.autoDecimals(value / unit.divisor, limit: 1)
        }
        if roundingDown {
            let factor = pow(10, Double(places)) / unit.divisor
            // A hair above the value first, so that 126.6 stored as 126.59999… stays 126.6.
            value = Self.floor(value * factor) / factor
        }
        let scaled = value / unit.divisor
        let sign = scaled < 0 && Self.round(scaled, places) != 0 ? "\u{2212}" : ""
        let number = Self.fixed(abs(scaled), places, grouping: thousands) + unit.symbol
        return sign + (bare ? number : prefix + number + suffix)
    }

    /// The precision and unit that all of a chart's value labels share.
    public struct LabelStyle: Equatable, Sendable {
        /// The decimals every label shows.
        public var decimals: Int
        /// The compact unit of every label, or `nil` for each value's own.
        public var unit: Unit?
    }

    /// One precision for every label of `values`, and on a linear axis (`sharedUnit`) one compact
    /// unit, so that the labels of one chart agree in style (`118.4M` beside `74.5M`, `1.18 亿`
    /// beside `0.74 亿`, never `1.2 亿` beside `7,449.4 万`): the format's own decimals, or the
    /// most any value needs (see ``format(_:decimals:unit:bare:)``), raised until different
    /// values read differently (up to six), rounded as they will be written (down for floors,
    /// `roundingDown`). The unit is the largest value's once rounded (999,950 is written in M, as
    /// `1.0M`), unless that would write a non-zero value below a hundredth of it; then each value
    /// keeps its own.
    public func labelStyle(for written: [Double], sharedUnit: Bool, roundingDown: Bool = false) -> LabelStyle {
        let values = written.map { stepped($0, down: roundingDown) }
        let nonZero = values.filter { $0 != 0 && $0.isFinite }.map { abs($0 * multiplier) }
        let limit = compact ? 1 : Self.maxAutoDecimals
        var unit: Unit?
        if sharedUnit, let largest = nonZero.max(), let smallest = nonZero.min() {
            var candidate = self.unit(for: largest)
            if compact, let larger = units.last(where: { $0.divisor > candidate.divisor }),
               abs(Self.round(largest / candidate.divisor, limit)) >= larger.divisor / candidate.divisor {
                candidate = larger
            }
            if smallest >= candidate.divisor / 100 { unit = candidate }
        }
        if let decimals { return LabelStyle(decimals: decimals, unit: unit) }
        // In a shared compact unit no value is below a hundredth of it: two decimals show any.
        let cap = (unit?.divisor ?? 1) > 1 ? max(limit, 2) : NumberFormatSpec.decimalsRange.upperBound
        var places = nonZero.map { min(cap, Self.autoDecimals($0 / (unit ?? self.unit(for: $0)).divisor, limit: limit)) }.max() ?? 0
        let distinct = Array(Set(values.filter(\.isFinite))).sorted()
        while places < NumberFormatSpec.decimalsRange.upperBound
                && Set(distinct.map { format($0, decimals: places, unit: unit, roundingDown: roundingDown) }).count < distinct.count {
            places += 1
        }
        return LabelStyle(decimals: places, unit: unit)
    }

    /// `value` written in a chart's shared label style (rounded to ``labelStep`` first, down
    /// when `roundingDown`).
    public func format(_ value: Double, style: LabelStyle, roundingDown: Bool = false) -> String {
        format(stepped(value, down: roundingDown), decimals: style.decimals, unit: style.unit, roundingDown: roundingDown)
    }

    /// `value` rounded to a multiple of ``labelStep`` (down when `down`), or as it is without one.
    public func stepped(_ value: Double, down: Bool = false) -> Double {
        guard let step = labelStep, step > 0 else { return value }
        let steps = value / step
        let rounded = (down ? Self.floor(steps) : steps.rounded()) * step
        return rounded.isFinite ? rounded : value
    }

    /// `value` rounded down, past the error of its last bits: a product that should be 1266 but
    /// is stored a unit in the last place below it is 1266 (two units up first, never a digit).
    static func floor(_ value: Double) -> Double {
        value.nextUp.nextUp.rounded(.down)
    }

    /// Labels for evenly spaced axis ticks: one compact unit for the whole axis (from its largest
    /// tick), decimals from the tick step as d3-format's `precisionFixed` chooses them, and a bare
    /// `0`. With `bare`, prefix and suffix are left out.
    public func axisLabels(_ ticks: [Double], bare: Bool = false) -> [String] {
        let unit = self.unit(for: (ticks.map(abs).max() ?? 0) * multiplier)
        let steps = zip(ticks.dropFirst(), ticks).map { abs($0 - $1) * multiplier / unit.divisor }.filter { $0 > 0 }
        let places = decimals ?? steps.min().map { max(0, Int(-(log10($0) + 1e-9).rounded(.down))) } ?? 0
        return ticks.map { $0 == 0 ? "0" : format($0, decimals: places, unit: unit, bare: bare) }
    }

    /// Labels for the ticks of a log axis: each tick in its own compact unit, with the fewest decimals.
    public func logAxisLabels(_ ticks: [Double], bare: Bool = false) -> [String] {
        ticks.map { format($0, bare: bare) }
    }

    /// The fewest decimals that represent `value` to 1e-9 relative, up to `limit` (up to three
    /// significant digits for values below one, so 0.004 is `0.004`, not `0`); none when the value
    /// rounds to a whole number at that precision (`1M`, not `1.0M`).
    static func autoDecimals(_ value: Double, limit: Int) -> Int {
        let magnitude = value == 0 ? 0 : Int(floor(log10(abs(value))))
        let cap = abs(value) < 1 ? min(6, max(limit, 2 - magnitude)) : limit
        for places in 0..<cap where abs(round(value, places) - value) <= 1e-9 * max(1, abs(value)) {
            return places
        }
        return round(value, cap) == round(value, 0) ? 0 : cap
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
