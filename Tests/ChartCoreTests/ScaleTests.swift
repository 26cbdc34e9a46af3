import Testing
@testable import ChartCore

@Suite struct ScaleTests {
    @Test func linearMapsDescendingRanges() {
        let scale = LinearScale(domain: (0, 400), range: (500, 100))
        #expect(scale(0) == 500)
        #expect(scale(400) == 100)
        #expect(scale(100) == 400)
        #expect(LinearScale(domain: (0, 380), range: (0, 1)).niced(count: 5).domain == (0, 400))
    }

    @Test func logTicksArePowersOfTen() {
        let scale = LogScale(domain: (1e10, 1e13), range: (400, 100))
        #expect(scale.ticks() == [1e10, 1e11, 1e12, 1e13])
        #expect(abs(scale(1e11) - 300) < 1e-9)
        #expect(LogScale(domain: (3e10, 2e12), range: (0, 1)).niced().domain == (1e10, 1e13))
    }

    @Test func logTicksAddTwoAndFiveWithinFewDecades() {
        #expect(LogScale(domain: (1, 10), range: (0, 1)).ticks() == [1, 2, 5, 10])
    }

    @Test func valueScaleStartsLogBarsBelowTheSmallestValue() {
        let scale = ValueScale(.log, extent: (1e11, 1e13), range: (400, 100), tickCount: 5)
        #expect(scale.base == 1e10)
        #expect(scale.ticks == [1e10, 1e11, 1e12, 1e13])
        let linear = ValueScale(.linear, extent: (100, 380), range: (400, 100), tickCount: 5)
        #expect(linear.base == 0)
        #expect(linear.ticks == [0, 100, 200, 300, 400])
    }

    @Test func bandsFollowD3Padding() {
        let bands = BandScale(count: 2, range: (0, 100), paddingInner: 0.25, paddingOuter: 0.15)
        let step = 100 / (2 - 0.25 + 0.3)
        #expect(abs(bands.step - step) < 1e-9)
        #expect(abs(bands.bandwidth - step * 0.75) < 1e-9)
        #expect(abs(bands.start(0) - step * 0.15) < 1e-9)
        #expect(abs(bands.start(1) + bands.bandwidth + step * 0.15 - 100) < 1e-9)
    }
}

@Suite struct NumberFormatTests {
    @Test(arguments: [
        (NumberFormat(), 78_563.0, "78,563"),
        (NumberFormat(suffix: " IPS"), 78_563, "78,563 IPS"),
        (NumberFormat(prefix: "¥", suffix: "B"), 100, "¥100B"),
        (NumberFormat(prefix: "¥", suffix: "B"), 126.7, "¥126.7B"),
        (NumberFormat(compact: true), 1e11, "100B"),
        (NumberFormat(compact: true), 1e13, "10T"),
        (NumberFormat(compact: true), 128_000, "128K"),
        (NumberFormat(compact: true), 78_563, "78.6K"),
        (NumberFormat(decimals: 2, compact: true), 78_563, "78.56K"),
        (NumberFormat(decimals: 1, compact: true), 78_563, "78.6K"),
        (NumberFormat(compact: true), 999, "999"),
        (NumberFormat(), -2.5, "\u{2212}2.5"),
        (NumberFormat(decimals: 2), 0.005, "0.01"),
        (NumberFormat(thousands: ""), 1_234_567, "1234567"),
        (NumberFormat(decimals: 0), -0.2, "0"),
        (NumberFormat(), 33.333333, "33.33"),
    ])
    func formats(format: NumberFormat, value: Double, expected: String) {
        #expect(format.format(value) == expected)
    }

    @Test func axisLabelsShareOneUnitAndPrecision() {
        #expect(NumberFormat().axisLabels([0, 0.5, 1, 1.5]) == ["0", "0.5", "1.0", "1.5"])
        #expect(NumberFormat(prefix: "¥", suffix: "B").axisLabels([0, 100, 200]) == ["0", "¥100B", "¥200B"])
        #expect(NumberFormat(prefix: "$", compact: true).axisLabels([0, 5e5, 1e6, 1.5e6]) == ["0", "$0.5M", "$1.0M", "$1.5M"])
        #expect(NumberFormat(compact: true).axisLabels([0, 1e6, 2e6, 3e6]) == ["0", "1M", "2M", "3M"])
        #expect(NumberFormat(suffix: "%").axisLabels([0, 0.002, 0.004, 0.006]) == ["0", "0.002%", "0.004%", "0.006%"])
        #expect(NumberFormat(suffix: " IPS").axisLabels([0, 20_000, 40_000], bare: true) == ["0", "20,000", "40,000"])
    }

