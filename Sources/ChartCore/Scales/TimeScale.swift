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

/// Calendar ticks for a time axis: days, the first days of months or years, in UTC.
///
/// The interval is the finest of 1 or 2 days, a week (Mondays), half a month (the 1st and 15th),
/// 1, 2, 3 or 6 months or 1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 2000 or 5000 years that
/// gives no more than the ticks asked for (so a domain from year 1 to 9999 has a few). Ticks fall
/// only on the years 1 to 9999, the calendar's dates: a domain padded past them has none there. Labels show the year only where it changes: `4 Mar 2024`, `11 Mar`, … for days;
/// `Apr 2023`, `Jul`, `Oct`, `2024`, `Apr`, … for months; `2017`, `2018`, … for years (in
/// Chinese: `2024年3月4日`, `3月11日`; `2023年4月`, `7月`, `2024`, `4月`; `2017`).
public enum CalendarTicks {
    /// A tick: its day number and label.
    public struct Tick: Equatable, Sendable {
        public var day: Int
        public var label: String
        /// Whether the tick starts a year (drawn a little stronger).
        public var isYear: Bool
    }

    /// Interval lengths in months.
    static let intervals = [1, 2, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 2400, 6000, 12_000, 24_000, 60_000]

    /// Interval lengths in days, tried before months.
    static let dayIntervals = [1, 2, 7, 14]

    /// Ticks inside `[start, end]` (day numbers), at most `maxCount` of them (at least two when
    /// possible), every `minimumMonths` months at least (0: days allowed).
    public static func ticks(from start: Double, to end: Double, maxCount: Int, minimumMonths: Int = 0,
                             locale: ChartLocale = .en) -> [Tick] {
        if minimumMonths == 0 {
            // Only intervals that could give few enough ticks are generated.
            for days in dayIntervals where (end - start) / Double(days) <= Double(max(2, maxCount)) + 2 {
                let ticks = ticks(from: start, to: end, everyDays: days, locale: locale)
                if ticks.count <= max(2, maxCount) && ticks.count >= 2 { return ticks }
            }
        }
        var chosen: [Tick] = []
        for months in intervals where months >= minimumMonths {
            let ticks = ticks(from: start, to: end, everyMonths: months, locale: locale)
            chosen = ticks
            if ticks.count <= max(2, maxCount) { break }
        }
        return chosen
    }

    /// Ticks every `days` days: every day, every other day, Mondays (7) or the 1st and 15th (14).
    static func ticks(from start: Double, to end: Double, everyDays days: Int, locale: ChartLocale) -> [Tick] {
        var result: [Tick] = []
        var previousYear: Int?
        var day = Int(start.rounded(.up))
        while Double(day) <= end {
            let date = CivilCalendar.civil(fromDayNumber: day)
            // Day 0 (1970-01-01) was a Thursday, so Mondays have (day + 3) mod 7 = 0.
            let weekday = ((day + 3) % 7 + 7) % 7
            let on = switch days {
            case 7: weekday == 0
            case 14: date.day == 1 || date.day == 15
            default: ((day % days) + days) % days == 0
            }
            if on {
                let label = locale.day(date.day, month: date.month, year: previousYear == date.year ? nil : date.year)
                result.append(Tick(day: day, label: label, isYear: date.month == 1 && date.day == 1))
                previousYear = date.year
            }
            day += 1
        }
        return result
    }

    /// Ticks every `months` months (aligned to multiples of the interval from January of year 0).
    public static func ticks(from start: Double, to end: Double, everyMonths months: Int, locale: ChartLocale = .en) -> [Tick] {
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
            if Double(day) >= start && (1...9999).contains(year) {
                let label: String
                if months >= 12 {
                    label = String(year)
                } else if month == 1 {
                    label = locale.year(year)
                } else {
                    label = locale.month(month, year: previousYear == nil ? year : nil)
                }
                result.append(Tick(day: day, label: label, isYear: month == 1))
                previousYear = year
            }
            index += months
        }
        return result
    }
}
