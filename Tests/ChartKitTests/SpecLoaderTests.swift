import Dataset
import Foundation
import Testing
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
        #expect(spec.bar?.format.numberFormat.format(1e11) == "¥100B")
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