    /// The value labels of one chart share a precision and, on a linear axis, a unit: enough
    /// decimals to tell different values apart (118.4M and 124.8M are not both 1.2 亿).
    @Test func valueLabelsShareOnePrecisionThatTellsThemApart() {
        let chinese = NumberFormat(compact: true, units: ChartLocale.zh.compactUnits)
        let values = [118.4e6, 124.8e6, 74.494e6]
        let style = chinese.labelStyle(for: values, sharedUnit: true)
        #expect(values.map { chinese.format($0, style: style) } == ["1.18 亿", "1.25 亿", "0.74 亿"])
        let english = NumberFormat(compact: true)
        let labels = english.labelStyle(for: values, sharedUnit: true)
        #expect(values.map { english.format($0, style: labels) } == ["118.4M", "124.8M", "74.5M"])
        // 110K beside 157.6K reads 110.0K; a value far below the unit keeps its own.
        let mixed = english.labelStyle(for: [110e3, 157.6e3], sharedUnit: true)
        #expect([110e3, 157.6e3].map { english.format($0, style: mixed) } == ["110.0K", "157.6K"])
        // The shared unit is the largest value's once rounded: 999,950 is 1.0M, not 1,000K.
        let edge = english.labelStyle(for: [999_950, 500_000], sharedUnit: true)
        #expect([999_950, 500_000].map { english.format($0, style: edge) } == ["1.0M", "0.5M"])
        let wan = chinese.labelStyle(for: [99_999_950, 50_000_000], sharedUnit: true)
        #expect(chinese.format(99_999_950, style: wan) == "1.0 亿")
        let spread = english.labelStyle(for: [1.2e6, 5e3], sharedUnit: true)
        #expect(spread.unit == nil && [1.2e6, 5e3].map { english.format($0, style: spread) } == ["1.2M", "5.0K"])
        // On a log axis each value keeps its unit; a fixed precision is kept, even if labels collide.
        let log = english.labelStyle(for: [1e11, 1e13], sharedUnit: false)
        #expect([1e11, 1e13].map { english.format($0, style: log) } == ["100B", "10T"])
        let fixed = NumberFormat(decimals: 0).labelStyle(for: [1.2, 1.4], sharedUnit: true)
        #expect([1.2, 1.4].map { NumberFormat(decimals: 0).format($0, style: fixed) } == ["1", "1"])
    }

    /// A floor written with fewer decimals stays a floor: "more than 126.7" is `126`, never `127`.
    @Test func floorsRoundDown() {
        let billions = NumberFormat(prefix: "¥", compact: true, multiplier: 1e9)
        #expect(billions.format(126.7, decimals: 0, roundingDown: true) == "¥126B")
        #expect(billions.format(126.7, decimals: 0) == "¥127B")
        #expect(NumberFormat().format(126.6, decimals: 1, roundingDown: true) == "126.6", "a stored 126.59999… is still 126.6")
        #expect(NumberFormat().format(-5, decimals: 0, roundingDown: true) == "\u{2212}5")
        #expect(NumberFormat().format(-5.5, decimals: 0, roundingDown: true) == "\u{2212}6")
        // Large floors stay themselves: no nudge of a whole digit.
        #expect(NumberFormat().format(5e12, decimals: 0, roundingDown: true) == "5,000,000,000,000")
        #expect(NumberFormat().format(999_999_999_999_999, decimals: 0, roundingDown: true) == "999,999,999,999,999")
        // Floors that round down alike get the decimals that tell them apart.
        let compact = NumberFormat(compact: true)
        let floors = compact.labelStyle(for: [1_040_000, 1_060_000], sharedUnit: true, roundingDown: true)
        #expect([1_040_000, 1_060_000].map { compact.format($0, style: floors, roundingDown: true) } == ["1.04M", "1.06M"])
    }

    /// `round_to` rounds value labels to a multiple in the data's unit, whatever the locale's unit.
    @Test func labelsRoundToAStepInTheDatasUnit() {
        var english = NumberFormat(prefix: "¥", compact: true, multiplier: 1e9)
        english.labelStep = 1
        var chinese = NumberFormat(suffix: "元", compact: true, units: ChartLocale.zh.compactUnits, multiplier: 1e9)
        chinese.labelStep = 1
        let values = [100, 33.3, 380, 126.6]
        let styles = (english.labelStyle(for: values, sharedUnit: true), chinese.labelStyle(for: values, sharedUnit: true))
        #expect(values.map { english.format($0, style: styles.0, roundingDown: true) } == ["¥100B", "¥33B", "¥380B", "¥126B"])
        #expect(values.map { chinese.format($0, style: styles.1, roundingDown: true) } == ["1,000 亿元", "330 亿元", "3,800 亿元", "1,260 亿元"])
        #expect(english.format(126.6, style: styles.0) == "¥127B", "not a floor: to the nearest")
        #expect(english.axisLabels([0, 0.5, 1]) == ["0", "¥0.5B", "¥1.0B"], "ticks are not rounded to the step")
        var tiny = NumberFormat()
        tiny.labelStep = 1e-308
        #expect(tiny.stepped(1e300) == 1e300, "a step that overflows leaves the value as it is")
    }

