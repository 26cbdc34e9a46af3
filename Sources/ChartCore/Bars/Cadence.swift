import Dataset

/// The intervals between consecutive dates: how often something happened.
///
/// A gap is only as precise as its dates. Between two exact days it is exact (in days, or in
/// months to one decimal). When a date is known only to the month, or is approximate, the gap is
/// approximate: it runs between the middles of the periods the dates cover and is rounded to a
/// whole unit. When a date is known only to the year, the gap could be anything from weeks to two
/// years, so it is not given at all. A gap ending at a deadline (`by 2023-12`) is only an upper
/// bound, from the earlier date's middle to the deadline's last day, rounded up, unless the earlier
/// date is approximate (then either may come first, and the gap is not given); a gap starting
/// at a deadline has no upper bound, so it is not given either.
public enum Cadence {
    /// How much a gap can be trusted.
    public enum Certainty: Equatable, Sendable {
        /// Between two exact days.
        case exact
        /// Between the middles of two periods, rounded.
        case approximate
        /// At most this long: the later date is a deadline.
        case atMost
        /// Not given: a date is known only to the year, the earlier date is a deadline, or the later
        /// is a deadline and the earlier approximate.
        case unknown
    }

    /// One interval between two consecutive dates.
    public struct Gap: Equatable, Sendable {
        /// Index of the earlier date (in the sorted order).
        public var from: Int
        /// Index of the later date.
        public var to: Int
        /// The length in the unit asked for (0 when ``certainty`` is `.unknown`).
        public var value: Double
        public var certainty: Certainty
    }

    /// Mean Gregorian month in days.
    public static let daysPerMonth = 365.2425 / 12

    /// The gaps between `dates` taken in order (the caller sorts them).
    public static func gaps(_ dates: [PartialDate], unit: BarOptions.GapUnit) -> [Gap] {
        guard dates.count > 1 else { return [] }
        return (1..<dates.count).map { index in
            let a = dates[index - 1], b = dates[index]
            if a.precision == .year || a.isBound {
                return Gap(from: index - 1, to: index, value: 0, certainty: .unknown)
            }
            if b.isBound {
                // From an approximate date, a deadline bounds nothing: either may come first.
                if a.isApproximate { return Gap(from: index - 1, to: index, value: 0, certainty: .unknown) }
                // Any deadline, even a year, bounds the gap from above.
                let days = Double(b.endDay) - a.midpoint
                let raw = unit == .days ? days : days / daysPerMonth
                return Gap(from: index - 1, to: index, value: raw.rounded(.up), certainty: .atMost)
            }
            if b.precision == .year {
                return Gap(from: index - 1, to: index, value: 0, certainty: .unknown)
            }
            let exact = a.precision == .day && b.precision == .day && !a.isApproximate && !b.isApproximate
            let days = b.midpoint - a.midpoint
            let raw = unit == .days ? days : days / daysPerMonth
            let value = exact && unit == .months ? (raw * 10).rounded() / 10 : raw.rounded()
            return Gap(from: index - 1, to: index, value: value, certainty: exact ? .exact : .approximate)
        }
    }
}
