import Dataset
import Testing
@testable import ChartCore

@Suite struct ClaimCheckTests {
    func numbers(_ text: String) -> [String] { ClaimCheck.scan(text).numbers.map(\.text) }

    @Test func readsNumbersAsWritten() {
        #expect(numbers("Hanguang 800: 78,563 images per second") == ["800", "78,563"])
        #expect(numbers("grew 3.8-fold, 2017–2025, ¥126.7B, 32K, 70%") == ["3.8", "2017", "2025", "126.7B", "32K", "70"])
        #expect(numbers("dates 2024-02 and 2023,2024.") == ["2024", "02", "2023", "2024"])
        // Names with digits are names, not numbers; words are not numbers.
        #expect(ClaimCheck.scan("Qwen2's context is four times Qwen1.5's; ResNet-50, Qwen-7B").names == ["Qwen2", "Qwen1.5", "ResNet-50", "Qwen-7B"])
        #expect(numbers("three years, four times").isEmpty)
    }

    @Test func scalesByWordsAndSuffixes() throws {
        let hundred = try #require(ClaimCheck.scan("100 billion parameters").numbers.first)
        #expect(hundred.readings.map(\.value) == [100, 1e11])
        let ten = try #require(ClaimCheck.scan("10T").numbers.first)
        #expect(ten.readings.map(\.value) == [10, 1e13])
        let percent = try #require(ClaimCheck.scan("up 70% within the year").numbers.first)
        #expect(percent.readings[0].value == 70 && abs(percent.readings[1].value - 0.7) < 1e-12)
    }

