import Testing
@testable import ChartCore

/// The editions a spec names: sizes × themes, their names and sizes.
@Suite struct EditionTests {
    func spec(_ extra: String) throws -> ChartSpec {
        try Fixtures.spec(#"{"kind": "timeline", "data": "t.csv", "title": "T", "date": "date", "label": "event", "width": 800, "height": 500\#(extra)}"#)
    }

    @Test func sizesTimesThemesTheDefaultFirst() throws {
        let spec = try spec(#", "themes": ["dark", "light"], "sizes": {"mobile": {"width": 360}, "column": {"width": 600, "height": 460}}"#)
        let editions = spec.editions()
        #expect(editions.map(\.label) == ["default", "column", "mobile", "dark", "column/dark", "mobile/dark"])
        #expect(editions.map(\.suffix) == ["", ".column", ".mobile", ".dark", ".column.dark", ".mobile.dark"])
        // 500 × √(800 ÷ 360) = 745.4: a narrower edition is taller.
        #expect(editions[2].width == 360 && editions[2].height == 745)
        #expect(editions[1].height == 460)
        // A run theme replaces the themes: every size once, in that theme, under the plain names.
        let dark = spec.editions(runTheme: .dark)
        #expect(dark.map(\.label) == ["default", "column", "mobile"] && dark.allSatisfy { $0.theme == .dark })
    }

    @Test func aNarrowEditionTurnsAPointTimelineVertical() throws {
        let spec = try spec(#", "sizes": {"mobile": {"width": 360}}"#)
        let mobile = spec.editions()[1]
        #expect(mobile.turnsVertical(spec))
        #expect(mobile.apply(to: spec).timeline?.orientation == .vertical)
        #expect(!spec.editions()[0].turnsVertical(spec))
        let ranges = try self.spec(#", "layout": "ranges", "end": "end", "sizes": {"mobile": {"width": 360}}"#)
        #expect(!ranges.editions()[1].turnsVertical(ranges), "ranges are drawn across at every width")
    }

    @Test func editionsAreNamedBySizeThemeOrBoth() throws {
        let edition = Edition(locale: .en, otherLocale: false, size: "mobile", width: 360, height: 745, theme: .dark, otherTheme: true)
        #expect(edition.matches("mobile/dark") && edition.matches("dark/mobile"))
        #expect(!edition.matches("mobile") && !edition.matches("dark"))
    }

    @Test func editionsAreNamedLocaleFirstThenSizeThenTheme() throws {
        let spec = try self.spec(#", "locales": ["en", "zh"], "themes": ["dark"], "sizes": {"mobile": {"width": 360}}"#)
        let editions = spec.editions()
        #expect(editions.map(\.suffix) == ["", ".mobile", ".dark", ".mobile.dark", ".zh", ".zh.mobile", ".zh.dark", ".zh.mobile.dark"])
        #expect(editions.map(\.label) == ["default", "mobile", "dark", "mobile/dark", "zh", "zh/mobile", "zh/dark", "zh/mobile/dark"])
        #expect(editions[7].matches("dark/zh/mobile") && !editions[7].matches("zh/mobile"))
        // A Chinese-first spec: the Chinese edition keeps the plain names, English is the other.
        let chinese = try self.spec(#", "locales": ["zh", "en"]"#)
        #expect(chinese.editions().map(\.suffix) == ["", ".en"])
        #expect(chinese.editions()[0].locale == .zh)
    }

    @Test func sizeNamesThatWouldReadAsSomethingElseAreRefused() throws {
        for name in ["dark", "Mobile", "png", "a.b", "zh"] {
            #expect(throws: (any Error).self, "\(name)") { try spec(#", "sizes": {"\#(name)": {"width": 360}}"#) }
        }
        #expect(throws: (any Error).self) { try spec(#", "sizes": {"mobile": {"width": 50}}"#) }
        #expect(throws: (any Error).self) { try spec(#", "sizes": {"mobile": {"height": 500}}"#) }
        #expect(throws: (any Error).self) { try spec(#", "themes": ["sepia"]"#) }
        #expect(throws: (any Error).self) { try spec(#", "locales": ["fr"]"#) }
        #expect(throws: (any Error).self) { try spec(#", "locales": []"#) }
    }
}
