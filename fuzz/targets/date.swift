import Dataset

/// Fuzz target: any text through the date and number parsers, and what a parsed date reports.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let text = String(decoding: UnsafeRawBufferPointer(start: start, count: count), as: UTF8.self)
    if let date = try? PartialDate(parsing: text) {
        _ = (date.displayText, date.description, date.period, date.midpoint)
    }
    _ = NumberParser.parse(text)
    return 0
}
