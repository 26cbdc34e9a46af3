import Dataset

/// A linear map from day numbers (days since 1970-01-01, UTC) to pixels, with calendar ticks.
public struct TimeScale: Equatable, Sendable {
    /// Domain start and end, in (fractional) day numbers.
    public var domain: (Double, Double)
    /// Range start and end, in pixels (either may be the larger).
    public var range: (Double, Double)

    /// Creates a scale.
    public init(domain: (Double, Double), range: (Double, Double)) {
        self.domain = domain
        self.range = range
    }

    /// The pixel position of a day number.
    public func callAsFunction(_ day: Double) -> Double {
        LinearScale(domain: domain, range: range)(day)
    }

    /// Pixels per day (always positive).
    public var pixelsPerDay: Double {
        abs(range.1 - range.0) / max(1e-9, domain.1 - domain.0)
    }

    public static func == (a: TimeScale, b: TimeScale) -> Bool {
        a.domain == b.domain && a.range == b.range
    }
}

/// Calendar ticks for a time axis: the first days of months or years, in UTC.
///
/// The interval is the finest of 1, 2, 3 or 6 months or 1, 2, 5, 10, 20 or 50 years that gives no
/// more than the ticks asked for. Labels show the year only where it changes: `Apr 2023`, `Jul`,
/// `Oct`, `2024`, `Apr`, … for months; `2017`, `2018`, … for years.
public enum CalendarTicks {
    /// A tick: its day number and label.
    public struct Tick: Equatable, Sendable {
        public var day: Int
        public var label: String
        /// Whether the tick starts a year (drawn a little stronger).
        public var isYear: Bool
    }

    /// Interval lengths in months.
    static let intervals = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600]

    /// Ticks inside `[start, end]` (day numbers), at most `maxCount` of them (at least two when possible).
    public static func ticks(from start: Double, to end: Double, maxCount: Int) -> [Tick] {
        var chosen: [Tick] = []
        for months in intervals {
            let ticks = ticks(from: start, to: end, everyMonths: months)
            chosen = ticks
            if ticks.count <= max(2, maxCount) { break }
        }
        return chosen
    }

    /// Ticks every `months` months (aligned to multiples of the interval from January of year 0).
    public static func ticks(from start: Double, to end: Double, everyMonths months: Int) -> [Tick] {
        let first = CivilCalendar.civil(fromDayNumber: Int(start.rounded(.down)))
        // Floor division, so that years before 1 (a padded domain) still align.
        func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
        var index = first.year * 12 + (first.month - 1)
        index = floorDivide(index, months) * months
        var result: [Tick] = []
        var previousYear: Int?
        while true {
            let year = floorDivide(index, 12), month = index - year * 12 + 1
            let day = CivilCalendar.dayNumber(year: year, month: month, day: 1)
            if Double(day) > end { break }
            if Double(day) >= start {
                let label: String
                if months >= 12 || month == 1 {
                    label = String(year)
                } else if previousYear == nil {
                    label = "\(CivilCalendar.monthAbbreviations[month - 1]) \(year)"
                } else {
                    label = CivilCalendar.monthAbbreviations[month - 1]
                }
                result.append(Tick(day: day, label: label, isYear: month == 1))
                previousYear = year
            }
            index += months
        }
        return result
    }
}
