import Foundation
import Dataset
import Testing
import TestSupport
@testable import ChartCore

@Suite struct CalendarTicksTests {
    let start = Double(CivilCalendar.dayNumber(year: 2023, month: 3, day: 20))
    let end = Double(CivilCalendar.dayNumber(year: 2024, month: 5, day: 2))

    @Test func quarterTicksShowTheYearOnlyWhereItChanges() {
        let ticks = CalendarTicks.ticks(from: start, to: end, everyMonths: 3)
        #expect(ticks.map(\.label) == ["Apr 2023", "Jul", "Oct", "2024", "Apr"])
        #expect(ticks.map(\.isYear) == [false, false, false, true, false])
        #expect(ticks[0].day == CivilCalendar.dayNumber(year: 2023, month: 4, day: 1))
    }

    @Test func theIntervalCoarsensToFit() {
        #expect(CalendarTicks.ticks(from: start, to: end, maxCount: 20).count == 14)
        #expect(CalendarTicks.ticks(from: start, to: end, maxCount: 5).map(\.label) == ["Apr 2023", "Jul", "Oct", "2024", "Apr"])
        #expect(CalendarTicks.ticks(from: start, to: end, maxCount: 2).map(\.label) == ["Jul 2023", "2024"])
        let decade = CalendarTicks.ticks(from: Double(CivilCalendar.dayNumber(year: 2016, month: 12, day: 1)),
                                         to: Double(CivilCalendar.dayNumber(year: 2025, month: 6, day: 1)), maxCount: 10)
        #expect(decade.map(\.label) == ["2017", "2018", "2019", "2020", "2021", "2022", "2023", "2024", "2025"])
    }

    /// From year 1 to 9999, padded a little on both sides: millennia, none before year 1 or after 9999.
    @Test func theWholeCalendarThinsToMillennia() {
        let first = Double(CivilCalendar.dayNumber(year: 1, month: 1, day: 1)) - 150_000
        let last = Double(CivilCalendar.dayNumber(year: 10_000, month: 1, day: 1)) + 150_000
        #expect(CalendarTicks.ticks(from: first, to: last, maxCount: 12).map(\.label) == (1...9).map { String($0 * 1000) })
        #expect(CalendarTicks.ticks(from: first, to: last, maxCount: 3).map(\.label) == ["5000"])
        // Days over three centuries thin to half-centuries, within the limit asked for.
        let days = CalendarTicks.ticks(from: Double(CivilCalendar.dayNumber(year: 1800, month: 1, day: 1)),
                                       to: Double(CivilCalendar.dayNumber(year: 2100, month: 1, day: 1)), maxCount: 8)
        #expect(days.map(\.label) == ["1800", "1850", "1900", "1950", "2000", "2050", "2100"])
    }
}

@Suite struct CadenceTests {
    func dates(_ texts: [String]) throws -> [PartialDate] { try texts.map(PartialDate.init(parsing:)) }

    @Test func exactDaysGiveExactGaps() throws {
        #expect(Cadence.gaps(try dates(["2023-04-11", "2023-08-03"]), unit: .days) == [Cadence.Gap(from: 0, to: 1, value: 114, certainty: .exact)])
        #expect(Cadence.gaps(try dates(["2023-04-11", "2023-08-03"]), unit: .months) == [Cadence.Gap(from: 0, to: 1, value: 3.7, certainty: .exact)])
    }

    @Test func monthPreciseGapsAreApproximateAndWhole() throws {
        // 3 Aug 2023 to the middle of November 2023: about 3.4 months, shown as ≈3.
        #expect(Cadence.gaps(try dates(["2023-08-03", "2023-11"]), unit: .months) == [Cadence.Gap(from: 0, to: 1, value: 3, certainty: .approximate)])
        #expect(Cadence.gaps(try dates(["2024-02", "2024-06"]), unit: .months)[0] == Cadence.Gap(from: 0, to: 1, value: 4, certainty: .approximate))
        #expect(Cadence.gaps(try dates(["2024-02", "2024-06"]), unit: .days)[0].certainty == .approximate)
        // "late 2023" is about December: from the middle of December to the middle of February.
        #expect(Cadence.gaps(try dates(["~2023-12", "2024-02"]), unit: .months)[0] == Cadence.Gap(from: 0, to: 1, value: 2, certainty: .approximate))
    }

