import Dataset
import Foundation

/// Fuzz target: CSV bytes through the loader and every typed column reader.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    if let dataset = try? CSVLoader.parse(data: data, displayName: "fuzz.csv") {
        for column in dataset.columns.indices {
            _ = try? dataset.numbers(column: column)
            _ = try? dataset.dates(column: column)
            _ = try? dataset.texts(column: column)
        }
        _ = dataset.sources
    }
    return 0
}
