import Testing
@testable import Dataset

@Suite struct PartialDateTests {
    @Test(arguments: [
        ("2023", 2023, nil, nil, false, PartialDate.Precision.year),
        ("2024-02", 2024, 2, nil, false, .month),
        ("2023-08-03", 2023, 8, 3, false, .day),
        ("~2023-12", 2023, 12, nil, true, .month),
        ("~2025", 2025, nil, nil, true, .year),
        ("2024-02-29", 2024, 2, 29, false, .day),
    ] as [(String, Int, Int?, Int?, Bool, PartialDate.Precision)])
    func parsesISOPrefixes(text: String, year: Int, month: Int?, day: Int?, approximate: Bool, precision: PartialDate.Precision) throws {
        let date = try PartialDate(parsing: text)
        #expect(date.year == year)
        #expect(date.month == month)
        #expect(date.day == day)
        #expect(date.isApproximate == approximate)
        #expect(date.precision == precision)
        #expect(date.description == text)
    }

    @Test func rejectsInvalidDatesWithReasons() {
        #expect(throws: PartialDateError.month("2024-13", 13)) { try PartialDate(parsing: "2024-13") }
        #expect(throws: PartialDateError.day("2023-02-30", 30, 28)) { try PartialDate(parsing: "2023-02-30") }
        #expect(throws: PartialDateError.day("2023-02-29", 29, 28)) { try PartialDate(parsing: "2023-02-29") }
        for text in ["24-02-01", "Feb 2024", "", "2024-2", "2024/02", "2024-02-01T00", "~", "0000", "2024--02"] {
            #expect(throws: PartialDateError.format(text)) { try PartialDate(parsing: text) }
        }
    }

    @Test func coversItsWholePeriod() throws {
        let month = try PartialDate(parsing: "2024-02")
        #expect(month.firstDay == 19_754)
        #expect(month.endDay - month.firstDay == 29)
        #expect(month.midpoint == 19_754 + 14.5)
        let year = try PartialDate(parsing: "2023")
        #expect(year.endDay - year.firstDay == 365)
        let day = try PartialDate(parsing: "2023-08-03")
        #expect(day.firstDay == 19_572)
        #expect(day.endDay == 19_573)
    }

