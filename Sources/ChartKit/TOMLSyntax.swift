/// Turns the TOML parser's messages into words for people who edit specs by hand, and fits type
/// hints to the value actually written.
enum TOMLSyntax {
    /// The message and hint for a parse error `description` at `column` of `line` (the line's text).
    static func explain(_ description: String, line: String, column: Int) -> (message: String, hint: String?) {
        let saw = description.range(of: "saw '").map { String(description[$0.upperBound...].prefix { $0 != "'" }) }
        if description.contains("Error while parsing string: unescaped control characters")
            || description.contains("Error while parsing literal string: control characters") {
            let quote = description.contains("literal string") ? "'" : "\""
            return ("TOML syntax: a string is not closed before the end of the line",
                    "add the closing \(quote); text over several lines goes between \"\"\" and \"\"\"")
        }
        if description.contains("parsing string: encountered end-of-file") || description.contains("literal string: encountered end-of-file") {
            return ("TOML syntax: a string is not closed before the end of the file", "add the closing quote, or \"\"\" for a string of several lines")
        }
        if description.contains("parsing array: encountered end-of-file") || description.contains("parsing array") && saw == "\\n" {
            return ("TOML syntax: a list is not closed", "add the closing ], e.g. highlight = [\"a\", \"b\"]")
        }
        if let range = description.range(of: "cannot redefine existing ") {
            let rest = description[range.upperBound...]
            let key = rest.split(separator: "'").dropFirst().first.map(String.init) ?? "a key"
            return ("TOML syntax: `\(key)` is given twice", "keep one of them")
        }
        if description.contains("parsing table header") || description.contains("parsing array-of-tables header") {
            return ("TOML syntax: a section header is not closed", "write it as [format] or [[annotations]] on its own line")
        }
        if description.contains("could not determine value type") {
            let value = valueText(line, from: column)
            return ("TOML syntax: `\(value)` is not a value TOML knows", "quote text: key = \"\(value)\"; numbers, true and false go without quotes")
        }
        if description.contains("parsing decimal integer") || description.contains("parsing floating-point") {
            let value = valueText(line, from: column)
            return ("TOML syntax: `\(value)` is not a number", "write digits only, e.g. 800 or 1.5")
        }
        if description.contains("expected '=', saw") {
            return ("TOML syntax: expected `=` after the key", "write key = value, e.g. title = \"Qwen releases\"")
        }
        if description.contains("expected a comment or whitespace") && saw == "_" {
            return ("TOML syntax: `\(valueText(line, from: column))` is not a number", "an underscore may only sit between two digits, e.g. 10_000")
        }
        if description.contains("expected a comment or whitespace") {
            return ("TOML syntax: unexpected text after the value", "one key = value per line; a comment starts with #")
        }
        return ("TOML syntax: \(description)", nil)
    }

    /// The value written on `line` after its `=` (or from `column`), without a trailing comment.
    static func valueText(_ line: String, from column: Int) -> String {
        let afterEquals = line.firstIndex(of: "=").map { line[line.index(after: $0)...] } ?? line.dropFirst(max(0, column - 1))
        let value = afterEquals.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first ?? ""
        return value.trimmingCharacters(in: .whitespaces)
    }

    /// A hint for a value of the wrong type that fits what was written (`decimals = 1.5` is not
    /// "write digits without quotes"); `nil` to keep the general one.
    static func hint(expected message: String, written value: String) -> String? {
        let quoted = value.hasPrefix("\"") || value.hasPrefix("'")
        let bare = quoted ? String(value.dropFirst().dropLast()) : value
        switch message {
        case "expected a whole number":
            if quoted { return "write digits without quotes, e.g. \(Int(Double(bare) ?? 800))" }
            if let number = Double(bare), number != number.rounded() || bare.contains(".") {
                return "a whole number has no decimals, e.g. \(Int(number.rounded()))"
            }
        case "expected a number":
            if quoted { return "write the number without quotes, e.g. \(Double(bare).map { "\($0)" } ?? "1.5")" }
        case "expected true or false":
            if quoted { return "write \(bare == "false" ? "false" : "true") without quotes" }
        case "expected a string":
            if !quoted { return "quote it: \"\(bare)\"" }
        default: break
        }
        return nil
    }
}
