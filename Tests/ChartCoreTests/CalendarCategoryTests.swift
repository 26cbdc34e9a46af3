import Dataset
import Testing
@testable import ChartCore

/// Bar charts whose categories are months or days, labelled as a calendar axis is.
@Suite struct CalendarCategoryTests {
    let measurer = FixedWidthMeasurer()

    /// One bar per month from January of `year`, `count` of them.
    func chart(months count: Int, from year: Int, width: Int) throws -> BarChart {
        let names = (0..<count).map { String(format: "%04d-%02d", year + $0 / 12, $0 % 12 + 1) }
        return try bars(names, width: width)
    }

    /// One bar per day from `first`, `count` of them (skipping weekends when `weekdays`).
    func chart(days count: Int, from first: (Int, Int, Int), width: Int, weekdays: Bool = false) throws -> BarChart {
        let start = CivilCalendar.dayNumber(year: first.0, month: first.1, day: first.2)
        // Day 0 (1970-01-01) was a Thursday: (n + 3) mod 7 is 5 or 6 at weekends.
        let days = (start...).lazy.filter { !weekdays || ($0 + 3) % 7 < 5 }.prefix(count)
        let names = days.map { number -> String in
            let (y, m, d) = CivilCalendar.civil(fromDayNumber: number)
            return String(format: "%04d-%02d-%02d", y, m, d)
        }
        return try bars(Array(names), width: width)
    }

    func bars(_ names: [String], width: Int) throws -> BarChart {
        // Values from −3 to 5, negatives included.
        let csv = "name,value\n" + names.enumerated().map { "\($1),\($0 * 7 % 9 - 3)" }.joined(separator: "\n") + "\n"
        let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "name", "value": "value", "width": \#(width), "height": 400, "orientation": "vertical"}"#)
        return try BarChartBuilder.build(spec: spec, dataset: Fixtures.dataset(csv), context: Fixtures.context)
    }

    func labels(_ chart: BarChart) -> (texts: [String], datums: [Int], layout: ChartLayout) {
        let layout = BarLayout.layout(chart, measurer: measurer)
        let labels = layout.scene.allItems.filter { $0.role == .tickLabel && $0.datum != nil }
        return (labels.compactMap { if case .text(let run) = $0.shape { run.text } else { nil } }, labels.compactMap(\.datum), layout)
    }

    @Test func twelveMonthsReadAsACalendarWithTheYearOnce() throws {
        let (texts, _, layout) = labels(try chart(months: 12, from: 2023, width: 1200))
        #expect(texts == ["Jan 2023", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"])
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
    }

    @Test func thirtySixMonthsAreThinnedToQuartersWithTheYearWhereItChanges() throws {
        let (texts, datums, layout) = labels(try chart(months: 36, from: 2022, width: 800))
        #expect(texts.count >= 6)
        // Quarters or half-years (a round interval), the year on the first label and on each January.
        let step = datums[1] - datums[0]
        #expect([3, 6].contains(step) && zip(datums, datums.dropFirst()).allSatisfy { $1 - $0 == step }, "\(datums)")
        #expect(datums.allSatisfy { $0 % step == 0 })
        // The first bar's label would reach past the plot's start and is left out: the first
        // label drawn carries its year, as does each January.
        for (position, (text, datum)) in zip(texts, datums).enumerated() {
            let year = 2022 + datum / 12, month = CivilCalendar.monthAbbreviations[datum % 12]
            #expect(text == (position == 0 || datum % 12 == 0 ? "\(month) \(year)" : month), "\(texts)")
        }
        #expect(texts.contains("Jan 2023") && texts.contains("Jan 2024"))
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
    }

    @Test func tenYearsOfMonthsAreLabelledByYearAlone() throws {
        let (texts, datums, layout) = labels(try chart(months: 120, from: 2014, width: 800))
        #expect(texts == (2014...2023).map { "\($0)" } || texts == (2014...2023).filter { $0 % 2 == 0 }.map { "\($0)" }, "\(texts)")
        #expect(datums.allSatisfy { $0 % 12 == 0 }, "each year's label under its January")
        #expect(layout.scene.items(.bar).count == 120)
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
    }

    @Test func dailyBarsShowRoundDaysAndTheFirstLabelDrawnHasItsYear() throws {
        let (texts, _, layout) = labels(try chart(days: 120, from: (2023, 11, 1), width: 800))
        #expect(texts.count >= 4)
        #expect(texts[0].hasSuffix(" 2023"), "\(texts)")
        #expect(texts.contains("1 Jan 2024") || texts.contains("Jan 2024"), "the year where it changes: \(texts)")
        // Every label is a day and month ("15 Dec") or a month, with a year only on the first and in January.
        for text in texts.dropFirst() where text.hasSuffix("2024") { #expect(text.contains("Jan")) }
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
    }

    @Test func businessDaysPutEachPeriodOnItsFirstTradingDay() throws {
        // 1 April and 1 July 2023 were Saturdays: their labels sit on Monday the 3rd.
        let chart = try chart(days: 260, from: (2023, 1, 2), width: 800, weekdays: true)
        let (texts, datums, layout) = labels(chart)
        let names = datums.map { chart.categories[$0].name }
        #expect(texts.starts(with: ["Apr 2023", "Jul", "Oct"]), "\(texts)")
        #expect(names.starts(with: ["2023-04-03", "2023-07-03", "2023-10-02"]), "\(names)")
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
    }

    @Test func aThousandDailyBarsStayReadable() throws {
        let (texts, _, layout) = labels(try chart(days: 1000, from: (2022, 3, 14), width: 800))
        #expect(layout.scene.items(.bar).count == 1000)
        #expect(texts.count >= 3 && texts.allSatisfy { !$0.contains("-") }, "\(texts)")
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
    }

    @Test func fallingMonthsReadAsACalendarToo() throws {
        let names = (0..<60).map { String(format: "%04d-%02d", 2023 - $0 / 12, 12 - $0 % 12) }
        let (texts, datums, layout) = labels(try bars(names, width: 600))
        #expect(texts.count >= 4 && texts.allSatisfy { !$0.contains("-") }, "\(texts)")
        // Each label is on the first month of its period, its year where the year changes.
        for (text, datum) in zip(texts, datums) {
            let month = Int(names[datum].suffix(2))!
            #expect(text.hasPrefix(CivilCalendar.monthAbbreviations[month - 1]) || Int(text) != nil, "\(text) on \(names[datum])")
        }
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
    }

    @Test func approximateOrMixedDatesKeepTheirNames() throws {
        let order = CategoryOrder(try bars(["2023-01", "~2023-03", "2023-06"], width: 800))
        #expect(order.calendar == nil && order.labelRole == .categoryLabel)
        #expect(CategoryOrder(try bars(["2023-01", "2023-03-05"], width: 800)).calendar == nil)
    }
}
