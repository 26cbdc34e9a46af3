import ChartCore
import Testing
@testable import ChartCairo

@Suite struct PangoTextMeasurerTests {
    let measurer = PangoTextMeasurer()

    @Test func widthsScaleWithTheFontSize() {
        let small = measurer.measure("Qwen2 (with GQA) 含光 800", font: FontStyle(size: 10))
        let large = measurer.measure("Qwen2 (with GQA) 含光 800", font: FontStyle(size: 20))
        #expect(small.width > 50)
        #expect(abs(large.width / small.width - 2) < 0.005)
        #expect(abs(large.height / small.height - 2) < 0.05)
        #expect(small.baseline > 0 && small.baseline < small.height)
    }

    @Test func boldIsWider() {
        let regular = measurer.measure("Hanguang 800", font: FontStyle(size: 14))
        let bold = measurer.measure("Hanguang 800", font: FontStyle(size: 14, weight: .bold))
        #expect(bold.width > regular.width)
    }

    @Test func chineseAndLatinAreDrawable() {
        #expect(measurer.missingCharacters(in: "达摩院 通义千问 含光 800 玄铁 910 平头哥半导体 §I × ¥ · “”").isEmpty)
    }

    @Test func privateUseCharactersAreReportedMissing() {
        #expect(measurer.missingCharacters(in: "a\u{E000}b") == ["\u{E000}"])
    }
}
