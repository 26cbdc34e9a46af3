import Dataset
import Testing
@testable import ChartCore

/// The themes are tables of colours whose contrasts and distinctness are checked here.
@Suite struct ThemeTests {
    @Test(arguments: [ThemeName.light, .dark])
    func textMeetsWCAGContrastAndFillsStandOut(name: ThemeName) {
        let theme = Theme(width: 800, height: 500, colors: .named(name))
        // Body text (labels, ticks, notes, the source line): 4.5:1; large text (titles): 3:1.
        for (role, colour) in [("ink", theme.ink), ("secondary ink", theme.secondaryInk), ("muted ink", theme.mutedInk)] {
            #expect(colour.contrast(with: theme.background) >= 4.5, "\(name) \(role): \(colour.contrast(with: theme.background))")
        }
        #expect(theme.ink.contrast(with: theme.background) >= 3)
        for colour in theme.palette {
            #expect(colour.contrast(with: theme.background) >= theme.minimumPaletteContrast, "\(name) \(colour.hex)")
        }
        #expect(Set(theme.palette).count == theme.palette.count)
        // The baseline and axis stand out from gridlines, gridlines from the background.
        #expect(theme.baseline.contrast(with: theme.background) > theme.axis.contrast(with: theme.background))
        #expect(theme.grid.contrast(with: theme.background) > 1.1)
    }

    @Test(arguments: [ThemeName.light, .dark])
    func everyPaletteColourStaysApartUnderEachDeficiency(name: ThemeName) {
        let palette = ThemeColors.named(name).palette
        let conflicts = ColorVision.conflicts(palette.enumerated().map { ("colour \($0.offset + 1)", $0.element) })
        #expect(conflicts.isEmpty, "\(conflicts.map(\.message))")
        // Highlighted bars against the muted others, too.
        #expect(ColorVision.conflicts([("highlighted", palette[0]), ("muted", ThemeColors.named(name).muted)]).isEmpty)
    }

    @Test func redAgainstGreenFailsForRedGreenDeficiencies() {
        let conflicts = ColorVision.conflicts([("Gas", Color(hex: "#D62728")!), ("Hydro", Color(hex: "#2CA02C")!), ("Wind", Color(hex: "#1F77B4")!)])
        #expect(conflicts.count == 1)
        let conflict = try! #require(conflicts.first)
        #expect(conflict.first == "Gas" && conflict.second == "Hydro")
        #expect([.protanopia, .deuteranopia].contains(conflict.deficiency))
        #expect(conflict.message.hasPrefix("the colours of “Gas” and “Hydro” are hard to tell apart for readers with"))
        // Two near-identical blues merge for every reader.
        let same = ColorVision.conflicts([("A", Color(hex: "#1F77B4")!), ("B", Color(hex: "#2077B6")!)])
        #expect(same.count == 1 && same[0].deficiency == nil)
    }

    /// Sharma, Wu & Dalal (2005), test pairs 1, 7, 17 and 25 of their table.
    @Test func ciede2000MatchesThePublishedTestData() {
        let pairs: [((Double, Double, Double), (Double, Double, Double), Double)] = [
            ((50, 2.6772, -79.7751), (50, 0, -82.7485), 2.0425),
            ((50, 0, 0), (50, -1, 2), 2.3669),
            ((50, 2.5, 0), (73, 25, -18), 27.1492),
            ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
        ]
        for (one, two, expected) in pairs {
            let difference = ColorVision.ciede2000((one.0, one.1, one.2), (two.0, two.1, two.2))
            #expect(abs(difference - expected) < 1e-4, "\(one) \(two): \(difference)")
        }
    }

    @Test func aDarkChartIsDrawnInTheDarkTableAndTextOnFillsStaysReadable() throws {
        let csv = "name,a,b\nX,3,4\nY,5,2\n"
        let spec = try Fixtures.spec(#"{"kind": "bar", "data": "t.csv", "title": "T", "category": "name", "theme": "dark", "layout": "stacked", "series": [{"column": "a"}, {"column": "b"}]}"#)
        let chart = try BarChartBuilder.build(spec: spec, dataset: Fixtures.dataset(csv), context: Fixtures.context)
        #expect(chart.theme == .dark)
        let layout = BarLayout.layout(chart, measurer: FixedWidthMeasurer())
        let background = try #require(layout.scene.items(.background).first)
        guard case .rect(_, let fill) = background.shape else { Issue.record("no background"); return }
        #expect(fill == ThemeColors.dark.background)
        #expect(layout.scene.texts(.title).allSatisfy { $0.color == ThemeColors.dark.ink })
        // Segment labels inside the stacks: whichever of ink and background contrasts more.
        for label in layout.scene.texts(.valueLabel) where label.color != ThemeColors.dark.ink {
            #expect(label.color == ThemeColors.dark.background)
        }
        #expect(layout.keyColors.map(\.name) == ["a", "b"])
        #expect(layout.findings.isEmpty)
    }
}