    @Test func compactUnitsMoveUpAfterRounding() {
        #expect(NumberFormat(prefix: "$", compact: true).format(999_950) == "$1M")
        #expect(NumberFormat(compact: true).format(999_949) == "999.9K")
    }

    @Test func smallValuesKeepThreeSignificantDigits() {
        #expect(NumberFormat(suffix: "%").format(0.004) == "0.004%")
        #expect(NumberFormat().format(0.01234) == "0.0123")
    }

    @Test func ratiosReadNaturally() {
        #expect(BarChartBuilder.ratioText(3.8) == "3.8×")
        #expect(BarChartBuilder.ratioText(4) == "4×")
        #expect(BarChartBuilder.ratioText(100) == "100×")
        #expect(BarChartBuilder.ratioText(380 / 100.0) == "3.8×")
        #expect(BarChartBuilder.ratioText(2_333_333_333_333) == "2.3T×")
    }
}

@Suite struct TextWrapperTests {
    let wrapper = TextWrapper(measurer: FixedWidthMeasurer(), font: FontStyle(size: 10))

    @Test func wrapsAtSpaces() {
        // 6 px per character: 60 px holds 10 characters.
        let result = wrapper.wrap("DAMO Academy founding pledge", maxWidth: 60)
        #expect(result.lines == ["DAMO", "Academy", "founding", "pledge"])
        #expect(result.fits)
        #expect(wrapper.wrap("DAMO Academy founding pledge", maxWidth: 100).lines == ["DAMO Academy", "founding pledge"])
    }

    @Test func breaksBetweenChineseCharacters() {
        // Wide characters are 10 px each.
        let result = wrapper.wrap("平头哥半导体", maxWidth: 30)
        #expect(result.lines == ["平头哥", "半导体"])
        #expect(result.fits)
    }

    @Test func splitsAWordTooLongAndSaysSo() {
        let result = wrapper.wrap("Supercalifragilistic", maxWidth: 60)
        #expect(result.lines == ["Supercalif", "ragilistic"])
        #expect(!result.fits)
    }

    @Test func breaksAfterHyphensBetweenWordsButNotInsideNumbers() {
        // 42 px holds 7 characters.
        #expect(wrapper.wrap("Qwen2.5-Coder", maxWidth: 48).lines == ["Qwen2.5-", "Coder"])
        #expect(wrapper.wrap("2024-04", maxWidth: 30, breakWords: false).lines == ["2024-04"])
        #expect(wrapper.wrap("~2023-12 and 1/2", maxWidth: 30, breakWords: false).lines == ["~2023-12", "and", "1/2"])
        #expect(wrapper.wrap("either/or", maxWidth: 42).lines == ["either/", "or"])
    }

    @Test func honoursNewlines() {
        #expect(wrapper.wrap("a\nb", maxWidth: 600).lines == ["a", "b"])
    }
}

@Suite struct SpecLocatorTests {
    let locator = SpecLocator(text: """
    kind = "bar"
    title = "T"

    [format]
    prefix = "¥"

    [[annotations]]
    type = "ratio"
    from = "a"

    [[annotations]]
    type = "note"
    from = "b"
    """)

    @Test func findsKeysInTablesAndArrays() {
        #expect(locator.line(of: "title") == 2)
        #expect(locator.line(of: "format.prefix") == 5)
        #expect(locator.line(of: "annotations[1].from") == 9)
        #expect(locator.line(of: "annotations[2].from") == 13)
        #expect(locator.line(of: "annotations[2]") == 11)
        #expect(locator.line(of: "format.suffix") == 4)
        #expect(locator.line(of: "nowhere") == nil)
    }
}

/// A value axis whose labels crowd even at two or three ticks.
@Suite struct CrowdedValueAxisTests {
    @Test func labelsEveryOtherTickWhenEvenTheFewestCrowd() {
        let measurer = FixedWidthMeasurer()
        func axis(width: Double) -> ValueAxis {
            ValueAxis.fitted(.linear, extent: (0, 3.8e11), range: (0, width), orientation: .horizontal, spacing: 60, gap: 4,
                             texts: { scale in NumberFormat(compact: true, units: ChartLocale.zh.compactUnits, multiplier: 1).axisLabels(scale.ticks).map { $0 + "元" } },
                             measure: { measurer.measure($0, font: FontStyle(size: 12, face: .cjk)) })
        }
        // 0, 1,000 亿元 … 4,000 亿元 on 150 px: even the fewest ticks crowd.
        let narrow = axis(width: 150)
        let shown = narrow.labels.enumerated().filter { !$0.element.text.isEmpty }
        #expect(narrow.labels.count > shown.count, "some ticks go unlabelled: \(narrow.labels.map(\.text))")
        #expect(shown.map(\.offset).allSatisfy { $0 % 2 == 0 }, "every other one, from the base")
        // On a wide axis every tick keeps its label.
        #expect(axis(width: 900).labels.allSatisfy { !$0.text.isEmpty })
    }
}
