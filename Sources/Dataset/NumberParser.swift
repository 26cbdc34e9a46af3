/// Strict parsing of numeric cells, with a precise reason for every rejected text.
///
/// Accepted: an optional sign, digits, an optional `.` fraction and an optional exponent
/// (`78563`, `-2.5`, `1e11`, `.5`). Rejected with a hint: thousands separators (`1,234`), decimal
/// commas (`12,5`), placeholders (`N/A`, `-`), `NaN`, infinities, values too large for a double
/// (`1e309`) and hexadecimal. `-0` reads as `0`.
public enum NumberParser {
    /// Parses `text` (surrounding spaces allowed) as a finite number.
    public static func parse(_ text: String) -> Result<Double, NumberError> {
        let trimmed = text.trimmingSpaces()
        if trimmed.isEmpty { return .failure(.empty) }
        let lower = trimmed.lowercased()
        if ["n/a", "na", "-", "—", "null", "none", "?", "tbd"].contains(lower) {
            return .failure(.placeholder(trimmed))
        }
        if ["nan", "+nan", "-nan"].contains(lower) { return .failure(.notFinite(trimmed)) }
        if lower.hasPrefix("0x") || lower.hasPrefix("-0x") || lower.hasPrefix("+0x") {
            return .failure(.hexadecimal(trimmed))
        }
        guard isDecimalLiteral(trimmed) else {
            if lower.contains("inf") { return .failure(.notFinite(trimmed)) }
            if trimmed.contains(",") {
                let parts = trimmed.split(separator: ",", omittingEmptySubsequences: false)
                let groupsOfThree = parts.dropFirst().allSatisfy { $0.count == 3 && $0.allSatisfy(\.isNumber) }
                if groupsOfThree && parts.count > 1 {
                    return .failure(.thousandsSeparator(trimmed, trimmed.replacingCommas(with: "")))
                }
                return .failure(.decimalComma(trimmed, trimmed.replacingCommas(with: ".")))
            }
            return .failure(.notANumber(trimmed))
        }
        guard let value = Double(trimmed) else { return .failure(.notANumber(trimmed)) }
        guard value.isFinite else { return .failure(.outOfRange(trimmed)) }
        return .success(value == 0 ? 0 : value)
    }

    /// `[+-]? (digits [. digits?] | . digits) ([eE] [+-]? digits)?`
    static func isDecimalLiteral(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") {
            bytes = bytes.dropFirst()
        }
        func digits() -> Int {
            var count = 0
            while let byte = bytes.first, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                bytes = bytes.dropFirst()
                count += 1
            }
            return count
        }
        var mantissaDigits = digits()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            mantissaDigits += digits()
        }
        guard mantissaDigits > 0 else { return false }
        if let byte = bytes.first, byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") {
                bytes = bytes.dropFirst()
            }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }
}

/// Why a cell is not a usable number.
public enum NumberError: Error, Equatable, Sendable {
    case empty
    case placeholder(String)
    case notFinite(String)
    case outOfRange(String)
    case hexadecimal(String)
    case thousandsSeparator(String, String)
    case decimalComma(String, String)
    case notANumber(String)
    /// A finite value beyond what a chart can write: the cell's text, the unit it counts
    /// (`billions`, or empty for ones) and whether it is too large (else too small).
    case undrawable(String, unit: String, tooLarge: Bool)

    /// What was found and what was expected.
    public var message: String {
        switch self {
        case .empty: return "expected a number, found an empty cell"
        case .placeholder(let text): return "expected a number, found the placeholder `\(text)`"
        case .notFinite(let text): return "expected a finite number, found `\(text)`"
        case .outOfRange(let text): return "`\(text)` is too large to represent (beyond ±1.8e308)"
        case .hexadecimal(let text): return "expected a decimal number, found hexadecimal `\(text)`"
        case .thousandsSeparator(let text, _): return "expected a number, found `\(text)` with a thousands separator"
        case .decimalComma(let text, _): return "expected a number, found `\(text)` with a decimal comma"
        case .notANumber(let text): return "expected a number, found `\(text)`"
        case .undrawable(let text, let unit, true):
            return "`\(text)`\(unit.isEmpty ? "" : " " + unit) is too large to draw (the largest magnitude is a quadrillion, 1e15)"
        case .undrawable(let text, let unit, false):
            return "`\(text)`\(unit.isEmpty ? "" : " " + unit) is too small to write (the smallest non-zero magnitude is a millionth, 0.000001)"
        }
    }

    /// How to fix it.
    public var hint: String {
        switch self {
        case .empty, .placeholder:
            return "fill in the value, or remove the row if the figure is unknown"
        case .notFinite: return "write the figure itself, e.g. 1e12"
        case .outOfRange: return "check the exponent for a typo"
        case .hexadecimal: return "write the value in decimal"
        case .thousandsSeparator(_, let fixed): return "write it without separators: \(fixed)"
        case .decimalComma(_, let fixed): return "use a point for decimals: \(fixed)"
        case .notANumber: return "write digits with an optional `.` and exponent, e.g. 78563 or 1e11"
        case .undrawable(_, let unit, true):
            return unit.isEmpty ? "check the figure's exponent for a typo" : "check the figure's exponent, and that the column counts \(unit)"
        case .undrawable(_, _, false):
            return "write 0, or count the column in a smaller unit (say so in `value_axis`)"
        }
    }
}

extension String {
    /// The string without leading and trailing spaces and tabs.
    public func trimmingSpaces() -> String {
        let scalars = unicodeScalars
        guard let start = scalars.firstIndex(where: { $0 != " " && $0 != "\t" }) else { return "" }
        let end = scalars.lastIndex(where: { $0 != " " && $0 != "\t" })!
        return String(scalars[start...end])
    }

    func replacingCommas(with replacement: String) -> String {
        split(separator: ",", omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
