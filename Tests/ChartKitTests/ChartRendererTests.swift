import ChartCairo
import ChartCore
import ChartKit
import Dataset
import Foundation
import Testing

/// The library as a program would use it: a spec and its data in, files out, no project folder.
@Suite struct ChartRendererTests {
    let toml = """
    kind = "bar"
    data = "ignored.csv"
    title = "Hanguang 800"
    category = "chip"
    value = "ips"
    """

    @Test func rendersASpecToEveryFormat() throws {
        let chart = try ChartRenderer().render(spec: toml, data: Data("chip,ips\nHanguang 800,78563\n".utf8),
                                               formats: [.png, .svg, .pdf], scale: 1)
        #expect(chart.files[.png]?.starts(with: [0x89, 0x50, 0x4E, 0x47]) == true)
        #expect(String(decoding: chart.files[.svg]!, as: UTF8.self).contains("Hanguang 800"))
        #expect(chart.files[.pdf]?.starts(with: Array("%PDF".utf8)) == true)
        #expect(chart.layout.findings.isEmpty)
        #expect(chart.layout.scene.texts(.valueLabel).map(\.text) == ["78,563"])
    }

    @Test func badInputIsADiagnosticNamingTheFileAndLine() {
        do {
            _ = try ChartRenderer().render(spec: toml, data: Data("chip,ips\nHanguang 800,78,563\n".utf8), specName: "s.toml",
                                           dataName: "d.csv")
            Issue.record("a ragged row must fail")
        } catch {
            #expect(error.diagnostics.first?.file == "d.csv")
            #expect(error.diagnostics.first?.line == 2)
        }
    }

    @Test func rendersAChartBuiltInCode() throws {
        let chart = BarChart(frame: ChartFrame.Texts(title: "Built in code"), categories: [.init(name: "A"), .init(name: "B")],
                             series: [.init(label: "v")], values: [[1], [2]])
        let output = try ChartRenderer().render(chart, formats: [.svg])
        #expect(String(decoding: output.files[.svg]!, as: UTF8.self).contains("Built in code"))
        #expect(output.warnings.isEmpty)
    }

    @Test func aChartBuiltInCodeWithAnUndrawableCharacterIsAnError() {
        let chart = BarChart(frame: ChartFrame.Texts(title: "Tofu"), categories: [.init(name: "Qwen\u{E000}")],
                             series: [.init(label: "v")], values: [[1]])
        do {
            _ = try ChartRenderer().render(chart, formats: [.svg])
            Issue.record("a character no font has must not be drawn as a box")
        } catch {
            #expect(error.diagnostics.first?.message.contains("no installed font can draw U+E000") == true)
        }
    }
}
