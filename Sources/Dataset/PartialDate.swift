/// A date exactly as precise as its source: a year, a month or a day, optionally approximate or
/// known only by a bound.
///
/// Written as an ISO 8601 prefix — `2023`, `2024-02`, `2023-08-03` — with a leading `~` for an
/// approximate date (`~2023-11`, "three months after 3 Aug 2023") or a leading `by ` for a
/// deadline (`by 2018`, `by 2023-12`: "by the end of 2023"), which says the event happened no
/// later than the end of that period and nothing about how much earlier; or as a part of a year
/// in words, as a source gives it: `early 2024`, `mid 2024`, `late 2023` (an approximate month:
/// February, June, November, each with the months on either side). A partial date never invents the parts its
/// source did not give: `2024-02` covers all of February 2024, it is not pinned to the 1st.
public struct PartialDate: Hashable, Sendable, Comparable, CustomStringConvertible {
    /// How much of the date is known.
    public enum Precision: Int, Sendable, Comparable {
        case year, month, day
        public static func < (a: Precision, b: Precision) -> Bool { a.rawValue < b.rawValue }
    }

    /// The year (four digits in the source).
    public let year: Int
    /// The month, 1–12, when known.
    public let month: Int?
    /// The day of the month, when known (only together with a month).
    public let day: Int?
    /// Whether the source marks the date as approximate (`~`).
    public let isApproximate: Bool
    /// Whether the source gives only a deadline (`by`): the event happened on or before the last
    /// day of the period, at a time it does not say.
    public let isBound: Bool
    /// The part of its year the source names in words (`early 2024`), for an approximate month
    /// written that way; `nil` for one written `~2024-02`.
    public let yearPart: YearPart?

    /// A part of a year in words, and the approximate month that stands for it.
    public enum YearPart: String, Sendable, CaseIterable {
        case early, mid, late
        /// The middle month: its period, with the months on either side, is the part.
        public var month: Int {
            switch self {
            case .early: 2
            case .mid: 6
            case .late: 11
            }
        }
    }

    /// Creates a date from its parts; `nil` when a part is out of range for the calendar, or when
    /// it is both approximate and a bound.
    public init?(year: Int, month: Int? = nil, day: Int? = nil, approximate: Bool = false, bound: Bool = false) {
        self.init(year: year, month: month, day: day, approximate: approximate, bound: bound, yearPart: nil)
    }

    /// Creates the approximate month of `part` of `year` (`early 2024`).
    public init?(year: Int, part: YearPart) {
        self.init(year: year, month: part.month, day: nil, approximate: true, bound: false, yearPart: part)
    }

