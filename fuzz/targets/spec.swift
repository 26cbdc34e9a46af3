import ChartCore
import Foundation

/// Fuzz target: JSON documents through the spec decoder (the same Decodable code TOML specs
/// go through; TOML parsing itself is TOMLKit's), and the schema's key lookups.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    _ = try? JSONDecoder().decode(ChartSpec.self, from: data)
    let locator = SpecLocator(text: String(decoding: data, as: UTF8.self))
    _ = locator.line(of: "annotations[2].from")
    _ = locator.line(of: "format.prefix")
    return 0
}