    /// Chinese units scale what precedes them, and a column kept in billions backs the amount
    /// written in 亿.
    @Test func chineseAmountsAreCheckedInTheirUnits() throws {
        let hundred = try #require(ClaimCheck.scan("超过 1,000 亿元").numbers.first)
        #expect(hundred.readings.map(\.value) == [1000, 1e11])
        #expect(ClaimCheck.scan("10 万亿参数").numbers.first?.readings.map(\.value) == [10, 1e13])
        func warnings(_ title: String) throws -> [String] {
            let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "\#(title)", "category": "commitment", "value": "total", "format": {"values_in": "billions"}}"#)
            return ClaimCheck.warnings(spec: spec, dataset: try Fixtures.dataset(Fixtures.investmentCSV), context: Fixtures.context).map(\.message)
        }
        #expect(try warnings("2017年超过 1,000 亿元，2025年超过 3,800 亿元").isEmpty)
        #expect(try warnings("2025年超过 3,900 亿元") == ["“3,900” is neither in the data nor a value the chart derives from it (a bar, a gap, a total or a ratio)"])
    }

    @Test func matchesToThePrecisionWritten() {
        let known = [3.8, 100, 380, 78_563].sorted()
        #expect(ClaimCheck.matches(3.8, decimals: 1, scale: 1, in: known))
        #expect(!ClaimCheck.matches(3.9, decimals: 1, scale: 1, in: known))
        #expect(ClaimCheck.matches(4, decimals: 0, scale: 1, in: known), "4 is 3.8 rounded to a whole number")
        #expect(!ClaimCheck.matches(5, decimals: 0, scale: 1, in: known))
        #expect(ClaimCheck.matches(78_563, decimals: 0, scale: 1, in: known))
        #expect(!ClaimCheck.matches(80_000, decimals: 0, scale: 1, in: known))
    }

    func warnings(_ json: String, _ csv: String) throws -> [String] {
        ClaimCheck.warnings(spec: try Fixtures.spec(json), dataset: try Fixtures.dataset(csv), context: Fixtures.context).map(\.message)
    }

    @Test func passesWhatTheDataAndItsDerivedValuesSay() throws {
        let csv = "label,value,when\nPledge,100,2017-10-11\nPlan,380,2025-02\n"
        #expect(try warnings(#"""
        {"kind": "bar", "data": "t.csv", "title": "RMB 100 billion in 2017, RMB 380 billion in Feb 2025", "subtitle": "3.8× in total 480",
         "category": "label", "value": "value", "annotations": [{"type": "ratio", "from": "Pledge", "to": "Plan", "text": "380 ÷ 100 = 3.8×"}]}
        """#, csv).isEmpty)
    }

    @Test func flagsNumbersAndNamesTheDataDoesNotBack() throws {
        let csv = "label,value,when\nPledge,100,2017-10-11\nPlan,380,2025-02\n"
        let found = try warnings(#"""
        {"kind": "bar", "data": "t.csv", "title": "Grew 5-fold since 2016", "notes": "Plan2 is bigger",
         "category": "label", "value": "value", "annotations": [{"type": "note", "category": "Plan", "text": "up 42%"}]}
        """#, csv)
        #expect(found == [
            "“5” is neither in the data nor a value the chart derives from it (a bar, a gap, a total or a ratio)",
            "“2016” is neither in the data nor a value the chart derives from it (a bar, a gap, a total or a ratio)",
            "“Plan2” names nothing in the data",
            "“42” is neither in the data nor a value the chart derives from it (a bar, a gap, a total or a ratio)",
        ])
    }

    @Test func gapsAreDerivedValues() throws {
        let csv = "d,r\n2023-04-11,A\n2023-08-03,B\n"
        #expect(try warnings(#"{"kind": "bar", "data": "t.csv", "title": "3.7 months apart", "category": "r", "gaps": "d"}"#, csv).isEmpty)
        #expect(try warnings(#"{"kind": "bar", "data": "t.csv", "title": "4.2 months apart", "category": "r", "gaps": "d"}"#, csv).count == 1)
    }

    /// What realistic specs state and their data backs: years that name series (`series_from`),
    /// a filter's threshold, the count of bars after `limit` and of rows, a hyphenated "mid-2016".
    @Test func noFalseAlarmOnWhatTheSpecAndDataState() throws {
        let long = "country,year,life\nJapan,1952,63.0\nJapan,2007,82.6\nChile,1952,54.7\nChile,2007,78.6\n"
        #expect(try warnings(#"""
        {"kind": "bar", "data": "t.csv", "title": "Life expectancy, 1952–2007", "subtitle": "1952 and 2007 side by side",
         "category": "country", "value": "life", "series_from": "year"}
        """#, long).isEmpty)
        let areas = "name,area,as_of\nAsia,44.6,2016-06-30\nAfrica,30.4,2016-06-30\nAntarctica,14.2,2016-06-30\nEurope,10.2,2016-06-30\n"
        #expect(try warnings(#"""
        {"kind": "bar", "data": "t.csv", "title": "The 2 largest of 3 landmasses above 12 million km²", "notes": "As of mid-2016",
         "category": "name", "value": "area", "sort": "descending", "limit": 2, "filter": [{"column": "area", "from": "12"}]}
        """#, areas).isEmpty)
        let events = "date,event\n2020-01-03,A\n2020-02-04,B\n2020-03-05,C\n"
        #expect(try warnings(#"{"kind": "timeline", "data": "t.csv", "title": "3 events of 2020", "date": "date", "label": "event"}"#, events).isEmpty)
    }

    /// Counts and bounds back only plain numbers: not a figure with a unit or scale, nor a multiple.
    @Test func countsBackNoAmountAndNoMultiple() throws {
        let csv = "label,value\nA,5\nB,7\nC,9\n"
        let inBillions = try warnings(#"""
        {"kind": "bar", "data": "t.csv", "title": "¥3B and ¥1B, 3 bars", "category": "label", "value": "value", "format": {"values_in": "billions", "prefix": "¥"}}
        """#, csv)
        #expect(inBillions.map { String($0.prefix(5)) } == ["“3B” ", "“1B” "])
        let twice = try warnings(#"{"kind": "bar", "data": "t.csv", "title": "A 3× jump over 3 bars", "category": "label", "value": "value"}"#, csv)
        #expect(twice.map { String($0.prefix(4)) } == ["“3” "], "3 bars is a count; 3× is not")
    }

    /// A floor written as its label writes it is backed: "more than ¥126B" over a floor of 126.7.
    @Test func floorsAreBackedAsLabelled() throws {
        let csv = "label,value\nPlan,126.7\n"
        #expect(try warnings(#"""
        {"kind": "bar", "data": "t.csv", "title": "More than ¥126B a year", "category": "label", "value": "value", "more_than": true,
         "format": {"prefix": "¥", "suffix": "B", "round_to": 1}}
        """#, csv).isEmpty)
        #expect(try warnings(#"{"kind": "bar", "data": "t.csv", "title": "More than ¥125B a year", "category": "label", "value": "value", "more_than": true}"#, csv).count == 1)
    }

    /// The same specs with drifted figures still warn.
    @Test func driftedFiguresAreStillCaught() throws {
        let long = "country,year,life\nJapan,1952,63.0\nJapan,2007,82.6\n"
        #expect(try warnings(#"""
        {"kind": "bar", "data": "t.csv", "title": "Life expectancy, 1950–2007", "category": "country", "value": "life", "series_from": "year"}
        """#, long).map { $0.prefix(6) } == ["“1950”"])
        let areas = "name,area,as_of\nAsia,44.6,2016-06-30\nAfrica,30.4,2016-06-30\nAntarctica,14.2,2016-06-30\n"
        #expect(try warnings(#"""
        {"kind": "bar", "data": "t.csv", "title": "The 4 largest landmasses above 13 million km²", "notes": "As of mid-2017",
         "category": "name", "value": "area", "filter": [{"column": "area", "from": "12"}]}
        """#, areas).map { String($0.prefix(6)) } == ["“4” is", "“13” i", "“2017”"])
    }
}
