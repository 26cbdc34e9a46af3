import Dataset
import Testing
@testable import ChartCore

/// Cases a critical review of the bar layout found: sorted years, notes and ratios with negative
/// bars, mixed stacks, shortened names that tell nothing.
@Suite struct BarReviewTests {
    let measurer = FixedWidthMeasurer()

    func chart(_ csv: String, _ keys: String) throws -> BarChart {
        let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T"\#(keys)}"#)
        return try BarChartBuilder.build(spec: spec, dataset: Fixtures.dataset(csv), context: Fixtures.context)
    }

    @Test func yearsSortedByValueAreNamesNotAnAxis() throws {
        let csv = "year,v\n" + (1990...2019).map { "\($0),\(($0 * 37) % 101)" }.joined(separator: "\n") + "\n"
        let sorted = try chart(csv, #", "category": "year", "value": "v", "sort": "descending", "width": 600"#)
        #expect(!sorted.categoriesAreOrdered)
        #expect(try chart(csv, #", "category": "year", "value": "v""#).categoriesAreOrdered)
        let layout = BarLayout.layout(sorted, measurer: measurer)
        // Every label drawn names its own bar, and none overlaps another.
        for label in layout.scene.items(SceneRole.categoryLabel) {
            guard case .text(let run) = label.shape, let datum = label.datum else { continue }
            #expect(run.text == sorted.categories[datum].name)
        }
        #expect(layout.findings.isEmpty, "\(layout.findings.map { $0.message })")
    }

    @Test(arguments: [BarOptions.Orientation.vertical, .horizontal])
    func notesOnNegativeBarsGoToTheFarSide(orientation: BarOptions.Orientation) throws {
        var bars = try chart("g,v\nAlpha group,30\nEpsilon group,-42.5\n", #", "category": "g", "value": "v""#)
        bars.orientation = orientation
        bars.annotations = [.note(category: 1, text: "Reorganised in 2024")]
        let layout = BarLayout.layout(bars, measurer: measurer)
        #expect(layout.findings.isEmpty, "\(layout.findings.map { $0.message })")
        let note = try #require(layout.scene.texts(.annotationLabel).first).bounds
        let base = layout.scene.items(.axis).map(\.bounds)[0]
        // Far side: above the baseline when vertical, right of it when horizontal.
        if orientation == .vertical { #expect(note.maxY <= base.y) } else { #expect(note.x >= base.maxX) }
        #expect(!layout.scene.texts(.annotationLabel).contains { $0.text == "Reor" || $0.text.hasPrefix("gani") })
    }

    @Test func aRatioOfANegativeValueIsAnError() throws {
        #expect(throws: DiagnosticList.self) {
            try chart("g,v\nA,10\nB,-5\n", #", "category": "g", "value": "v", "annotations": [{"type": "ratio", "from": "A", "to": "B"}]"#)
        }
    }

    @Test func aMixedStackIsLabelledWithItsNetTotal() throws {
        let stacked = try chart("q,up,down\nQ1,17,-5\nQ2,10,0\n",
                                #", "category": "q", "layout": "stacked", "series": [{"column": "up"}, {"column": "down"}]"#)
        let labels = BarLayout.layout(stacked, measurer: measurer).scene.texts(.valueLabel).map(\.text)
        #expect(labels.contains("net 12"))
        #expect(labels.contains("10"))
    }

    @Test func shortenedNamesThatStartLikeAnotherAreLeftOut() throws {
        // Under 60 px bands (10 letters), with no room to turn them: "Department…" would name
        // either department, so both are left out; the ministry keeps its start.
        let names = ["Department of Agriculture", "Department of Transport", "Ministry of Finance"]
        let csv = "n,v\n" + names.map { "\($0),5" }.joined(separator: "\n") + "\n"
        let bars = try chart(csv, #", "category": "n", "value": "v""#)
        let theme = Theme(width: 800, height: 500)
        let labels = CategoryLabels.below(bars, order: CategoryOrder(bars), step: 60 * theme.unit, depth: 0, theme: theme,
                                          measurer: measurer, mayThin: true)
        let shown = labels.blocks.map { $0.lines.map(\.text).joined(separator: " ") }
        #expect(shown[0].isEmpty && shown[1].isEmpty, "\(shown)")
        #expect(shown[2].hasPrefix("Minist") && shown[2].hasSuffix("…"), "the only ministry keeps its start")
        #expect(labels.droppedAmbiguous == 2)
        #expect(labels.warnings(count: 3).contains { $0.contains("also the start of another category's name") })
    }
}
