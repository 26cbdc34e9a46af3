import Dataset
import Foundation
import Testing
@testable import ChartCore

/// How each locale writes numbers and dates, Chinese typography and line breaking, and a
/// chart's translation from `_zh` columns.
@Suite struct LocaleTests {
    /// Chinese counts in 万 (10⁴), 亿 (10⁸) and 万亿 (10¹²), and moves up a unit when rounding
    /// reaches it (9,999.99 万 is 1 亿, not 10,000 万).
    @Test(arguments: [
        (9_999.0, "9,999"), (10_000, "1 万"), (12_345, "1.2 万"), (99_999_999, "1 亿"), (123_456_789, "1.2 亿"),
        (1e11, "1,000 亿"), (3.8e11, "3,800 亿"), (999_949_999_999, "9,999.5 亿"), (1e12, "1 万亿"), (1e13, "10 万亿"),
        (-2.5e8, "\u{2212}2.5 亿"), (0, "0"),
    ])
    func chineseCompactUnits(value: Double, expected: String) {
        #expect(NumberFormat(compact: true, units: ChartLocale.zh.compactUnits).format(value) == expected)
    }

    @Test func englishKeepsItsUnitsAndValuesInBillionsAreWrittenInEitherLocale() throws {
        let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "format": {"prefix": "¥", "values_in": "billions", "compact": true}}"#)
        let format = try #require(spec.bar?.format)
        #expect(format.numberFormat(locale: .en).format(100) == "¥100B")
        #expect(format.numberFormat(locale: .en).format(126.7) == "¥126.7B")
        var chinese = format
        chinese.prefix = ""
        chinese.suffix = "元"
        #expect(chinese.numberFormat(locale: .zh).format(100) == "1,000 亿元")
        #expect(chinese.numberFormat(locale: .zh).format(380) == "3,800 亿元")
        #expect(chinese.numberFormat(locale: .zh).format(126.7) == "1,267 亿元")
        // One unit for a whole axis, from its largest tick; zero stays bare.
        #expect(chinese.numberFormat(locale: .zh).axisLabels([0, 100, 200, 300, 400]) == ["0", "1,000 亿元", "2,000 亿元", "3,000 亿元", "4,000 亿元"])
        #expect(NumberFormat(compact: true, units: ChartLocale.zh.compactUnits).axisLabels([0, 5e7, 1e8, 1.5e8]) == ["0", "0.5 亿", "1.0 亿", "1.5 亿"])
        #expect(throws: (any Error).self) {
            try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "format": {"values_in": "lakhs"}}"#)
        }
    }

    @Test(arguments: [
        ("2023-04-11", "2023年4月11日", "11 Apr 2023"), ("2023-04", "2023年4月", "Apr 2023"), ("2023", "2023年", "2023"),
        ("~2023", "约2023年", "c. 2023"), ("~2023-12", "约2023年12月", "c. Dec 2023"), ("~2024-02", "约2024年2月", "c. Feb 2024"),
        ("early 2024", "2024年初", "early 2024"), ("mid 2024", "2024年中", "mid 2024"), ("late 2023", "2023年底", "late 2023"), ("~2023-08-03", "约2023年8月3日", "c. 3 Aug 2023"),
        ("by 2018", "截至2018年", "by 2018"), ("by 2023-12", "截至2023年12月", "by Dec 2023"), ("by 2023-12-05", "截至2023年12月5日", "by 5 Dec 2023"),
    ])
    func datesPerLocale(text: String, chinese: String, english: String) throws {
        let date = try PartialDate(parsing: text)
        #expect(ChartLocale.zh.text(of: date) == chinese)
        #expect(ChartLocale.en.text(of: date) == english)
    }

    @Test func chineseCalendarTicksNameTheYearWhereItChanges() {
        let start = Double(CivilCalendar.dayNumber(year: 2023, month: 3, day: 1))
        let end = Double(CivilCalendar.dayNumber(year: 2024, month: 3, day: 1))
        #expect(CalendarTicks.ticks(from: start, to: end, everyMonths: 3, locale: .zh).map(\.label) == ["2023年4月", "7月", "10月", "2024年"])
        #expect(CalendarTicks.ticks(from: start, to: end, everyMonths: 3, locale: .en).map(\.label) == ["Apr 2023", "Jul", "Oct", "2024"])
        let day = Double(CivilCalendar.dayNumber(year: 2024, month: 3, day: 4))
        #expect(CalendarTicks.ticks(from: day, to: day + 2, everyDays: 1, locale: .zh).map(\.label) == ["2024年3月4日", "3月5日", "3月6日"])
    }

    @Test(arguments: [
        ("DAMO Academy (达摩院)", "DAMO Academy（达摩院）"), ("达摩院, 成立: 2017.", "达摩院，成立：2017."), ("成立.", "成立。"),
        ("一 (a) 二", "一（a）二"), ("超过 3,800 亿元", "超过 3,800 亿元"), ("3.8×, floor to floor", "3.8×, floor to floor"),
        ("Qwen2.5, Qwen3", "Qwen2.5, Qwen3"), ("(a, b)", "(a, b)"),
    ])
    func chinesePunctuationIsFullWidthBesideChineseOnly(text: String, expected: String) {
        #expect(ChineseTypography.fullWidthPunctuation(text) == expected)
    }

    /// A closing mark never starts a line and an opening one never ends one.
    @Test func chineseLinesBreakBetweenCharactersButNotAtMarks() {
        let wrapper = TextWrapper(measurer: FixedWidthMeasurer(), font: FontStyle(size: 10))
        #expect(wrapper.wrap("一二三，四五六", maxWidth: 30).lines == ["一二", "三，四", "五六"])
        #expect(wrapper.wrap("一二（三四）五", maxWidth: 20).lines == ["一二", "（三", "四）", "五"])
        #expect(wrapper.wrap("通义千问 Qwen 发布", maxWidth: 60).lines == ["通义千问", "Qwen 发布"])
        // A number keeps its unit, a date its parts.
        #expect(wrapper.wrap("超过 1,000 亿元的计划", maxWidth: 60).lines == ["超过", "1,000 亿元", "的计划"])
        #expect(wrapper.wrap("始于2017年10月11日", maxWidth: 90).lines == ["始于", "2017年10月11日"])
    }

    static let releases = """
    date,event,event_zh,note,source
    2023-04-11,Qwen launched,"通义千问 (Qwen) 发布",first model,"§IV, ref. 2"
    2023-08-03,Qwen-7B open-sourced,,open weights,§IV
    """

    func chineseSpec() throws -> ChartSpec {
        var spec = try Fixtures.spec(#"""
        {"kind": "timeline", "data": "t.csv", "title": "Qwen, 2023", "locales": ["en", "zh"], "date": "date", "label": "event",
         "note": "note", "highlight": ["Qwen launched"], "width": 800, "height": 400}
        """#)
        spec.locale = .zh
        spec.title = "通义千问, 2023"
        return spec
    }

    @Test func aTranslationReadsTheLocalesColumnsAndSaysWhatIsMissing() throws {
        let (dataset, spec, warnings) = Translation.localize(try Fixtures.dataset(Self.releases), spec: try chineseSpec())
        let event = try #require(dataset.columnIndex("event"))
        // Chinese typography in the translated cells; an empty cell keeps the English.
        #expect(dataset.rows.map { $0[event] } == ["通义千问（Qwen）发布", "Qwen-7B open-sourced"])
        #expect(spec.title == "通义千问，2023")
        // The highlight names the English label, and follows it into Chinese.
        #expect(spec.timeline?.highlight == ["通义千问（Qwen）发布"])
        let messages = warnings.map(\.message)
        #expect(messages.contains("1 empty cell(s) in `event_zh` (line 3), so `event` is shown there"), "\(messages)")
        #expect(messages.contains { $0.hasPrefix("no `note_zh` column") })
        #expect(messages.contains { $0.hasPrefix("no `source_zh` column") })
        #expect(!messages.contains { $0.contains("date_zh") }, "a date column needs no translation")
        #expect(warnings.allSatisfy { $0.severity == .warning && $0.file == "data/t.csv" })
    }

    @Test func theDefaultLocaleReadsTheDataAsItIs() throws {
        var spec = try chineseSpec()
        spec.locale = .en
        let (dataset, _, warnings) = Translation.localize(try Fixtures.dataset(Self.releases), spec: spec)
        #expect(dataset.rows[0][1] == "Qwen launched" && warnings.isEmpty)
    }

    @Test func aChineseEditionIsLaidOutInChinese() throws {
        let result = try ChartEngine.layout(spec: try chineseSpec(), dataset: try Fixtures.dataset(Self.releases),
                                            context: Fixtures.context, measurer: FixedWidthMeasurer())
        let scene = result.layout.scene
        let texts = scene.allItems.compactMap { item -> TextRun? in
            if case .text(let run) = item.shape { return run }
            return nil
        }
        #expect(texts.contains { $0.text.contains("通义千问") })
        #expect(texts.contains { $0.text.hasPrefix("2023年4月11日") })
        #expect(texts.contains { $0.text.hasPrefix("来源：") })
        #expect(texts.allSatisfy { $0.font.face == .cjk }, "Noto Sans CJK SC first, for Latin letters too")
        #expect(scene.metadata.language == "zh-Hans")
        #expect(scene.metadata.description.hasPrefix("时间线：通义千问，2023。"), "\(scene.metadata.description)")
        #expect(result.layout.findings.isEmpty)
    }
}
