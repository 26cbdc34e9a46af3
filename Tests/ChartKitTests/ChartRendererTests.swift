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

    /// Bar models built in code that cannot be drawn, and the field each problem must name.
    static let badBarCharts: [(String, BarChart, String)] = {
        func chart(_ values: [[Double]], categories: Int = 2, series: Int = 1) -> BarChart {
            BarChart(frame: .init(title: "Bad"), categories: (0..<categories).map { .init(name: "C\($0)") },
                     series: (0..<series).map { .init(label: "S\($0)") }, values: values)
        }
        var log = chart([[1], [0]])
        log.scale = .log
        var note = chart([[1], [2]])
        note.annotations = [.note(category: 5, text: "x")]
        var groups = chart([[1], [2]])
        groups.colorGroups = ["a"]
        groups.groupOfCategory = [0]
        var wide = chart([[1], [2]])
        wide.width = .infinity
        var colours = chart([[1, 1]], categories: 1, series: 14)
        colours.values = [Array(repeating: 1, count: 14)]
        return [("fewer rows than categories", chart([[1]]), "values"),
                ("a row short of its series", chart([[1, 2], [3]], series: 2), "values[1]"),
                ("NaN", chart([[1], [.nan]]), "values[1][0]"),
                ("infinity", chart([[.infinity], [1]]), "values[0][0]"),
                ("1e300", chart([[1e300], [1]]), "values[0][0]"),
                ("zero on a log scale", log, "values[1][0]"),
                ("a note on a missing category", note, "annotations[0]"),
                ("groups for some categories", groups, "groupOfCategory"),
                ("an infinite width", wide, "width"),
                ("more series than colours", colours, "series[")]
    }()

    @Test(arguments: badBarCharts.indices)
    func aBarModelThatCannotBeDrawnIsADiagnosticNotATrap(_ index: Int) {
        let (name, chart, field) = Self.badBarCharts[index]
        do {
            _ = try ChartRenderer().render(chart, formats: [.svg, .png])
            Issue.record("\(name): must be refused")
        } catch {
            #expect(error.diagnostics.contains { $0.field?.hasPrefix(field) == true }, "\(name): \(error.diagnostics)")
        }
    }

    @Test func aTimelineModelThatCannotBeDrawnIsADiagnosticNotATrap() {
        let day = PartialDate(year: 2020, month: 5, day: 1)!, earlier = PartialDate(year: 2019)!
        var cases: [(TimelineChart, String)] = []
        cases.append((TimelineChart(frame: .init(title: "T"), events: [.init(label: "A", date: day, track: 3)]), "events[0].track"))
        cases.append((TimelineChart(frame: .init(title: "T"), events: [.init(label: "A", date: day, end: earlier)]), "events[0].end"))
        cases.append((TimelineChart(frame: .init(title: "T"), events: [.init(label: "A", date: day), .init(label: "B", date: earlier)]), "events[1]"))
        cases.append((TimelineChart(frame: .init(title: "T"), events: [], tracks: []), "tracks"))
        cases.append((TimelineChart(frame: .init(title: "T"), events: [], eras: [.init(start: day, end: earlier, label: "E")]), "eras[0]"))
        cases.append((TimelineChart(frame: .init(title: "T"), events: [], tracks: (0..<20).map { "t\($0)" }), "tracks"))
        for (chart, field) in cases {
            do {
                _ = try ChartRenderer().render(chart, formats: [.svg])
                Issue.record("\(field): must be refused")
            } catch {
                #expect(error.diagnostics.contains { $0.field == field }, "\(field): \(error.diagnostics)")
            }
        }
    }
}