    private init?(year: Int, month: Int?, day: Int?, approximate: Bool, bound: Bool, yearPart: YearPart?) {
        guard (1...9999).contains(year), !(approximate && bound) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...CivilCalendar.daysInMonth(month, year: year)).contains(day) else { return nil }
        }
        self.year = year
        self.month = month
        self.day = day
        self.isApproximate = approximate
        self.isBound = bound
        self.yearPart = yearPart
    }

    /// Parses an ISO 8601 prefix (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) with an optional leading `~`
    /// (approximate) or `by ` (a deadline), or a part of a year (`early 2024`, `mid 2024`, `late 2023`).
    ///
    /// - Throws: ``PartialDateError`` naming what is wrong (format, month, or day out of range).
    public init(parsing text: String) throws(PartialDateError) {
        for part in YearPart.allCases where text.hasPrefix(part.rawValue + " ") {
            let digits = text.dropFirst(part.rawValue.count + 1)
            guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(digits),
                  let date = PartialDate(year: year, part: part) else { throw PartialDateError.format(text) }
            self = date
            return
        }
        // Read as bytes: `YYYY`, then `-MM` and `-DD`, each field exactly its digits.
        var bytes = Array(text.utf8)[...]
        let bound = bytes.starts(with: "by ".utf8)
        if bound {
            bytes = bytes.dropFirst(3)
            if bytes.first == UInt8(ascii: "~") { throw PartialDateError.approximateBound(text) }
        }
        let approximate = bytes.first == UInt8(ascii: "~")
        if approximate { bytes = bytes.dropFirst() }
        var numbers: [Int] = []
        var field = 0, digits = 0
        for byte in bytes {
            if byte == UInt8(ascii: "-") {
                guard digits == (numbers.isEmpty ? 4 : 2) else { throw PartialDateError.format(text) }
                numbers.append(field)
                (field, digits) = (0, 0)
            } else if (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                // No field has more than four digits: stop before a long run overflows.
                guard digits < 4 else { throw PartialDateError.format(text) }
                field = field * 10 + Int(byte - UInt8(ascii: "0"))
                digits += 1
            } else {
                throw PartialDateError.format(text)
            }
        }
        guard digits == (numbers.isEmpty ? 4 : 2), numbers.count < 3 else { throw PartialDateError.format(text) }
        numbers.append(field)
        let month = numbers.count > 1 ? numbers[1] : nil
        let day = numbers.count > 2 ? numbers[2] : nil
        if let month, !(1...12).contains(month) {
            throw PartialDateError.month(text, month)
        }
        guard let date = PartialDate(year: numbers[0], month: month, day: day, approximate: approximate, bound: bound) else {
            if numbers[0] == 0 { throw PartialDateError.format(text) }
            throw PartialDateError.day(text, day ?? 0, CivilCalendar.daysInMonth(month ?? 1, year: numbers[0]))
        }
        self = date
    }

    /// How much of the date is known.
    public var precision: Precision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// The first day the date covers, as a day number (days since 1970-01-01, UTC).
    public var firstDay: Int {
        CivilCalendar.dayNumber(year: year, month: month ?? 1, day: day ?? 1)
    }

    /// The day after the last day the date covers (so `endDay - firstDay` is its length in days).
    public var endDay: Int {
        switch precision {
        case .day: return firstDay + 1
        case .month: return firstDay + CivilCalendar.daysInMonth(month!, year: year)
        case .year: return CivilCalendar.dayNumber(year: year + 1, month: 1, day: 1)
        }
    }

    /// The days the date may stand for: its day, month or year; an approximate month also takes
    /// in the months on either side (`~2023-12`, "late 2023", is November 2023 to January 2024).
    public var period: Range<Int> {
        guard isApproximate, precision == .month, let month else { return firstDay..<endDay }
        let before = month == 1 ? (year - 1, 12) : (year, month - 1)
        let after = month >= 11 ? (year + 1, month - 10) : (year, month + 2)
        return CivilCalendar.dayNumber(year: before.0, month: before.1, day: 1)..<CivilCalendar.dayNumber(year: after.0, month: after.1, day: 1)
    }

    /// The middle of the period the date names (its day, month or year), in (fractional) day numbers.
    public var midpoint: Double {
        Double(firstDay + endDay) / 2
    }

    /// The form it was written in, `~` or `by ` included.
    public var description: String {
        if let yearPart { return "\(yearPart.rawValue) \(pad(year, 4))" }
        var text = isApproximate ? "~" : (isBound ? "by " : "")
        text += pad(year, 4)
        if let month { text += "-" + pad(month, 2) }
        if let day { text += "-" + pad(day, 2) }
        return text
    }

    /// The date for readers, no more precise than its source.
    ///
    /// `25 Sep 2019`, `Feb 2024`, `2025`; approximate dates read `c. 2025`, `c. Nov 2023`,
    /// `c. 3 Aug 2023`, and a part of a year as the source wrote it, `early 2024`; a deadline reads
    /// `by 2018`, `by Dec 2023`.
    public var displayText: String {
        if isBound { return "by " + PartialDate(year: year, month: month, day: day)!.displayText }
        let yearText = String(year)
        if let yearPart { return "\(yearPart.rawValue) \(yearText)" }
        switch precision {
        case .year:
            return isApproximate ? "c. \(yearText)" : yearText
        case .month:
            let text = "\(CivilCalendar.monthAbbreviations[month! - 1]) \(yearText)"
            return isApproximate ? "c. \(text)" : text
        case .day:
            let text = "\(day!) \(CivilCalendar.monthAbbreviations[month! - 1]) \(yearText)"
            return isApproximate ? "c. \(text)" : text
        }
    }

    /// Orders by first day, then the less precise (longer) date first; dates that name the same
    /// days differently (`2023-11`, `~2023-11`, `late 2023`, `by 2023-11`) in that order, so that
    /// exactly one of `<`, `==` and `>` holds for any two.
    public static func < (a: PartialDate, b: PartialDate) -> Bool {
        if a.firstDay != b.firstDay { return a.firstDay < b.firstDay }
        if a.precision != b.precision { return a.precision < b.precision }
        func rank(_ date: PartialDate) -> Int {
            date.isBound ? 4 : date.yearPart.map { 2 + ($0 == .late ? 0 : 1) } ?? (date.isApproximate ? 1 : 0)
        }
        return rank(a) < rank(b)
    }

    private func pad(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

/// Why a text is not a ``PartialDate``.
public enum PartialDateError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Not of the form `YYYY`, `YYYY-MM` or `YYYY-MM-DD` (with an optional `~`).
    case format(String)
    /// A month outside 1–12.
    case month(String, Int)
    /// A day that the month does not have.
    case day(String, Int, Int)
    /// A deadline that is also marked approximate (`by ~2023`).
    case approximateBound(String)

    /// What was found and what was expected.
    public var description: String {
        switch self {
        case .format(let text):
            let shown = text.isEmpty ? "an empty cell" : "`\(text)`"
            return "expected a date as YYYY, YYYY-MM or YYYY-MM-DD (with `~` before it for approximate, or `by ` for a deadline), or early, mid or late YYYY, found \(shown)"
        case .month(let text, let month):
            return "`\(text)` has month \(month); months run from 01 to 12"
        case .day(let text, let day, let days):
            return "`\(text)` has day \(day), but that month has \(days) days"
        case .approximateBound(let text):
            return "`\(text)` is both a deadline and approximate; write `by` with the latest the date can be (`by 2024-01`), or `~` alone"
        }
    }
}
