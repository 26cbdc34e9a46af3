import Dataset

/// What the category names of a bar chart are: ordered values (years, months, dates, numbers),
/// which may be thinned like axis ticks, or plain names. Worked out once per chart.
struct CategoryOrder {
    /// Whether the names are ordered values (years, months, dates, numbers) in order, rising or falling.
    let isOrdered: Bool
    /// Each name's place on its own scale (a year, a month counted from year 0, an integer),
    /// when every name has one.
    let ordinals: [Int]?
    /// The intervals to thin by, smallest first: months by 2, 3, 6, 12, 24 …; days by 2 days, a
    /// week, half a month, a month, a quarter …; others by 2, 5, 10, 20, 50 ….
    let thinningSteps: [Int]
    /// The dates of categories that are all exact months or all exact days, in order (rising or
    /// falling): their labels
    /// read as a calendar axis does ("Jan 2022, Apr, Jul, Oct, Jan 2023", the year only where it changes).
    let calendar: [PartialDate]?
    private let count: Int

    /// The day intervals that daily categories are thinned by: 1 and 2 days, a week (Mondays), half
    /// a month (the 1st and 15th), a month, a quarter, half a year, then 1, 2, 5 and 10 years.
    private static let daySteps = [1, 2, 7, 14, 31, 92, 183, 366, 731, 1827, 3653]

    init(_ chart: BarChart) {
        // Only a name starting with a digit or "~" can be a date (most names fail at once).
        let dates = chart.categories.map { category -> PartialDate? in
            guard let first = category.name.first, first.isASCII && (first.isNumber || first == "~") else { return nil }
            return try? PartialDate(parsing: category.name)
        }
        let count = chart.categories.count
        self.count = count
        // Ordered values in order along the axis (a chart sorted by value is not: its years jump).
        let keys = zip(dates, chart.categories).map { date, category in date.map { Double($0.firstDay) } ?? Double(category.name) }
        let known = keys.compactMap { $0 }
        let rising = zip(known, known.dropFirst()).allSatisfy { $0 < $1 }
        let falling = zip(known, known.dropFirst()).allSatisfy { $0 > $1 }
        isOrdered = count > 1 && known.count == count && (rising || falling)
        let places = zip(dates, chart.categories).map { date, category -> Int? in
            guard let date, !date.isApproximate else { return Int(category.name) }
            switch date.precision {
            case .year: return date.year
            case .month: return date.year * 12 + (date.month ?? 1) - 1
            case .day: return date.firstDay
            }
        }
        ordinals = places.allSatisfy { $0 != nil } ? places.map { $0! } : nil
        let exact = dates.compactMap { $0 }.filter { !$0.isApproximate && !$0.isBound }
        let precision = exact.first?.precision
        calendar = isOrdered && exact.count == count && precision != .year && exact.allSatisfy { $0.precision == precision }
            ? exact : nil
        let base: [Int]
        switch calendar?.first?.precision {
        case .month: base = [1, 2, 3, 6, 12, 24, 60, 120]
        case .day: base = Self.daySteps
        default: base = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
        }
        // Intervals longer than the chart show one label at most; the first such is kept.
        let span = calendar.map { abs($0.last!.firstDay - $0.first!.firstDay) + 1 } ?? count
        let longer = base.firstIndex { $0 > span } ?? base.count
        thinningSteps = Array(base.prefix(longer + 1))
    }

    /// How the labels of calendar categories take part in the scene: as the ticks of a time axis
    /// (an "Apr" repeats every year, like a tick), else as category labels.
    var labelRole: SceneRole { calendar == nil ? .categoryLabel : .tickLabel }

    /// The indices of the labels shown when every `every`-th is: those at round values (years
    /// divisible by `every`, months starting a quarter or a year), else every `every`-th from the
    /// first. Calendar categories show the earliest category of each period (week, month,
    /// quarter, year …), the earliest of all only when it starts one, so missing days or months
    /// move a label rather than lose it.
    func shown(every: Int) -> Set<Int> {
        guard every > 1 else { return Set(0..<count) }
        if let calendar {
            let period = { (index: Int) in Self.period(of: calendar[index], every: every) }
            // The earlier neighbour: before it when rising, after it when falling.
            let falling = count > 1 && calendar[0].firstDay > calendar[1].firstDay
            return Set((0..<count).filter { index in
                let earlier = falling ? index + 1 : index - 1
                return (0..<count).contains(earlier) ? period(index).key != period(earlier).key : period(index).starts
            })
        }
        if let ordinals {
            let round = Set((0..<count).filter { ordinals[$0] % every == 0 })
            if !round.isEmpty { return round }
        }
        return Set((0..<count).filter { $0 % every == 0 })
    }

    /// The fewest bands between two labels shown when every `every`-th is: the room each has.
    func spacing(every: Int) -> Int {
        let indices = shown(every: every).sorted()
        return zip(indices, indices.dropFirst()).map { $1 - $0 }.min() ?? max(count, 1)
    }

    /// The label of category `index` when every `every`-th is shown and `previous` is the label
    /// drawn before it: its name, or for calendar categories the day and month, the month, or the
    /// year (whichever the interval counts in), with the year on the first label drawn and
    /// wherever it changes.
    func label(_ index: Int, of chart: BarChart, every: Int, previous: Int?) -> String {
        guard let calendar else { return chart.categories[index].name }
        let date = calendar[index], locale = chart.locale
        let yearly = date.precision == .day ? every >= 366 : every >= 12
        if yearly { return "\(date.year)" }
        let year = previous.map { calendar[$0].year } == date.year ? nil : date.year
        return date.precision == .day && every < 31 ? locale.day(date.day!, month: date.month!, year: year)
            : locale.month(date.month ?? 1, year: year)
    }

    /// The period of `every` that `date` (a month or a day) falls in, and whether the date is its first.
    private static func period(of date: PartialDate, every: Int) -> (key: Int, starts: Bool) {
        let month = date.year * 12 + (date.month ?? 1) - 1
        guard date.precision == .day, let day = date.day else {
            return (floorDivide(month, every), month - floorDivide(month, every) * every == 0)
        }
        let number = date.firstDay
        switch every {
        case ..<7: return (floorDivide(number, every), number - floorDivide(number, every) * every == 0)
        // Day 0, 1970-01-01, was a Thursday: weeks start on Mondays.
        case 7: return (floorDivide(number + 3, 7), floorDivide(number + 3, 7) * 7 == number + 3)
        case 14: return (month * 2 + (day >= 15 ? 1 : 0), day == 1 || day == 15)
        default:
            let months = [31: 1, 92: 3, 183: 6, 366: 12, 731: 24, 1827: 60][every] ?? 120
            return (floorDivide(month, months), day == 1 && month % months == 0)
        }
    }

    private static func floorDivide(_ a: Int, _ b: Int) -> Int { a >= 0 ? a / b : -((-a + b - 1) / b) }
}
