import Dataset
import Testing
@testable import ChartCore

@Suite struct CategoryLabelTests {
    let measurer = FixedWidthMeasurer()

    func bars(_ rows: [(String, Double)], extra: String = "", width: Int = 800) throws -> BarChart {
        let csv = "name,value\n" + rows.map { "\"\($0.0)\",\($0.1)" }.joined(separator: "\n") + "\n"
        let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "name", "value": "value", "width": \#(width)\#(extra)}"#)
        return try BarChartBuilder.build(spec: spec, dataset: Fixtures.dataset(csv), context: Fixtures.context)
    }

    @Test func labelsAreNeverBrokenInsideAWord() {
        let wrapper = TextWrapper(measurer: measurer, font: FontStyle(size: 10))
        // 6 px a letter: "Construction" (72 px) does not fit 50 px and stays whole.
        #expect(wrapper.wrap("Construction work", maxWidth: 50, breakWords: false).lines == ["Construction", "work"])
        let fitted = wrapper.fit("Construction work", maxWidth: 50, maxLines: 2)!
        #expect(fitted.shortened && fitted.lines == ["Constru…"])
        #expect(wrapper.fit("Air and sea", maxWidth: 50, maxLines: 2)!.lines == ["Air and", "sea"])
        #expect(wrapper.fit("1560", maxWidth: 10, maxLines: 3) == nil)
    }

    @Test func fiftyYearsAreThinnedToRoundYearsNotBroken() throws {
        let chart = try bars((1975...2024).map { ("\($0)", Double($0 % 7 + 1)) }, width: 600)
        let layout = BarLayout.layout(chart, measurer: measurer)
        let shown = layout.scene.texts(.categoryLabel).map(\.text)
        #expect(!shown.isEmpty)
        #expect(shown.allSatisfy { Int($0).map { $0 % 5 == 0 } == true }, "only whole years at a round interval: \(shown)")
        #expect(layout.scene.items(.bar).count == 50, "still one bar per year, drawn vertically")
        #expect(layout.findings.isEmpty)
    }

    @Test func longNamesTurnTheChartOrAreShortenedWithAWarning() throws {
        let names = (1...30).map { "Construction and engineering services number \($0)" }
        let auto = BarLayout.layout(try bars(names.map { ($0, 3) }), measurer: measurer)
        #expect(auto.information.contains { $0.hasPrefix("drawn horizontally") })
        // Forced vertical, thirty names that all begin alike would be cut to the same "C…": left out.
        let alike = BarLayout.layout(try bars(names.map { ($0, 3) }, extra: #", "orientation": "vertical""#), measurer: measurer)
        #expect(alike.scene.texts(.categoryLabel).isEmpty)
        #expect(alike.warnings.contains { $0.hasPrefix("category labels left out") })
        #expect(alike.findings.isEmpty)
        // Eight names that begin differently keep their start, end with "…" and say so.
        let distinct = (1...8).map { "Sector \($0): construction and engineering services" }
        let vertical = BarLayout.layout(try bars(distinct.map { ($0, 3) }, extra: #", "orientation": "vertical""#), measurer: measurer)
        let lines = vertical.scene.texts(.categoryLabel).map(\.text)
        #expect(lines.contains("Sector 1:"))
        #expect(lines.contains { $0.hasSuffix("…") })
        #expect(vertical.warnings.contains { $0.contains("shortened with “…”") })
        #expect(vertical.findings.isEmpty)
    }

    @Test func aLongPaletteOrAnError() throws {
        let theme = Theme(width: 800, height: 500)
        #expect(Set(theme.palette).count == theme.palette.count, "no colour twice")
        for colour in theme.palette {
            #expect((theme.background.luminance + 0.05) / (colour.luminance + 0.05) >= theme.minimumPaletteContrast)
        }
        let series = (1...13).map { #"{"column": "v\#($0)"}"# }.joined(separator: ", ")
        let csv = "name," + (1...13).map { "v\($0)" }.joined(separator: ",") + "\nA," + (1...13).map { "\($0)" }.joined(separator: ",") + "\n"
        let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "name", "series": [\#(series)]}"#)
        #expect(throws: DiagnosticList.self) { try BarChartBuilder.build(spec: spec, dataset: Fixtures.dataset(csv), context: Fixtures.context) }
        do {
            _ = try BarChartBuilder.build(spec: spec, dataset: Fixtures.dataset(csv), context: Fixtures.context)
        } catch let error as DiagnosticList {
            #expect(error.diagnostics.map(\.field) == ["series[13]"])
        }
    }
}

@Suite struct TurnedLabelTests {
    @Test func longNamesUnderNarrowBarsAreTurnedAsALastResort() throws {
        // Twelve long Chinese names under vertical bars on a phone-wide canvas: level labels would
        // be cut to one character ("…" has no room); turned 45°, each is shown, and nothing overlaps.
        let names = ["达摩院", "平头哥半导体", "通义千问大模型", "阿里云智能集团", "淘宝天猫商业集团", "菜鸟网络科技",
                     "蚂蚁集团", "钉钉", "高德地图", "饿了么本地生活", "盒马鲜生", "夸克"]
        let csv = "name,value\n" + names.enumerated().map { "\($1),\($0 * 10 + 5)" }.joined(separator: "\n") + "\n"
        let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "name", "value": "value", "width": 360, "height": 640, "orientation": "vertical"}"#)
        let chart = try BarChartBuilder.build(spec: spec, dataset: Fixtures.dataset(csv), context: Fixtures.context)
        let layout = BarLayout.layout(chart, measurer: FixedWidthMeasurer())
        let labels = layout.scene.texts(.categoryLabel)
        #expect(labels.count == 12)
        #expect(labels.allSatisfy { abs($0.rotation + .pi / 4) < 1e-12 })
        #expect(layout.information.contains("category labels set at 45° to fit under 12 vertical bars"))
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
        // Each label's upper end sits under its own bar.
        let bars = layout.scene.items(.bar).map(\.bounds)
        for (label, bar) in zip(labels, bars) {
            let end = label.box.point(label.size.width, label.size.height / 2)
            #expect(abs(end.x - bar.midX) < bar.width / 2 && end.y > bar.maxY)
        }
    }
}