    @Test func aGapToADeadlineIsAnUpperBoundAndOneFromItIsNotGiven() throws {
        // From the middle of Nov 2023 (16 Nov) to the end of Dec 2023: 1.5 months, at most 2
        // once rounded up (rounding down would claim less than it may be).
        let gaps = Cadence.gaps(try dates(["2023-11", "by 2023-12", "2024-02"]), unit: .months)
        #expect(gaps == [Cadence.Gap(from: 0, to: 1, value: 2, certainty: .atMost),
                         Cadence.Gap(from: 1, to: 2, value: 0, certainty: .unknown)])
        // From an approximate date (~Nov 2023: Oct–Dec) the deadline bounds nothing: it may come first.
        #expect(Cadence.gaps(try dates(["~2023-11", "by 2023-12"]), unit: .months) == [Cadence.Gap(from: 0, to: 1, value: 0, certainty: .unknown)])
        // In days: 3 Aug 2023 (middle at noon) to the end of 2023 is 150.5 days, at most 151.
        #expect(Cadence.gaps(try dates(["2023-08-03", "by 2023"]), unit: .days)[0] == Cadence.Gap(from: 0, to: 1, value: 151, certainty: .atMost))
    }

    @Test func yearPreciseGapsAreNotGiven() throws {
        #expect(Cadence.gaps(try dates(["2024-09", "2025"]), unit: .months) == [Cadence.Gap(from: 0, to: 1, value: 0, certainty: .unknown)])
    }

    @Test func cadenceChartsLabelApproximateBarsAndLeaveOutUnknownOnes() throws {
        let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "r", "gaps": "d", "orientation": "horizontal"}"#)
        let data = try Fixtures.dataset("d,r\n2024-06,Qwen2\n2024-02,Qwen1.5\n2025,Qwen3\n2023-08-03,Qwen-7B\n2023-04-11,Qwen\n")
        let chart = try BarChartBuilder.build(spec: spec, dataset: data, context: Fixtures.context)
        #expect(chart.categories.map(\.name) == ["Qwen-7B", "Qwen1.5", "Qwen2"])
        #expect(chart.categories.map(\.detail) == ["11 Apr 2023 → 3 Aug 2023", "3 Aug 2023 → Feb 2024", "Feb 2024 → Jun 2024"])
        #expect(chart.categories.map(\.approximate) == [false, true, true])
        #expect(chart.frame.notes?.contains("Not shown, as a date is known only to the year: Qwen2 → Qwen3.") == true)
        let scene = BarLayout.layout(chart, measurer: FixedWidthMeasurer()).scene
        #expect(scene.texts(.valueLabel).map(\.text) == ["3.7", "≈6", "≈4"])
    }

    @Test func cadenceChartsBoundGapsToADeadlineAndLeaveOutGapsFromOne() throws {
        let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "r", "gaps": "d", "orientation": "horizontal"}"#)
        let data = try Fixtures.dataset("d,r\n2023-08-03,Qwen-7B\n2023-11,Qwen-14B\nby 2023-12,Qwen-72B\n2024-02,Qwen1.5\n2024-06,Qwen2\n")
        let chart = try BarChartBuilder.build(spec: spec, dataset: data, context: Fixtures.context)
        #expect(chart.categories.map(\.name) == ["Qwen-14B", "Qwen-72B", "Qwen2"])
        #expect(chart.categories.map(\.atMost) == [false, true, false])
        #expect(chart.categories[1].detail == "Nov 2023 → by Dec 2023")
        let notes = try #require(chart.frame.notes)
        #expect(notes.contains("≤ and a lighter bar mark gaps to a date known only by a deadline"))
        #expect(notes.contains("Not shown, as the earlier date is only a deadline (“by”), so the gap could be any length: Qwen-72B → Qwen1.5."))
        let scene = BarLayout.layout(chart, measurer: FixedWidthMeasurer()).scene
        #expect(scene.texts(.valueLabel).map(\.text) == ["≈3", "≤ 2", "≈4"])
    }

    /// The article's Qwen-14B is "three months later", about November, and Qwen-72B only "by the
    /// end of 2023": the article never orders them, so the gap between them is left out and said.
    @Test func aGapToADeadlineFromAnApproximateDateIsLeftOutAndSaid() throws {
        let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "r", "gaps": "d", "orientation": "horizontal"}"#)
        let data = try Fixtures.dataset("d,r\n2023-08-03,Qwen-7B\n~2023-11,Qwen-14B\nby 2023-12,Qwen-72B\n2024-02,Qwen1.5\n2024-06,Qwen2\n")
        let chart = try BarChartBuilder.build(spec: spec, dataset: data, context: Fixtures.context)
        #expect(chart.categories.map(\.name) == ["Qwen-14B", "Qwen2"])
        let notes = try #require(chart.frame.notes)
        #expect(notes.contains("Not shown, as the later date is only a deadline (“by”) and the earlier one approximate, so either may come first: Qwen-14B → Qwen-72B."))
        #expect(!notes.contains("≤"))
    }
}

