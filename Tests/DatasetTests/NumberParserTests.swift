import Testing
@testable import Dataset

@Suite struct NumberParserTests {
    @Test(arguments: [
        ("78563", 78_563.0), ("-2.5", -2.5), ("1e11", 1e11), (".5", 0.5), ("5.", 5), (" 100 ", 100),
        ("-0", 0), ("+3", 3), ("1E-3", 0.001),
    ])
    func acceptsDecimalNumbers(text: String, value: Double) throws {
        #expect(try NumberParser.parse(text).get() == value)
    }

    @Test func negativeZeroReadsAsZero() throws {
        let value = try NumberParser.parse("-0").get()
        #expect(value.sign == .plus)
    }

    @Test(arguments: [
        ("", NumberError.empty),
        ("N/A", .placeholder("N/A")),
        ("-", .placeholder("-")),
        ("NaN", .notFinite("NaN")),
        ("inf", .notFinite("inf")),
        ("-Infinity", .notFinite("-Infinity")),
        ("1e309", .outOfRange("1e309")),
        ("0x1F", .hexadecimal("0x1F")),
        ("1,234", .thousandsSeparator("1,234", "1234")),
        ("78,563", .thousandsSeparator("78,563", "78563")),
        ("12,5", .decimalComma("12,5", "12.5")),
        ("12 kg", .notANumber("12 kg")),
        ("1e", .notANumber("1e")),
    ])
    func rejectsWithAReason(text: String, error: NumberError) {
        #expect(throws: error) { try NumberParser.parse(text).get() }
    }

    @Test func hintsSayHowToFix() {
        #expect(NumberError.decimalComma("12,5", "12.5").hint == "use a point for decimals: 12.5")
        #expect(NumberError.thousandsSeparator("1,234", "1234").hint == "write it without separators: 1234")
    }
}

@Suite struct SuggestionTests {
    @Test func findsCloseNames() {
        #expect(Suggestion.closest(to: "dates", in: ["date", "release", "source"]) == "date")
        #expect(Suggestion.closest(to: "Sorce", in: ["date", "source"]) == "source")
        #expect(Suggestion.closest(to: "zzz", in: ["date", "source"]) == nil)
    }

    @Test func listsNamesWhenNothingIsClose() {
        #expect(Suggestion.hint(for: "zzz", in: ["a", "b"], noun: "columns") == "columns: `a`, `b`")
        #expect(Suggestion.hint(for: "valeu", in: ["value"], noun: "columns") == "did you mean `value`?")
    }
}
