import Dataset
import Testing
@testable import ChartCore

@Suite struct BarLayoutTests {
    let measurer = FixedWidthMeasurer()

    @Test func verticalBarsAreProportionalAndLabelled() throws {
        let layout = BarLayout.layout(try Fixtures.investment(), measurer: measurer)
        let scene = layout.scene
        let bars = scene.items(.bar).map(\.bounds)
        #expect(bars.count == 2)
        #expect(abs(bars[1].height / bars[0].height - 3.8) < 1e-9)
        #expect(bars[0].maxY == bars[1].maxY)
        #expect(scene.texts(.valueLabel).map(\.text) == ["¥100B", "¥380B"])
        for (bar, label) in zip(bars, scene.texts(.valueLabel)) {
            #expect(label.bounds.maxY <= bar.y)
            #expect(abs(label.bounds.midX - bar.midX) < 1e-9)
        }
        #expect(scene.texts(.tickLabel).map(\.text) == ["0", "¥100B", "¥200B", "¥300B", "¥400B"])
        #expect(scene.texts(.categoryLabel).allSatisfy { $0.origin.y > bars[0].maxY })
        #expect(scene.texts(.categoryDetail).map(\.text) == ["11 Oct 2017", "Feb 2025"])
        #expect(layout.warnings.isEmpty)
    }