@Suite struct TimelineBuilderTests {
    func problems(_ json: String, _ csv: String) throws -> [String] {
        do {
            _ = try TimelineChartBuilder.build(spec: Fixtures.spec(json), dataset: Fixtures.dataset(csv), context: Fixtures.context)
            return []
        } catch {
            return error.diagnostics(defaultFile: "?").map(\.description)
        }
    }

    @Test func reportsBadDatesSpansAndTracks() throws {
        let json = #"{"kind": "timeline", "data": "t.csv", "title": "T", "date": "date", "end": "end", "label": "event", "track": "track", "tracks": ["chips", "AI"]}"#
        #expect(try problems(json, "date,end,event,track\n2024-13,,A,chips\n2020,2019,B,AI\n2021,,C,quantm\n") == [
            "data/t.csv:2: `date`: `2024-13` has month 13; months run from 01 to 12 (for example 2023, 2024-02, 2023-08-03, ~2023-11, late 2023 or by 2018; read as dates because of `date` in charts/t.toml)",
        ])
        #expect(try problems(json, "date,end,event,track\n2020,2019,B,AI\n2021,,C,quantm\n") == [
            "data/t.csv:2: `end`: the span ends (2019) before it starts (2020) (swap the dates or fix the end)",
            "charts/t.toml: `tracks`: `tracks` does not list `quantm` (data/t.csv line 3), used in the `track` column (add each to `tracks`, or correct the cells)",
        ])
        #expect(try problems(#"{"kind": "timeline", "data": "t.csv", "title": "T", "label": "event"}"#, "when,event\n2020,A\n") == [
            "charts/t.toml: `date`: a timeline needs the `date` column (add date = \"date\")",
        ])
    }

    @Test func ordersEventsAndTracks() throws {
        let spec = try Fixtures.spec(#"{"kind": "timeline", "data": "t.csv", "title": "T", "date": "d", "label": "e", "track": "t"}"#)
        let chart = try TimelineChartBuilder.build(spec: spec, dataset: Fixtures.dataset("d,e,t\n2023-08-03,B,AI\n2017-10-11,A,corporate\n2023,C,AI\n"),
                                                   context: Fixtures.context)
        #expect(chart.events.map(\.label) == ["A", "C", "B"])
        #expect(chart.tracks == ["AI", "corporate"])
        #expect(chart.events.map(\.track) == [1, 0, 0])
    }
}

@Suite struct TimelineLayoutTests {
    let measurer = FixedWidthMeasurer()

    func chart(_ orientation: TimelineOptions.Orientation, width: Double = 900, height: Double = 500) throws -> TimelineChart {
        let spec = try Fixtures.spec("""
        {"kind": "timeline", "data": "t.csv", "title": "Qwen releases", "width": \(Int(width)), "height": \(Int(height)),
         "date": "date", "label": "release", "orientation": "\(orientation.rawValue)"}
        """)
        let csv = "date,release\n2023-04-11,Qwen launched\n2023-08-03,Qwen-7B\n2023-11,Qwen-14B\n~2023-12,Qwen-72B\n2024-02,Qwen1.5\n2025,Qwen3\n"
        return try TimelineChartBuilder.build(spec: spec, dataset: Fixtures.dataset(csv), context: Fixtures.context)
    }

