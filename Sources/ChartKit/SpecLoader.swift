import ChartCore
import Dataset
import Foundation
import TOMLKit

/// Reads a TOML spec (`charts/NAME.toml`) into a `ChartSpec` with TOMLKit, turning every
/// failure into a diagnostic that points at the file, line and key.
public enum SpecLoader {
    /// The decoded spec of the file at `url` and where it came from (`display` names it in messages).
    public static func load(url: URL, display: String) throws(DiagnosticList) -> (ChartSpec, SpecContext) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DiagnosticList([Diagnostic(file: display, message: "cannot read the spec file")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticList([Diagnostic(file: display, message: "the spec is not valid UTF-8", hint: "save it as UTF-8")])
        }
        return try load(text: text, display: display)
    }

    /// The decoded spec of TOML `text` and where it came from (`display` names it in messages).
    public static func load(text: String, display: String) throws(DiagnosticList) -> (ChartSpec, SpecContext) {
        let context = SpecContext(file: display, locator: SpecLocator(text: text))
        do {
            return (try decode(text), context)
        } catch let error as TOMLParseError {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
            let line = error.source.begin.line
            let lineText = (1...lines.count).contains(line) ? String(lines[line - 1]) : ""
            let (message, hint) = TOMLSyntax.explain(error.description, line: lineText, column: error.source.begin.column)
            var diagnostic = Diagnostic(file: display, line: line, message: message, hint: hint)
            diagnostic.column = error.source.begin.column
            throw DiagnosticList([diagnostic])
        } catch let problem as SpecProblem {
            throw DiagnosticList([fitted(context.diagnostic(problem), text: text)])
        } catch let list as SpecProblemList {
            throw DiagnosticList(list.problems.map { fitted(context.diagnostic($0), text: text) })
        } catch let error as DecodingError {
            throw DiagnosticList([fitted(diagnostic(error, context: context), text: text)])
        } catch {
            throw DiagnosticList([Diagnostic(file: display, message: "cannot read the spec: \(error)")])
        }
    }

    /// What a spec that does not decode still says about its data, read from the TOML as it is:
    /// its `data` file, and the columns it reads as numbers (`value`, each `[[series]]`'s
    /// `column`) by key path, and the unit they count. `nil` when the text is not TOML or names no
    /// data file.
    public static func dataReferences(text: String) -> (data: String, numberColumns: [(key: String, column: String)], valuesIn: NumberFormatSpec.ValuesIn)? {
        guard let table = try? TOMLTable(string: text), let data = table["data"]?.string else { return nil }
        let valuesIn = table["format"]?.table?["values_in"]?.string.flatMap(NumberFormatSpec.ValuesIn.init(rawValue:)) ?? .ones
        var columns: [(String, String)] = table["value"]?.string.map { [("value", $0)] } ?? []
        for (index, series) in (table["series"]?.array ?? []).enumerated() {
            if let column = series.table?["column"]?.string { columns.append(("series[\(index + 1)].column", column)) }
        }
        return (data, columns, valuesIn)
    }

    /// The spec of TOML `text` in its own locale, with its translations into the others.
    static func decode(_ text: String) throws -> ChartSpec {
        func decoded(_ table: TOMLTable) throws -> ChartSpec {
            // Collect every wrong value of the spec, not only the first.
            var decoder = TOMLDecoder()
            decoder.userInfo[.specProblems] = SpecProblemCollector()
            return try decoder.decode(ChartSpec.self, from: table)
        }
        let table = try TOMLTable(string: text)
        let written = table["locales"]?.array?.map { $0.string ?? "" } ?? [ChartLocale.en.rawValue]
        let named = written.compactMap(ChartLocale.init(rawValue:))
        // With a locale it does not know, the decoder says so; the translations wait for it.
        let problems = named.count == written.count ? SpecTranslations.problems(table, locales: named) : []
        if !problems.isEmpty { throw SpecProblemList(problems: problems) }
        SpecTranslations.localize(table, to: named.first ?? .en)
        var spec = try decoded(table)
        for locale in spec.locales.dropFirst() {
            let localized = try TOMLTable(string: text)
            spec.untranslatedKeys[locale] = SpecTranslations.localize(localized, to: locale)
            var translated: ChartSpec
            do {
                translated = try decoded(localized)
            } catch let problem as SpecProblem {
                throw atTranslation(problem, locale: locale, text: text)
            } catch let list as SpecProblemList {
                throw SpecProblemList(problems: list.problems.map { atTranslation($0, locale: locale, text: text) })
            }
            translated.locale = locale
            spec.translations[locale] = translated
        }
        return spec
    }

    /// A problem found in `locale`'s spec, at the key that holds its text: `title_zh` for a blank
    /// Chinese title (the problem is at `title` in the translated table, whose `title` it replaced).
    static func atTranslation(_ problem: SpecProblem, locale: ChartLocale, text: String) -> SpecProblem {
        let translatedKey = problem.keyPath + Translation.suffix(locale)
        guard SpecLocator(text: text).line(of: translatedKey) != nil else { return problem }
        var located = problem
        located.keyPath = translatedKey
        return located
    }

    /// The diagnostic with a hint that fits the value written on its line, for a value of the
    /// wrong type.
    static func fitted(_ diagnostic: Diagnostic, text: String) -> Diagnostic {
        guard let line = diagnostic.line, diagnostic.message.hasPrefix("expected ") else { return diagnostic }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard (1...lines.count).contains(line) else { return diagnostic }
        var fitted = diagnostic
        fitted.hint = TOMLSyntax.hint(expected: diagnostic.message, written: TOMLSyntax.valueText(String(lines[line - 1]), from: 1))
            ?? diagnostic.hint
        return fitted
    }

    static func diagnostic(_ error: DecodingError, context: SpecContext) -> Diagnostic {
        switch error {
        case .typeMismatch(let type, let detail), .valueNotFound(let type, let detail):
            let path = SpecProblem.keyPath(detail.codingPath)
            return context.problem(path, "expected \(SpecTypes.name(type))", hint: SpecTypes.example(type))
        case .keyNotFound(let key, let detail):
            return context.problem(SpecProblem.keyPath(detail.codingPath + [key]), "missing required key")
        case .dataCorrupted(let detail):
            return context.problem(SpecProblem.keyPath(detail.codingPath), detail.debugDescription)
        @unknown default:
            return Diagnostic(file: context.file, message: "\(error)")
        }
    }
}