    @Test func ratioBracketSitsAboveEveryLabel() throws {
        let scene = BarLayout.layout(try Fixtures.investment(), measurer: measurer).scene
        let ratio = try #require(scene.texts(.annotationLabel).first)
        #expect(ratio.text == "¥380B ÷ ¥100B = 3.8×", "a ratio says what it compares")
        guard case .path(let points, _, _, _) = try #require(scene.items(.annotation).first).shape else {
            Issue.record("the bracket is a path")
            return
        }
        let labels = scene.texts(.valueLabel).map(\.bounds)
        let lineY = points[1].y
        #expect(points[2].y == lineY)
        #expect(ratio.bounds.maxY <= lineY)
        #expect(labels.allSatisfy { $0.y > lineY })
        #expect(points[0].y < labels[0].y && points[3].y < labels[1].y)
        #expect(points[0].x == labels[0].midX && points[3].x == labels[1].midX)
        #expect(scene.texts(.title).first!.bounds.maxY < ratio.bounds.y)
    }

    @Test func frameTextsAreTopLeftAndBottomLeft() throws {
        let scene = BarLayout.layout(try Fixtures.investment(), measurer: measurer).scene
        let title = try #require(scene.texts(.title).first)
        let source = try #require(scene.texts(.source).first)
        #expect(title.origin == Point(20, 20))
        #expect(source.text == "Source: §I, ref. 1; §V, ref. 11")
        #expect(source.origin.x == 20)
        #expect(abs(source.bounds.maxY - 480) < 1e-9)
    }

    @Test func highlightMutesTheOtherBars() throws {
        let chart = try Fixtures.investment(extra: #", "highlight": ["Cloud and AI infrastructure plan"]"#)
        let theme = Theme(width: 800, height: 500)
        let fills = BarLayout.layout(chart, measurer: measurer).scene.items(.bar).map { item -> Color? in
            if case .rect(_, let fill) = item.shape { return fill }
            return nil
        }
        #expect(fills == [theme.muted, theme.palette[0]])
    }

    @Test func logBarsStartBelowTheSmallestValue() throws {
        let scene = BarLayout.layout(try Fixtures.m6(), measurer: measurer).scene
        #expect(scene.texts(.tickLabel).map(\.text) == ["10B", "100B", "1T", "10T"])
        let bars = scene.items(.bar).map(\.bounds)
        #expect(bars[0].maxY == bars[1].maxY)
        #expect(bars[0].height > 0)
        #expect(abs(bars[1].height / bars[0].height - 3) < 1e-9)
        #expect(scene.texts(.valueLabel).map(\.text) == ["100B", "10T"])
    }

    @Test func stackedSegmentsSitOnEachOther() throws {
        let layout = BarLayout.layout(try Fixtures.grouped(layout: "stacked"), measurer: measurer)
        let bars = layout.scene.items(.bar).map(\.bounds)
        #expect(bars.count == 4)
        #expect(abs(bars[1].maxY - bars[0].y) < 1e-9)
        #expect(abs(bars[3].maxY - bars[2].y) < 1e-9)
        #expect(layout.scene.texts(.legend).map(\.text) == ["Total", "Per year"])
        #expect(layout.scene.texts(.valueLabel).map(\.text).contains("506.7"))
    }

    @Test func groupedBarsSitSideBySide() throws {
        let scene = BarLayout.layout(try Fixtures.grouped(layout: "grouped"), measurer: measurer).scene
        let bars = scene.items(.bar).map(\.bounds)
        #expect(bars.count == 4)
        #expect(bars[0].maxX <= bars[1].x)
        #expect(bars[0].maxY == bars[1].maxY)
        // One precision for the chart's labels: 33.3 needs a decimal, so 100 is written 100.0.
        #expect(scene.texts(.valueLabel).map(\.text) == ["100.0", "33.3", "380.0", "126.7"])
        let legend = scene.texts(.legend).map(\.bounds)
        #expect(legend.allSatisfy { label in bars.allSatisfy { $0.y > label.maxY } })
    }

    @Test func longCategoryLabelsTurnTheChartAndSaySo() throws {
        let rows = (1...8).map { "Category with a rather long name number \($0),\($0 * 10)" }.joined(separator: "\n")
        let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "Many", "category": "c", "value": "v"}"#)
        let chart = try BarChartBuilder.build(spec: spec, dataset: Fixtures.dataset("c,v\n" + rows), context: Fixtures.context)
        let layout = BarLayout.layout(chart, measurer: measurer)
        #expect(layout.warnings.isEmpty, "turning loses nothing: information, not a warning")
        #expect(layout.information == ["drawn horizontally: the category labels do not fit under 8 vertical bars"])
        let bars = layout.scene.items(.bar).map(\.bounds)
        #expect(Set(bars.map(\.x)).count == 1)
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
    }

    @Test func valueLabelsThatCannotFitAreLeftOutWithAWarning() throws {
        let rows = (1...30).map { "\($0),\(1_000_000 + $0)" }.joined(separator: "\n")
        let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "Narrow", "category": "c", "value": "v", "orientation": "vertical"}"#)
        let chart = try BarChartBuilder.build(spec: spec, dataset: Fixtures.dataset("c,v\n" + rows), context: Fixtures.context)
        let layout = BarLayout.layout(chart, measurer: measurer)
        #expect(layout.scene.texts(.valueLabel).isEmpty)
        #expect(layout.warnings.contains("value labels left out: they are wider than the bars; the axis gives the values"))
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
    }

    @Test func negativeBarsHangBelowZero() throws {
        let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "Change", "category": "c", "value": "v"}"#)
        let chart = try BarChartBuilder.build(spec: spec, dataset: Fixtures.dataset("c,v\nUp,40\nDown,-25\n"), context: Fixtures.context)
        let layout = BarLayout.layout(chart, measurer: measurer)
        let scene = layout.scene
        let bars = scene.items(.bar).map(\.bounds)
        #expect(abs(bars[0].maxY - bars[1].y) < 1e-9)
        let labels = scene.texts(.valueLabel)
        #expect(labels.map(\.text) == ["40", "\u{2212}25"])
        #expect(labels[1].bounds.y >= bars[1].maxY)
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
    }

    @Test func singleHorizontalBarKeepsItsLabelsClear() throws {
        let layout = BarLayout.layout(try Fixtures.hanguang(), measurer: measurer)
        let scene = layout.scene
        let bar = try #require(scene.items(.bar).first?.bounds)
        let label = try #require(scene.texts(.valueLabel).first)
        #expect(label.text == "78,563 IPS")
        #expect(label.bounds.x > bar.maxX)
        #expect(bar.height <= 40.0001)
        #expect(scene.texts(.axisTitle).map(\.text) == ["Images per second"])
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
    }

    @Test(arguments: [(320, 240), (480, 320), (800, 500), (600, 900), (1200, 300), (4000, 3000)])
    func nothingLeavesTheCanvasOrOverlapsAtAnySize(width: Int, height: Int) throws {
        let charts = [
            try Fixtures.investment(width: width, height: height),
            try Fixtures.grouped(layout: "grouped", width: width, height: height),
            try Fixtures.grouped(layout: "stacked", width: width, height: height),
            try Fixtures.m6(width: width, height: height),
            try Fixtures.hanguang(width: width, height: height),
        ]
        for chart in charts {
            // Every guarantee, with no exemption: the audit (tested on its own in SceneAuditTests).
            let findings = BarLayout.layout(chart, measurer: measurer).findings
            #expect(findings.isEmpty, "\(chart.frame.title) at \(width)×\(height): \(findings.map(\.message))")
        }
    }

    @Test func sceneJSONNamesKindRoleTextAndBox() throws {
        let scene = Scene(width: 100, height: 50, items: [
            SceneItem(.bar, .rect(Rect(x: 1, y: 2, width: 3, height: 4), fill: Color(hex: "#000")!), datum: 0),
            SceneItem(.title, .text(TextRun(text: "T", font: FontStyle(size: 10), color: Color(hex: "#000")!,
                                            origin: Point(3, 5), size: TextSize(width: 6, height: 12, baseline: 9.5)))),
        ], datumNames: ["A"])
        // The title covers the bar's corner (x 3…4, y 5…6): the audit's one finding, item 1 on item 0.
        let json = String(decoding: SceneJSON.encode(scene, findings: SceneAudit.findings(in: scene)), as: UTF8.self)
        #expect(json == """
        {
          "audit" : [
            {
              "items" : [
                1,
                0
              ],
              "kind" : "text-on-mark",
              "message" : "the title “T” lies on the bar of “A”"
            }
          ],
          "height" : 50,
          "items" : [
            {
              "bbox" : {
                "height" : 4,
                "width" : 3,
                "x" : 1,
                "y" : 2
              },
              "datum" : 0,
              "kind" : "rect",
              "role" : "bar"
            },
            {
              "bbox" : {
                "height" : 12,
                "width" : 6,
                "x" : 3,
                "y" : 5
              },
              "kind" : "text",
              "role" : "title",
              "text" : "T"
            }
          ],
          "width" : 100
        }
        """)
    }

    @Test func undrawableCharactersAreErrors() throws {
        let scene = BarLayout.layout(try Fixtures.investment(), measurer: measurer).scene
        let problems = scene.undrawableText(measurer: FixedWidthMeasurer(missing: ["¥"]), file: "charts/t.toml")
        #expect(problems.first?.description.hasPrefix("charts/t.toml: no installed font can draw U+A5 in the tick-label “¥100B”") == true)
    }
}

@Suite struct BarOrientationTests {
    let measurer = FixedWidthMeasurer()

    /// One layout for both orientations: the same chart drawn vertically and horizontally has
    /// the same bars (lengths in proportion to the values along the value axis), the same labels,
    /// notes and bracket, and passes the audit both ways.
    @Test(arguments: [BarOptions.Orientation.vertical, .horizontal])
    func bothOrientationsDrawTheSameChart(orientation: BarOptions.Orientation) throws {
        var chart = try Fixtures.investment()
        chart.annotations.append(.note(category: 0, text: "more than"))
        chart.orientation = orientation
        let layout = BarLayout.layout(chart, measurer: measurer)
        let scene = layout.scene
        #expect(layout.findings.isEmpty, "\(layout.findings.map(\.message))")
        #expect(layout.warnings.isEmpty)
        let bars = scene.items(.bar).map(\.bounds)
        let lengths = bars.map { orientation == .vertical ? $0.height : $0.width }
        #expect(bars.count == 2 && abs(lengths[1] / lengths[0] - 3.8) < 0.01)
        #expect(scene.texts(.valueLabel).map(\.text) == ["¥100B", "¥380B"])
        #expect(scene.texts(.annotationLabel).map(\.text).sorted() == ["more than", "¥380B ÷ ¥100B = 3.8×"])
        #expect(scene.texts(.categoryDetail).map(\.text) == ["11 Oct 2017", "Feb 2025"])
        // Each value label is beyond its bar's end, on the value axis.
        for (bar, label) in zip(bars, scene.texts(.valueLabel)) {
            if orientation == .vertical { #expect(label.bounds.maxY <= bar.y) } else { #expect(label.bounds.x >= bar.maxX) }
        }
        // The note sits beyond the first bar's value label, the bracket beyond everything.
        let note = try #require(scene.texts(.annotationLabel).first { $0.text == "more than" }).bounds
        let firstLabel = scene.texts(.valueLabel)[0].bounds
        if orientation == .vertical { #expect(note.maxY <= firstLabel.y) } else { #expect(note.x >= firstLabel.maxX) }
        let bracket = try #require(scene.items(.annotation).first).bounds
        if orientation == .vertical { #expect(bracket.y < note.y) } else { #expect(bracket.maxX > note.maxX) }
    }
}