    @Test func marksAreAsPreciseAsTheirDates() throws {
        let chart = try chart(.horizontal)
        let layout = TimelineLayout.layout(chart, measurer: measurer)
        #expect(layout.warnings.isEmpty)
        let markers = layout.scene.items(.marker)
        // Day-precise: a circle (checked below to be centred on the middle of its day).
        guard case .circle(let centre, let radius, _, _) = markers[0].shape else { Issue.record("a dot"); return }
        #expect(radius > 2)
        // Year-precise: a bracket across the whole year, which gives the scale: pixels per day.
        let year = try PartialDate(parsing: "2025")
        let lines = markers.compactMap { item -> (Double, Double)? in
            if case .line(let from, let to, _) = item.shape { return (from.x, to.x) }
            return nil
        }
        // Bracket lines stop 2.5 px inside their period (unit 1 at this size).
        let (lineStart, lineEnd) = try #require(lines.max { abs($0.1 - $0.0) < abs($1.1 - $1.0) })
        let (yearStart, yearEnd) = (lineStart - 2.5, lineEnd + 2.5)
        let perDay = (yearEnd - yearStart) / Double(year.endDay - year.firstDay)
        // Month-precise: covers exactly its month, where the year's scale puts it.
        let month = try PartialDate(parsing: "2023-11")
        let bracket = lines.first { abs(($0.1 - $0.0 + 5) - 30 * perDay) < 1e-6 }
        #expect(bracket != nil)
        #expect(abs(yearStart - ((bracket?.0 ?? 0) - 2.5) - Double(year.firstDay - month.firstDay) * perDay) < 1e-6)
        let day = try PartialDate(parsing: "2023-04-11")
        #expect(abs(centre.x - (yearStart - (Double(year.firstDay - day.firstDay) - 0.5) * perDay)) < 1e-6)
        #expect(layout.scene.texts(.eventDate).map(\.text) == ["11 Apr 2023", "3 Aug 2023", "Nov 2023", "c. Dec 2023", "Feb 2024", "2025"].reversed())
    }

    @Test func stemsJoinLabelsToTheirMarks() throws {
        let scene = TimelineLayout.layout(try chart(.horizontal), measurer: measurer).scene
        let stems = scene.items(.stem)
        let labels = zip(scene.texts(.eventLabel), scene.texts(.eventDate)).map { $0.bounds.union($1.bounds) }
        let marks = scene.items(.marker).map(\.bounds)
        #expect(stems.count == 6 && labels.count == 6)
        for stem in stems {
            guard case .line(let from, let to, _) = stem.shape else { Issue.record("a stem is a line"); continue }
            #expect(from.x == to.x, "stems are vertical")
            // It starts on the edge of a mark at its x (within the mark's stroke) …
            #expect(marks.contains { $0.x <= from.x && from.x <= $0.maxX && (abs($0.y - from.y) <= 1.5 || abs($0.maxY - from.y) <= 1.5) })
            // … and ends on the top or bottom edge of a label, beside or under it.
            let ends = labels.filter { (abs($0.y - to.y) < 0.02 || abs($0.maxY - to.y) < 0.02) && $0.x - 10 <= to.x && to.x <= $0.maxX + 10 }
            #expect(ends.count >= 1)
        }
    }