    @Test func readsAsPreciselyAsItIs() throws {
        #expect(try PartialDate(parsing: "2019-09-25").displayText == "25 Sep 2019")
        #expect(try PartialDate(parsing: "2024-02").displayText == "Feb 2024")
        #expect(try PartialDate(parsing: "2025").displayText == "2025")
        #expect(try PartialDate(parsing: "~2025").displayText == "c. 2025")
        #expect(try PartialDate(parsing: "~2023-11").displayText == "c. Nov 2023")
        #expect(try PartialDate(parsing: "~2024-01").displayText == "c. Jan 2024")
        // A part of a year, as the source words it: an approximate month with its neighbours.
        let late = try PartialDate(parsing: "late 2023")
        #expect(late.displayText == "late 2023" && late.description == "late 2023")
        #expect(late.isApproximate && late.month == 11)
        #expect(late.period == CivilCalendar.dayNumber(year: 2023, month: 10, day: 1)..<CivilCalendar.dayNumber(year: 2024, month: 1, day: 1))
        #expect(try PartialDate(parsing: "early 2024").period.lowerBound == CivilCalendar.dayNumber(year: 2024, month: 1, day: 1))
        #expect(try PartialDate(parsing: "mid 2024").displayText == "mid 2024")
        #expect(late != (try PartialDate(parsing: "~2023-11")), "written differently, read differently")
        // Exactly one of <, == and > holds, whatever the writing.
        let month = try ["2023-11", "~2023-11", "late 2023", "by 2023-11"].map(PartialDate.init(parsing:))
        for a in month { for b in month { #expect([a < b, a == b, b < a].filter { $0 }.count == 1, "\(a) \(b)") } }
        for wrong in ["late 23", "Late 2023", "late  2023", "end 2023", "late 20234",
                      // Found by the csv fuzz target: a run of digits longer than a field overflowed.
                      "99999999999999999999", "2023-99999999999999999999", "by 12345678901234567890"] {
            #expect(throws: PartialDateError.format(wrong)) { try PartialDate(parsing: wrong) }
        }
    }

    @Test func aDeadlineIsReadWrittenAndShownAsOne() throws {
        let year = try PartialDate(parsing: "by 2018")
        #expect(year.isBound && !year.isApproximate)
        #expect((year.year, year.month, year.day) == (2018, nil, nil))
        #expect(year.description == "by 2018")
        #expect(year.displayText == "by 2018")
        let month = try PartialDate(parsing: "by 2023-12")
        #expect(month.displayText == "by Dec 2023")
        #expect(month.precision == .month)
        // The last day it allows is the last day of the period it names.
        #expect(month.endDay == (try PartialDate(parsing: "2024-01")).firstDay)
        #expect(try PartialDate(parsing: "by 2023-08-03").displayText == "by 3 Aug 2023")
        // Not the same date as the plain period.
        #expect(month != (try PartialDate(parsing: "2023-12")))
    }

    @Test func aDeadlineCannotAlsoBeApproximateOrMalformed() {
        #expect(throws: PartialDateError.approximateBound("by ~2023")) { try PartialDate(parsing: "by ~2023") }
        #expect(throws: PartialDateError.month("by 2023-13", 13)) { try PartialDate(parsing: "by 2023-13") }
        for text in ["by", "by ", "By 2018", "by  2018", "by2018", "~by 2018", "2018 by", "by 18"] {
            #expect(throws: PartialDateError.format(text)) { try PartialDate(parsing: text) }
        }
        #expect(PartialDate(year: 2018, approximate: true, bound: true) == nil)
    }

    @Test func ordersByStartThenCoarserFirst() throws {
        let dates = try ["2024-02-01", "2024", "2024-02", "2023-12"].map(PartialDate.init(parsing:))
        #expect(dates.sorted().map(\.description) == ["2023-12", "2024", "2024-02", "2024-02-01"])
    }
}

@Suite struct CivilCalendarTests {
    @Test(arguments: [
        (1970, 1, 1, 0), (1969, 12, 31, -1), (2000, 3, 1, 11_017), (2017, 10, 11, 17_450),
        (2023, 8, 3, 19_572), (2024, 2, 29, 19_782),
    ])
    func dayNumbersRoundTrip(year: Int, month: Int, day: Int, number: Int) {
        #expect(CivilCalendar.dayNumber(year: year, month: month, day: day) == number)
        let civil = CivilCalendar.civil(fromDayNumber: number)
        #expect(civil.year == year && civil.month == month && civil.day == day)
    }

    @Test func leapYears() {
        #expect(CivilCalendar.isLeapYear(2024))
        #expect(!CivilCalendar.isLeapYear(2023))
        #expect(!CivilCalendar.isLeapYear(1900))
        #expect(CivilCalendar.isLeapYear(2000))
        #expect(CivilCalendar.daysInMonth(2, year: 2024) == 29)
    }
}

@Suite struct PartialDatePeriodTests {
    @Test func anApproximateMonthTakesInItsNeighbours() throws {
        let late = try PartialDate(parsing: "~2023-12")
        #expect(late.period == CivilCalendar.dayNumber(year: 2023, month: 11, day: 1)..<CivilCalendar.dayNumber(year: 2024, month: 2, day: 1))
        #expect(late.midpoint == Double(CivilCalendar.dayNumber(year: 2023, month: 12, day: 1)) + 15.5)
        let early = try PartialDate(parsing: "~2024-01")
        #expect(early.period.lowerBound == CivilCalendar.dayNumber(year: 2023, month: 12, day: 1))
    }

    @Test func otherDatesCoverExactlyWhatTheyName() throws {
        for text in ["2024-02", "2023", "2023-08-03", "~2025", "~2023-08-03"] {
            let date = try PartialDate(parsing: text)
            #expect(date.period == date.firstDay..<date.endDay)
        }
    }
}
