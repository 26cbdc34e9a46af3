import Dataset

/// The intervals between consecutive dates: how often something happened.
///
/// Each gap runs from the middle of one date's period to the middle of the next (a month-precise
/// date stands for its whole month, so its middle is the fairest point). A gap is exact only when
/// both dates are exact days (for `days`) or exact days or months (for `months`); otherwise it is
/// approximate and labelled with `≈`.
public enum Cadence {
    /// One interval between two consecutive dates.
    public struct Gap: Equatable, Sendable {
        /// Index of the earlier date (in the sorted order).
        public var from: Int
        /// Index of the later date.
        public var to: Int
        /// The length in the unit asked for.
        public var value: Double
        /// Whether the dates are too coarse for the unit.
        public var isApproximate: Bool
    }

    /// Mean Gregorian month in days.
    public static let daysPerMonth = 365.2425 / 12

    /// The gaps between `dates` taken in order (the caller sorts them).
    public static func gaps(_ dates: [PartialDate], unit: BarOptions.GapUnit) -> [Gap] {
        guard dates.count > 1 else { return [] }
        return (1..<dates.count).map { index in
            let a = dates[index - 1], b = dates[index]
            let days = b.midpoint - a.midpoint
            let needed: PartialDate.Precision = unit == .days ? .day : .month
            let approximate = a.isApproximate || b.isApproximate || a.precision < needed || b.precision < needed
            let raw = unit == .days ? days : days / daysPerMonth
            let value = approximate || unit == .days ? raw.rounded() : (raw * 10).rounded() / 10
            return Gap(from: index - 1, to: index, value: value, isApproximate: approximate)
        }
    }
}
