import Dataset
import Foundation
import Testing
import ChartCore
import ChartKit

@Suite struct SpecLoaderTests {
    func problems(_ toml: String) throws -> [String] {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("spec-\(UUID().uuidString).toml")
        try Data(toml.utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            _ = try SpecLoader.load(url: url, display: "charts/t.toml")
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    let valid = "kind = \"bar\"\ndata = \"x.csv\"\ntitle = \"T\"\n"

    @Test func decodesAValidSpecWithDefaults() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("spec-\(UUID().uuidString).toml")
        try Data((valid + "category = \"c\"\nvalue = \"v\"\n[format]\nprefix = \"¥\"\ncompact = true\n").utf8).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        let (spec, _) = try SpecLoader.load(url: url, display: "charts/t.toml")
        #expect(spec.width == 800 && spec.height == 500)
        #expect(spec.bar?.orientation == .auto && spec.bar?.scale == .linear && spec.bar?.layout == .grouped)
        #expect(spec.bar?.format.numberFormat(locale: .en).format(1e11) == "¥100B")
    }

    @Test func syntaxErrorsGiveTheirLine() throws {
        let found = try problems(valid + "width = \n")
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("charts/t.toml:4:9: TOML syntax:"))
    }

    @Test func duplicateKeysAreSyntaxErrors() throws {
        let found = try problems(valid + "title = \"Again\"\n")
        #expect(found.count == 1)
        #expect(found[0].hasPrefix("charts/t.toml:4:9: TOML syntax:"))
    }

    @Test func unknownKeysAndWrongTypesPointAtTheirLine() throws {
        #expect(try problems(valid + "\n[format]\nsufix = \"B\"\n") == ["charts/t.toml:6: `format.sufix`: unknown key (did you mean `suffix`?)"])
        #expect(try problems(valid + "width = \"800\"\n") == ["charts/t.toml:4: `width`: expected a whole number (write digits without quotes, e.g. 800)"])
        #expect(try problems(valid + "[[annotations]]\ntype = \"ratio\"\nfrom = \"a\"\n") == [
            "charts/t.toml:4: `annotations[1].to`: a ratio needs `from` and `to` (name the two categories to compare)",
        ])
        #expect(try problems("kind = \"bar\"\ntitle = \"T\"\n") == ["charts/t.toml: `data`: missing required key (add e.g. data = \"figures.csv\")"])
        #expect(try problems(valid + "orientation = \"sideways\"\n") == [
            "charts/t.toml:4: `orientation`: `sideways` is not a valid value (expected one of: `auto`, `vertical`, `horizontal`)",
        ])
    }
}

/// Texts per locale: `KEY_zh` beside `KEY`, for every text key of every table.
@Suite struct SpecTranslationTests {
    func load(_ toml: String) throws(DiagnosticList) -> ChartSpec {
        try SpecLoader.load(text: toml, display: "charts/t.toml").0
    }

    let timeline = """
    kind = "timeline"
    data = "t.csv"
    locales = ["en", "zh"]
    title = "DAMO Academy"
    title_zh = "达摩院"
    subtitle = "Milestones"
    date = "date"
    label = "event"

    [[eras]]
    start = "2017-10"
    end = "2020-10"
    label = "Pledge term"
    label_zh = "承诺期"

    [[eras]]
    start = "2021"
    end = "2022"
    label = "Later"

    """

    @Test func eachLocaleGetsItsTextsAndTheRestKeepTheSpecsOwn() throws {
        let spec = try load(timeline)
        #expect(spec.locales == [.en, .zh] && spec.locale == .en)
        #expect(spec.title == "DAMO Academy" && spec.timeline?.eras.map(\.label) == ["Pledge term", "Later"])
        let chinese = try #require(spec.translations[.zh])
        #expect(chinese.locale == .zh && chinese.title == "达摩院" && chinese.subtitle == "Milestones")
        #expect(chinese.timeline?.eras.map(\.label) == ["承诺期", "Later"])
        // What `charts check` lists as missing, by key path.
        #expect(Set(spec.untranslatedKeys[.zh] ?? []) == ["subtitle", "eras[2].label"])
    }

    @Test func aFormatsSignOrUnitLetterNeedsNoTranslationButAWordDoes() throws {
        let bar = "kind = \"bar\"\ndata = \"t.csv\"\nlocales = [\"en\", \"zh\"]\ntitle = \"T\"\ntitle_zh = \"标题\"\ncategory = \"c\"\nvalue = \"v\"\n"
        #expect(try load(bar + "[format]\nprefix = \"¥\"\nsuffix = \"B\"\n").untranslatedKeys[.zh] == [])
        #expect(try load(bar + "[format]\nsuffix = \" IPS\"\n").untranslatedKeys[.zh] == ["format.suffix"])
        let translated = try load(bar + "[format]\nsuffix = \" IPS\"\nsuffix_zh = \" 张/秒\"\n")
        #expect(translated.translations[.zh]?.bar?.format.suffix == " 张/秒" && translated.bar?.format.suffix == " IPS")
    }

    @Test func translationsOfKeysThatAreNotTextOrOfUnnamedLocalesAreRefused() throws {
        func messages(_ toml: String) -> [String] {
            do throws(DiagnosticList) {
                _ = try load(toml)
                return []
            } catch {
                return error.diagnostics.map(\.description)
            }
        }
        let width = messages(timeline + "width_zh = 600\n")
        #expect(width.count == 1 && width[0].contains("`width` is not a text key, so it has no translations"), "\(width)")
        let unnamed = messages(timeline.replacingOccurrences(of: "locales = [\"en\", \"zh\"]\n", with: ""))
        #expect(unnamed.count == 2 && unnamed.allSatisfy { $0.contains("`zh` is not one of this spec's locales") }, "\(unnamed)")
        #expect(unnamed.contains { $0.hasPrefix("charts/t.toml:4: `title_zh`") }, "located at the translated key: \(unnamed)")
        #expect(messages(timeline.replacingOccurrences(of: "[\"en\", \"zh\"]", with: "[\"en\", \"fr\"]")).contains { $0.contains("`fr` is not a supported locale") })
    }

    @Test func eachWrongEntryOfAListOfChoicesIsNamedAtItsPlace() throws {
        func messages(_ lists: String) -> [String] {
            do throws(DiagnosticList) {
                _ = try load("kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\ncategory = \"c\"\nvalue = \"v\"\n" + lists)
                return []
            } catch {
                return error.diagnostics.map(\.description)
            }
        }
        #expect(messages("themes = [\"light\", \"drak\", \"light\"]\n") == [
            "charts/t.toml:6: `themes[2]`: `drak` is not a theme (did you mean `dark`?)"])
        #expect(messages("locales = [\"en\", \"fr\", \"zh\"]\n") == [
            "charts/t.toml:6: `locales[2]`: `fr` is not a supported locale (expected one of: `en`, `zh`)"])
        #expect(messages("locales = []\n") == [
            "charts/t.toml:6: `locales`: no locale given (name the spec's own first, e.g. locales = [\"en\", \"zh\"])"])
        #expect(try load("kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\ncategory = \"c\"\nvalue = \"v\"\nthemes = [\"dark\", \"light\", \"dark\"]\n").themes
                == [.dark, .light])
    }
}