    @Test func verticalLabelsOfLongMarksSitAtTheirStart() throws {
        // A year (a bracket from January) and a day in March of the same year: the year's label is
        // level with the bracket's start, so it comes first.
        let spec = try Fixtures.spec(#"{"kind": "timeline", "data": "t.csv", "title": "T", "width": 420, "height": 600, "date": "d", "label": "e", "orientation": "vertical"}"#)
        let chart = try TimelineChartBuilder.build(spec: spec, dataset: Fixtures.dataset("d,e\n2020,Year\n2020-03-02,Day\n2021-01-05,Later\n"), context: Fixtures.context)
        let layout = TimelineLayout.layout(chart, measurer: measurer)
        let ys = ["Year", "Day", "Later"].map { name in layout.scene.texts(.eventLabel).first { $0.text == name }!.origin.y }
        #expect(ys[0] < ys[1] && ys[1] < ys[2])
    }

    @Test func datesNearYearOneDoNotCrash() throws {
        let spec = try Fixtures.spec(#"{"kind": "timeline", "data": "t.csv", "title": "T", "date": "d", "label": "e"}"#)
        let chart = try TimelineChartBuilder.build(spec: spec, dataset: Fixtures.dataset("d,e\n0009,Early\n2020,Late\n"), context: Fixtures.context)
        let layout = TimelineLayout.layout(chart, measurer: measurer)
        #expect(!layout.scene.texts(.tickLabel).isEmpty)
        #expect(!layout.findings.contains { $0.kind == .outsideCanvas })
    }

    @Test func erasAreShadedAndTheirLabelsNeverCollide() throws {
        let spec = try Fixtures.spec(#"{"kind": "timeline", "data": "t.csv", "title": "T", "width": 500, "date": "d", "label": "e", "eras": [{"start": "2017-10", "end": "2020-10", "label": "Pledge term: three years of research"}, {"start": "2020-11", "end": "2021-02", "label": "A very short era with a long name"}]}"#)
        let chart = try TimelineChartBuilder.build(spec: spec, dataset: Fixtures.dataset("d,e\n2018,A\n2021,B\n"), context: Fixtures.context)
        let layout = TimelineLayout.layout(chart, measurer: measurer)
        #expect(layout.scene.items(.era).count == 2)
        let labels = layout.scene.texts(.eraLabel)
        #expect(labels.count >= 1)
        #expect(labels.contains { $0.text.hasPrefix("Pledge term") })
        #expect(!layout.findings.contains { $0.kind == .textOverlap }, "\(layout.findings.map(\.message))")
        #expect(layout.warnings.contains { $0.hasPrefix("the era label") })
    }

    @Test func verticalLabelsRunDownInDateOrder() throws {
        let layout = TimelineLayout.layout(try chart(.vertical, width: 420, height: 700), measurer: measurer)
        #expect(layout.warnings.isEmpty)
        let labels = layout.scene.texts(.eventLabel)
        #expect(labels.map(\.text) == ["Qwen launched", "Qwen-7B", "Qwen-14B", "Qwen-72B", "Qwen1.5", "Qwen3"])
        #expect(zip(labels, labels.dropFirst()).allSatisfy { $0.bounds.maxY <= $1.bounds.y })
        #expect(layout.scene.items(.stem).count == labels.count)
        #expect(!layout.findings.contains { $0.kind == .outsideCanvas })
        #expect(!layout.findings.contains { $0.kind == .textOverlap }, "\(layout.findings.map(\.message))")
    }

    @Test func aLabelThatCannotFitIsReportedNotDrawn() throws {
        let rows = (1...30).map { "2024-01-\(String(format: "%02d", $0)),A rather long label for day \($0)" }.joined(separator: "\n")
        let spec = try Fixtures.spec(#"{"kind": "timeline", "data": "t.csv", "title": "Crowded", "width": 400, "height": 300, "date": "d", "label": "e"}"#)
        let chart = try TimelineChartBuilder.build(spec: spec, dataset: Fixtures.dataset("d,e\n" + rows), context: Fixtures.context)
        let layout = TimelineLayout.layout(chart, measurer: measurer)
        let drawn = layout.scene.texts(.eventDate).count
        let reported = reportedLabelCount(layout.warnings)
        #expect(reported > 0)
        #expect(drawn + reported == 30)
        #expect(!layout.findings.contains { $0.kind == .textOverlap }, "\(layout.findings.map(\.message))")
    }
}

@Suite struct TimelinePartsTests {
    @Test func intervalRowsSetOverlappingIntervalsSideBySide() {
        var rows = IntervalRows()
        #expect(rows.place((0, 10)) == 0)
        #expect(rows.place((5, 15)) == 1)
        #expect(rows.place((10, 20)) == 0, "touching ends do not overlap")
        #expect(rows.place((0, 30), from: 1) == 2, "row 1 is taken over 5…15")
        #expect(rows.place((0, 30), limit: 3) == 2, "past the limit the last row takes it")
        #expect(rows.count == 3)
    }

    @Test func tickLabelsStayOnTheCanvas() throws {
        // A month of dates on a narrow canvas without tracks: the first tick ("Mar 2024") sits at
        // the plot's left edge, and its label is nudged inside instead of running off the canvas.
        let csv = "d,e\n" + (2...29).map { "2024-03-\($0 < 10 ? "0" : "")\($0),E\($0)" }.joined(separator: "\n") + "\n"
        let spec = try Fixtures.spec(#"{"kind": "timeline", "data": "t.csv", "title": "T", "width": 360, "height": 400, "date": "d", "label": "e"}"#)
        let layout = TimelineLayout.layout(try TimelineChartBuilder.build(spec: spec, dataset: Fixtures.dataset(csv), context: Fixtures.context),
                                           measurer: FixedWidthMeasurer())
        let ticks = layout.scene.texts(.tickLabel)
        #expect(!ticks.isEmpty)
        #expect(ticks.allSatisfy { $0.bounds.x >= 0 && $0.bounds.maxX <= 360 })
        #expect(!layout.findings.contains { $0.kind == .outsideCanvas })
    }
}

@Suite struct VerticalReachTests {
    @Test func verticalLabelsStayNearTheirDatesOrAreReported() throws {
        // Forty releases, one a month, on a short vertical chart: the labels cannot all sit by
        // their dates. Those shown are at most two label heights from their marks; the rest are reported.
        var rows: [String] = []
        for month in 0..<40 {
            let year = 2020 + month / 12, number = month % 12 + 1
            rows.append("\(year)-\(number < 10 ? "0" : "")\(number)-15,Release \(month + 1)")
        }
        let csv = "d,e\n" + rows.joined(separator: "\n") + "\n"
        let spec = try Fixtures.spec(#"{"kind": "timeline", "data": "t.csv", "title": "T", "width": 600, "height": 500, "date": "d", "label": "e", "orientation": "vertical"}"#)
        let chart = try TimelineChartBuilder.build(spec: spec, dataset: Fixtures.dataset(csv), context: Fixtures.context)
        let layout = TimelineLayout.layout(chart, measurer: FixedWidthMeasurer())
        let labels: [SceneItem] = layout.scene.items(SceneRole.eventLabel)
        let dates: [SceneItem] = layout.scene.items(SceneRole.eventDate)
        #expect(!labels.isEmpty && labels.count < 40)
        #expect(labels.count + reportedLabelCount(layout.warnings) == 40)
        for label in labels {
            let mark = try #require(layout.scene.items(SceneRole.marker).first { $0.datum == label.datum }).bounds
            let block = label.bounds.union(try #require(dates.first { $0.datum == label.datum }).bounds)
            #expect(abs(block.midY - mark.midY) <= 2 * block.height + 1, "“\(label.datum.map { chart.events[$0].label } ?? "")”")
        }
        #expect(layout.findings.isEmpty, "\(layout.findings.map { $0.message })")
    }
}

@Suite struct SameDateTests {
    @Test func eventsOnOneDateAreAllNearIt() throws {
        // Eight releases on one day on a tall vertical chart: all fit next to the date.
        let csv = "d,e\n" + (1...8).map { "2024-03-15,Release \($0)" }.joined(separator: "\n") + "\n2025-06-01,Later\n"
        let spec = try Fixtures.spec(#"{"kind": "timeline", "data": "t.csv", "title": "T", "width": 600, "height": 900, "date": "d", "label": "e", "orientation": "vertical"}"#)
        let chart = try TimelineChartBuilder.build(spec: spec, dataset: Fixtures.dataset(csv), context: Fixtures.context)
        let layout = TimelineLayout.layout(chart, measurer: FixedWidthMeasurer())
        #expect(layout.scene.texts(.eventLabel).count == 9, "\(layout.warnings)")
    }
}

@Suite struct CrowdedTimelineTests {
    /// `count` events a day apart from 1 Jan 2024, labelled "Event n".
    func chart(count: Int, orientation: String, width: Int = 600, height: Int = 400) throws -> TimelineChart {
        let start = try #require(Calendar(identifier: .gregorian).date(from: DateComponents(year: 2024, month: 1, day: 1)))
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.calendar = Calendar(identifier: .gregorian)
        let rows = (0..<count).map { "\(formatter.string(from: start.addingTimeInterval(Double($0 / 3) * 86_400))),Event \($0)" }
        let spec = try Fixtures.spec("""
        {"kind": "timeline", "data": "t.csv", "title": "T", "width": \(width), "height": \(height), "date": "d", "label": "e", "orientation": "\(orientation)"}
        """)
        return try TimelineChartBuilder.build(spec: spec, dataset: Fixtures.dataset("d,e\n" + rows.joined(separator: "\n")),
                                              context: Fixtures.context)
    }

    @Test(arguments: ["horizontal", "vertical"])
    func thousandsOfLeftOutLabelsAreSummarisedNotListed(orientation: String) throws {
        let chart = try chart(count: 1500, orientation: orientation)
        let layout = TimelineLayout.layout(chart, measurer: FixedWidthMeasurer())
        let placed = layout.scene.texts(.eventDate).count
        let listed = layout.warnings.filter { $0.hasPrefix("could not place the label") }
        let summaries = layout.warnings.filter { $0.hasPrefix("could not place") && !$0.hasPrefix("could not place the label") }
        #expect(placed > 0 && placed < 1500)
        // At most five named per reason, then one line per reason with how many more.
        #expect(!listed.isEmpty && listed.count <= 5 * max(1, summaries.count))
        #expect(!summaries.isEmpty)
        #expect(summaries.allSatisfy { $0.contains("of 1500 in all") })
        #expect(placed + reportedLabelCount(layout.warnings) == 1500)
        // The first ones named are the earliest left out.
        let first = try #require(listed.first)
        let labelled = Set(layout.scene.items(SceneRole.eventLabel).compactMap(\.datum))
        let unplacedFirst = try #require(chart.events.indices.first { !labelled.contains($0) })
        #expect(first.contains("“\(chart.events[unplacedFirst].label)”"))
    }

    /// The stroke of each dot, by datum.
    func dotStrokes(_ layout: ChartLayout) -> [Int: Stroke?] {
        var strokes: [Int: Stroke?] = [:]
        for item in layout.scene.items(SceneRole.marker) {
            if case .circle(_, _, _, let stroke) = item.shape, let datum = item.datum { strokes[datum] = stroke }
        }
        return strokes
    }

    @Test(arguments: ["horizontal", "vertical"])
    func piledDotsHaveNoOutlineThatWouldHideTheDotsUnder(orientation: String) throws {
        // Three events a day, 600 days on 500 px: the dots pile up.
        let dense = TimelineLayout.layout(try chart(count: 1800, orientation: orientation, width: 500, height: 500),
                                          measurer: FixedWidthMeasurer())
        let strokes = dotStrokes(dense)
        #expect(strokes.count == 1800)
        #expect(strokes.values.allSatisfy { $0 == nil })
        // A stem leaves its dot through the dots piled on it: not a crossing.
        #expect(!dense.findings.contains { $0.kind == .leaderCrossing }, "\(dense.findings.prefix(3).map(\.message))")
    }

    @Test func dotsApartKeepTheirOutline() throws {
        // Four events, three on the first day: those three pile, the fourth (a day later, tens of
        // pixels away) stands apart.
        let layout = TimelineLayout.layout(try chart(count: 4, orientation: "horizontal", width: 900, height: 400),
                                           measurer: FixedWidthMeasurer())
        let strokes = dotStrokes(layout)
        #expect(strokes.count == 4)
        #expect((0..<3).allSatisfy { strokes[$0]! == nil })
        #expect(strokes[3]! != nil)
    }
}

@Suite struct DeadlineMarkTests {
    @Test(arguments: [TimelineOptions.Orientation.horizontal, .vertical])
    func aDeadlineIsDrawnAtItsLastDayReachingBackAndLabelledAsOne(orientation: TimelineOptions.Orientation) throws {
        let spec = try Fixtures.spec("""
        {"kind": "timeline", "data": "t.csv", "title": "T", "width": 900, "height": 700, "date": "d", "label": "e", "orientation": "\(orientation.rawValue)"}
        """)
        let chart = try TimelineChartBuilder.build(spec: spec, dataset: Fixtures.dataset("d,e\n2023-04-11,A\nby 2023-12,B\n2024-06,C\n"),
                                                  context: Fixtures.context)
        let layout = TimelineLayout.layout(chart, measurer: FixedWidthMeasurer())
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
        #expect(layout.warnings.isEmpty, "\(layout.warnings)")
        let horizontal = orientation == .horizontal
        func along(_ point: Point) -> Double { horizontal ? point.x : point.y }
        // Where the axis puts 1 Jan 2024, the day after the deadline: its tick label is centred there.
        let tick = try #require(layout.scene.texts(.tickLabel).first { $0.text == "2024" })
        let newYear = horizontal ? tick.bounds.midX : tick.bounds.midY
        let deadline = try #require(chart.events.firstIndex { $0.label == "B" })
        let marks = layout.scene.items(SceneRole.marker).filter { $0.datum == deadline }
        let lines = marks.compactMap { item -> (Point, Point)? in
            if case .line(let from, let to, _) = item.shape { return (from, to) }
            return nil
        }
        // A bar across the line at the deadline, and a line reaching back from it.
        let bar = try #require(lines.first { along($0.0) == along($0.1) })
        #expect(abs(along(bar.0) - newYear) < 0.01)
        let reach = try #require(lines.first { along($0.0) != along($0.1) })
        #expect(max(along(reach.0), along(reach.1)) <= newYear + 0.01)
        #expect(min(along(reach.0), along(reach.1)) < newYear - 10)
        // Nothing of the mark lies after the deadline (beyond its own stroke).
        let extent = marks.map(\.bounds).reduce(marks[0].bounds) { $0.union($1) }
        #expect((horizontal ? extent.maxX : extent.maxY) <= newYear + 1.5)
        // Its stem or leader starts at the deadline, and its date line says "by".
        let stem = try #require(layout.scene.items(SceneRole.stem).first { $0.datum == deadline })
        let start: Point
        switch stem.shape {
        case .line(let from, _, _): start = from
        case .path(let points, _, _, _): start = points[0]
        default: Issue.record("a stem"); return
        }
        #expect(abs(along(start) - newYear) <= 1.01)
        #expect(layout.scene.texts(.eventDate).map(\.text).contains("by Dec 2023"))
    }
}

@Suite struct TimelineDomainTests {
    /// A week of events gets an axis of that week and a few percent, not days of empty axis
    /// (a 14-day minimum once put 70% of a five-day riot's axis outside its data).
    @Test func theTimeAxisFitsTheData() throws {
        let days = try (1...6).map { try PartialDate(parsing: "2021-01-0\($0)") }
        let chart = TimelineChart(frame: .init(title: "T"), width: 1600, height: 600,
                                  events: days.map { TimelineChart.Event(label: "E", date: $0) })
        let layout = TimelineLayout(chart: chart, theme: Theme(width: 1600, height: 600), measurer: FixedWidthMeasurer())
        let (first, last) = (Double(days[0].firstDay), Double(days[5].endDay))
        #expect(layout.domain.0 >= first - 0.5 && layout.domain.0 < first)
        #expect(layout.domain.1 <= last + 0.5 && layout.domain.1 > last)
        let one = TimelineChart(frame: .init(title: "T"), events: [TimelineChart.Event(label: "E", date: days[0])])
        let single = TimelineLayout(chart: one, theme: Theme(width: 800, height: 500), measurer: FixedWidthMeasurer()).domain
        #expect(single.1 - single.0 == 1.5, "the day itself and a quarter of a day on each side")
    }
}

@Suite struct EraHaloTests {
    /// A label over an era's edge keeps the band's colour only over the band: its halo never
    /// stretches the era past its dates, nor punches a background box into it.
    @Test func halosTakeTheEraColourOnlyOverTheEra() throws {
        func date(_ text: String) throws -> PartialDate { try PartialDate(parsing: text) }
        let chart = TimelineChart(frame: .init(title: "Eras"), width: 700, height: 300,
                                  events: [TimelineChart.Event(label: "Event D before the era begins here", date: try date("2007-01")),
                                           TimelineChart.Event(label: "Event A in the era with a long label", date: try date("2008-03")),
                                           TimelineChart.Event(label: "Event B right at the end of the era", date: try date("2009-11"))],
                                  eras: [TimelineChart.Era(start: try date("2008-01"), end: try date("2009-12"), label: "Recession")])
        let scene = TimelineLayout.layout(chart, measurer: FixedWidthMeasurer()).scene
        let band = try #require(scene.items(.era).first?.bounds)
        let halos = scene.items(.labelHalo).compactMap { item -> (Rect, Color)? in
            if case .rect(let rect, let fill) = item.shape { return (rect, fill) }
            return nil
        }
        #expect(!halos.isEmpty)
        let eraColour = try #require({ if case .rect(_, let fill) = scene.items(.era).first!.shape { return fill } else { return nil } }())
        for (rect, fill) in halos where fill == eraColour {
            #expect(band.contains(rect, tolerance: 1e-6), "an era-coloured halo reaches past the era: \(rect) vs \(band)")
        }
        // Each halo that crosses the band's edge is drawn over again in the era's colour where they meet.
        let crossing = halos.filter { $0.1 != eraColour && $0.0.intersects(band) && !band.contains($0.0) }
        #expect(!crossing.isEmpty, "the long labels of D and A cross the band's edges")
        for (rect, _) in crossing {
            #expect(halos.contains { $0.1 == eraColour && $0.0 == rect.intersection(band) })
        }
    }
}

@Suite struct SpanShadeTests {
    @Test(arguments: ["horizontal", "vertical"])
    func spansMeetingInOneRowAreToldApart(orientation: String) throws {
        let spec = try Fixtures.spec("""
        {"kind": "timeline", "data": "t.csv", "title": "T", "width": 700, "height": 600, "date": "d", "end": "e", "label": "l", "orientation": "\(orientation)"}
        """)
        // Three terms end to start, as support periods and presidencies are.
        let chart = try TimelineChartBuilder.build(spec: spec, dataset: Fixtures.dataset("d,e,l\n2010,2013,A\n2014,2017,B\n2018,2021,C\n"),
                                                   context: Fixtures.context)
        let layout = TimelineLayout.layout(chart, measurer: FixedWidthMeasurer())
        let spans = layout.scene.items(SceneRole.span).sorted { ($0.datum ?? 0) < ($1.datum ?? 0) }.compactMap { item -> (Rect, Color)? in
            if case .rect(let rect, let fill) = item.shape { return (rect, fill) }
            return nil
        }
        #expect(spans.count == 3)
        // One shade (lighter means approximate), and a gap where one ends and the next begins.
        #expect(Set(spans.map { $0.1.hex }).count == 1)
        let vertical = orientation == "vertical"
        for (earlier, later) in zip(spans, spans.dropFirst()) {
            let gap = vertical ? later.0.y - earlier.0.maxY : later.0.x - earlier.0.maxX
            #expect(gap >= 1.5, "\(gap) px between spans that meet")
        }
    }
}
