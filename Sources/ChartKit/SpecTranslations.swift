import ChartCore
import TOMLKit

/// A spec's texts per locale: `title_zh = "…"` beside `title = "…"`, read into one TOML table
/// per locale before decoding, so every text key of every chart kind takes translations the
/// same way.
///
/// In the table of locale `zh`, each `KEY_zh` replaces `KEY`; every `KEY_xx` is then removed.
/// Only text keys take translations (``Translation/textKeys``), only in a locale the spec names.
enum SpecTranslations {
    /// The problems with translated keys in `table`: a translation of a key that is not text, or
    /// into a locale the spec does not name.
    static func problems(_ table: TOMLTable, locales: [ChartLocale]) -> [SpecProblem] {
        var problems: [SpecProblem] = []
        visit(table, path: "", display: "") { key, base, locale, pathKey, display in
            if !Translation.textKeys.contains(pathKey) {
                problems.append(SpecProblem(keyPath: display + key, message: "`\(base)` is not a text key, so it has no translations",
                                            hint: "only texts take a `_\(locale.rawValue)` version: \(Translation.textKeys.sorted().joined(separator: ", "))"))
            } else if !locales.contains(locale) {
                problems.append(SpecProblem(keyPath: display + key, message: "`\(locale.rawValue)` is not one of this spec's locales",
                                            hint: "add it: locales = [\((locales + [locale]).map { "\"\($0.rawValue)\"" }.joined(separator: ", "))]"))
            }
        }
        return problems
    }

    /// Turns `table` into the table of `locale`: its translations in place of the texts, every
    /// other locale's removed. Returns the text keys (as reader's key paths) it found no
    /// translation for.
    @discardableResult
    static func localize(_ table: TOMLTable, to locale: ChartLocale, path: String = "", display: String = "") -> [String] {
        var untranslated: [String] = []
        let keys = table.keys
        for key in keys {
            let pathKey = path.isEmpty ? key : path + "." + key
            if let (base, keyLocale) = split(key) {
                if keyLocale == locale, Translation.textKeys.contains((path.isEmpty ? "" : path + ".") + base), let value = table[key] {
                    table[base] = value
                }
                table.remove(at: key)
                continue
            }
            if let inner = table[key]?.table {
                untranslated += localize(inner, to: locale, path: pathKey, display: display + key + ".")
            } else if let array = table[key]?.array, array.contains(where: { $0.table != nil }) {
                for (index, element) in array.enumerated() {
                    guard let inner = element.table else { continue }
                    untranslated += localize(inner, to: locale, path: pathKey, display: display + "\(key)[\(index + 1)].")
                }
            } else if Translation.textKeys.contains(pathKey), !keys.contains(key + Translation.suffix(locale)), needsTranslation(pathKey, table[key]) {
                untranslated.append(display + key)
            }
        }
        return untranslated
    }

    /// Whether a text is in words: any text key but a number format's prefix or suffix, which
    /// needs a translation only when it holds a word (` IPS`, ` mo`), not a sign or a unit
    /// letter (`¥`, `%`, `K`).
    static func needsTranslation(_ pathKey: String, _ value: (any TOMLValueConvertible)?) -> Bool {
        guard pathKey.hasPrefix("format.") else { return true }
        var run = 0
        for character in value?.string ?? "" {
            run = character.isLetter ? run + 1 : 0
            if run >= 2 { return true }
        }
        return false
    }

    /// `title_zh` as (`title`, `.zh`); `nil` for a key without a locale's suffix.
    static func split(_ key: String) -> (String, ChartLocale)? {
        for locale in ChartLocale.allCases where key.hasSuffix(Translation.suffix(locale)) {
            let base = String(key.dropLast(Translation.suffix(locale).count))
            if !base.isEmpty { return (base, locale) }
        }
        return nil
    }

    /// Calls `found` with every translated key of `table` (and of its tables and arrays of
    /// tables): the key, its base, its locale, the base's path and the reader's path before it.
    private static func visit(_ table: TOMLTable, path: String, display: String,
                              _ found: (String, String, ChartLocale, String, String) -> Void) {
        for key in table.keys {
            let pathKey = path.isEmpty ? key : path + "." + key
            if let (base, locale) = split(key) {
                found(key, base, locale, path.isEmpty ? base : path + "." + base, display)
            } else if let inner = table[key]?.table {
                visit(inner, path: pathKey, display: display + key + ".", found)
            } else if let array = table[key]?.array {
                for (index, element) in array.enumerated() {
                    guard let inner = element.table else { continue }
                    visit(inner, path: pathKey, display: display + "\(key)[\(index + 1)].", found)
                }
            }
        }
    }
}
