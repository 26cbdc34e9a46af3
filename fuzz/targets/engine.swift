import ChartCairo
import ChartCore
import Dataset
import Foundation

/// Fuzz target: the whole engine, from a spec and its data to SVG and PNG bytes.
///
/// The input bytes drive a generator (``Draw``) that writes a spec as JSON — every key the
/// published schema knows, for the kind it picks, with valid values mostly and wrong ones (a
/// wrong type, out of range, an unknown choice) sometimes — and a CSV whose columns the spec
/// names, with cells of every kind: numbers near the limits, every date precision, `~` and
/// `by`, text in Latin and Chinese, blanks. The spec goes through the same Decodable code TOML
/// specs go through (TOML parsing itself, and `KEY_zh` translations, are TOMLKit's and
/// ChartKit's, outside this target). Each edition is validated, laid out with Pango, audited,
/// its words checked against the data, and written as SVG and PNG (at most about 2 megapixels).
/// A diagnostic is a pass; a trap, a sanitizer report or a time-out (`-timeout`) is a finding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    var draw = Draw(Array(UnsafeRawBufferPointer(start: start, count: count)))
    let table = DataTable.make(&draw)
    let json = SpecMaker(table: table).spec(&draw)
    guard let specData = try? JSONSerialization.data(withJSONObject: json, options: [.sortedKeys]) else { return 0 }
    let spec: ChartSpec, dataset: Dataset
    do {
        spec = try JSONDecoder().decode(ChartSpec.self, from: specData)
        dataset = try CSVLoader.parse(data: Data(table.csv.utf8), displayName: "data/fuzz.csv")
    } catch {
        return Engine.reached("not decoded", error)
    }
    let context = SpecContext(file: "charts/fuzz.toml", locator: SpecLocator(text: String(decoding: specData, as: UTF8.self)))
    _ = ClaimCheck.warnings(spec: spec, dataset: dataset, context: context)
    var stage = "refused"
    var refusal: (any Error)?
    for edition in spec.editions().prefix(3) {
        let result: ChartEngine.Result
        do {
            result = try ChartEngine.layout(spec: edition.apply(to: spec), dataset: dataset, context: context, measurer: Engine.measurer)
        } catch {
            refusal = error
            continue
        }
        let scene = result.layout.scene
        _ = try? Engine.renderer.render(scene, format: .svg, scale: 1)
        let scale = min(1, (2e6 / max(1, scene.width * scene.height)).squareRoot())
        _ = try? Engine.renderer.render(scene, format: .png, scale: max(0.05, scale))
        stage = "drawn \(spec.kind.rawValue)"
    }
    return Engine.reached(stage, stage == "refused" ? refusal : nil)
}

/// One Pango engine for every input (creating one per input would dominate the run).
enum Engine {
    nonisolated(unsafe) static let text = TextEngine()
    nonisolated(unsafe) static let measurer = PangoTextMeasurer(engine: text)
    nonisolated(unsafe) static let renderer = CairoRenderer(engine: text)
    /// With FUZZ_STATS=1, how far each input got (`not decoded`, `refused`, `drawn bar`), one
    /// line each on standard error, to see that the generator reaches the layouts.
    static let stats = ProcessInfo.processInfo.environment["FUZZ_STATS"] == "1"

    static func reached(_ stage: String, _ error: (any Error)? = nil) -> CInt {
        guard stats else { return 0 }
        let reason = error.map { error in
            (error as? DiagnosticList)?.diagnostics.first.map { "\($0.field ?? "-"): \($0.message)" } ?? "\(error)"
        }
        FileHandle.standardError.write(Data("stage: \(stage)\(reason.map { " — " + $0.prefix(90) } ?? "")\n".utf8))
        return 0
    }
}

/// Choices taken from the fuzzer's bytes, in order, then from a generator seeded with them once
/// they run out (SplitMix64), so that an input always builds the same spec and data, and a short
/// one still a varied one.
struct Draw {
    private let bytes: [UInt8]
    private var index = 0
    private var state: UInt64

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        state = bytes.reduce(0xcbf2_9ce4_8422_2325) { ($0 ^ UInt64($1)) &* 0x0000_0100_0000_01b3 }
    }

    mutating func byte() -> Int {
        defer { index += 1 }
        if index < bytes.count { return Int(bytes[index]) }
        state &+= 0x9e37_79b9_7f4a_7c15
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xbf58_476d_1ce4_e5b9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94d0_49bb_1331_11eb
        return Int((mixed ^ (mixed >> 31)) & 0xff)
    }

    /// A number in `0..<n` (two bytes for large `n`).
    mutating func below(_ n: Int) -> Int {
        guard n > 1 else { return 0 }
        return (n <= 256 ? byte() : byte() << 8 | byte()) % n
    }

    mutating func chance(_ percent: Int) -> Bool { below(100) < percent }

    mutating func pick<T>(_ options: [T]) -> T { options[below(options.count)] }
}

/// The generated data: the columns, their kinds, and the CSV text.
struct DataTable {
    enum Kind { case text, number, date, group }

    static let columns: [(name: String, kind: Kind)] = [
        ("label", .text), ("value", .number), ("v2", .number), ("v3", .number), ("date", .date), ("end", .date),
        ("end2", .date), ("track", .group), ("note", .text), ("source", .text), ("label_zh", .text),
    ]

    var names: [String]
    var rows: [[String]]
    var csv: String

    /// The cells of column `name`, for spec values that name data values (highlights, tracks).
    func cells(of name: String) -> [String] {
        guard let column = names.firstIndex(of: name) else { return [] }
        return rows.compactMap { $0.indices.contains(column) ? $0[column] : nil }
    }

    static func make(_ draw: inout Draw) -> DataTable {
        var names = columns.filter { _ in draw.chance(85) }.map(\.name)
        if names.isEmpty { names = ["label", "value"] }
        let count = draw.chance(5) ? draw.below(400) : 1 + draw.below(40)
        var rows: [[String]] = []
        for row in 0..<count {
            rows.append(names.map { name in
                let kind = columns.first { $0.name == name }!.kind
                return cell(kind, row: row, &draw)
            })
        }
        func quoted(_ cell: String) -> String { "\"" + cell.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }
        var lines = [names.joined(separator: ",")] + rows.map { $0.map(quoted).joined(separator: ",") }
        if draw.chance(1), !lines.isEmpty { lines[draw.below(lines.count)] += ",\"extra\"" }
        return DataTable(names: names, rows: rows, csv: lines.joined(separator: "\n") + "\n")
    }

    static func cell(_ kind: Kind, row: Int, _ draw: inout Draw) -> String {
        if draw.chance(1) { return "" }
        switch kind {
        case .number: return number(&draw)
        case .date: return date(row: row, &draw)
        case .group: return draw.pick(["chips", "AI", "quantum", "量子", "corporate", "a", "b", "c", "d", "e", "f", "g", "h"])
        case .text: return text(row: row, &draw)
        }
    }

    static func number(_ draw: inout Draw) -> String {
        // Mostly valid: one bad cell refuses the whole chart, and the layouts are the target.
        switch draw.below(40) {
        case 0: return draw.pick(["0", "-0", "1e15", "-1e15", "1e-6", "1e16", "1e-7", "1e300", "-1e308", "5e-324"])
        case 1: return draw.pick(["N/A", "1,234", "12,5", "inf", "NaN", "0x10", "-", "  7  "])
        case 2...5: return draw.pick(["0", "1e15", "999999999999999", "0.000001", "-0.5", "1e-6"])
        case 2: return String(-draw.below(50_000))
        case 3: return String(format: "%.3f", Double(draw.below(100_000)) / 7)
        default: return String(draw.below(1000) * (draw.chance(20) ? 1_000_000 : 1))
        }
    }

    static func date(row: Int, _ draw: inout Draw) -> String {
        let year = draw.chance(5) ? draw.pick([1, 2, 1000, 9998, 9999]) : 1990 + draw.below(40)
        let month = 1 + draw.below(12), day = 1 + draw.below(28)
        let body: String
        switch draw.below(4) {
        case 0: body = String(format: "%04d", year)
        case 1: body = String(format: "%04d-%02d", year, month)
        default: body = String(format: "%04d-%02d-%02d", year, month, day)
        }
        switch draw.below(40) {
        case 0...3: return "~" + body
        case 4...7: return "by " + body
        case 8: return draw.pick(["open", "2023-13", "2023-02-30", "soon", "by ~2023", "0000"])
        case 9...11: return draw.pick(["early", "mid", "late"]) + " " + String(format: "%04d", year)
        case 12...15: return "2020-01-01"
        default: return body
        }
    }

    static func text(row: Int, _ draw: inout Draw) -> String {
        switch draw.below(8) {
        case 0: return "通义千问 \(row)"
        case 1: return String(repeating: draw.pick(["word ", "长", "W"]), count: draw.below(60))
        case 2: return draw.pick(["Qwen2", "Hanguang 800 (含光 800)", "A", "A", "mid-2016", "1952–2007", "RMB 100 billion"])
        case 3: return "Row \(draw.below(8))"
        default: return "Item \(row)"
        }
    }
}

/// A spec for the generated data, from the published schema's keys.
struct SpecMaker {
    let table: DataTable

    /// The keys whose values name a data column.
    static let columnKeys: Set<String> = ["category", "value", "detail", "gaps", "series_from", "color_by", "source_column",
                                          "date", "end", "label", "note", "track", "column"]
    /// The kind of column each key reads, for picking a fitting one mostly.
    static let columnKinds: [String: [DataTable.Kind]] = [
        "value": [.number], "column": [.number], "gaps": [.date], "date": [.date], "end": [.date],
        "category": [.text, .group], "label": [.text], "note": [.text], "track": [.group], "series_from": [.group],
        "color_by": [.group], "detail": [.date, .text], "source_column": [.text],
    ]
    /// The keys a chart of each kind needs, given nearly always.
    static let needed: Set<String> = ["kind", "data", "title", "category", "value", "date", "label"]
    /// The keys whose values name data values.
    static let valueKeys: Set<String> = ["highlight", "tracks", "from", "to", "equals", "one_of"]

    /// The schema's branch for each kind: its properties.
    static let branches: [[String: Any]] = {
        let schema = (try? JSONSerialization.jsonObject(with: Data(SpecSchema.json().utf8))) as? [String: Any]
        return (schema?["oneOf"] as? [[String: Any]] ?? []).compactMap { $0["properties"] as? [String: Any] }
    }()

    func spec(_ draw: inout Draw) -> [String: Any] {
        guard !Self.branches.isEmpty else { return [:] }
        let properties = draw.pick(Self.branches)
        var spec: [String: Any] = [:]
        for key in properties.keys.sorted() where !key.hasSuffix("_zh") && !key.hasSuffix("_en") {
            let wanted = Self.needed.contains(key) ? 95 : Self.columnKeys.contains(key) ? 25 : 15
            guard draw.chance(wanted), let property = properties[key] as? [String: Any] else { continue }
            spec[key] = value(for: key, property, depth: 0, &draw)
        }
        if draw.chance(1) { spec[draw.pick(["titel", "valeu", "sizes_x"])] = "unknown" }
        return spec
    }

    func value(for key: String, _ property: [String: Any], depth: Int, _ draw: inout Draw) -> Any {
        // A value of the wrong type, now and then.
        if draw.chance(1) { return draw.pick([42, "x", true, [1, 2], ["k": 1]] as [Any]) }
        if let choices = property["enum"] as? [Any], !choices.isEmpty {
            return draw.chance(98) ? draw.pick(choices) : "nonesuch"
        }
        if let constant = property["const"] { return constant }
        switch property["type"] as? String {
        case "integer":
            let minimum = property["minimum"] as? Int ?? 0, maximum = property["maximum"] as? Int ?? 2000
            if draw.chance(10) { return draw.pick([-1, 0, 99, 10_001, Int(Int32.max)]) }
            return minimum + draw.below(max(1, min(maximum, minimum + 2000) - minimum + 1))
        case "number": return draw.pick([1, 0.5, 10, 1e9, 0.001, -1, 0, 1e-308, 1e-6, 1e15, 1e300] as [Double])
        case "boolean": return draw.chance(50)
        case "array": return array(for: key, property, depth: depth, &draw)
        case "object": return object(for: key, property, depth: depth, &draw)
        default: return string(for: key, &draw)
        }
    }

    func string(for key: String, _ draw: inout Draw) -> String {
        if key == "data" { return draw.chance(97) ? "fuzz.csv" : draw.pick(["../x.csv", "/etc/passwd", ""]) }
        if Self.columnKeys.contains(key) {
            let kinds = Self.columnKinds[key] ?? []
            let fitting = table.names.filter { name in kinds.contains { $0 == DataTable.columns.first { $0.name == name }?.kind } }
            if !fitting.isEmpty && draw.chance(90) { return draw.pick(fitting) }
            return draw.chance(97) ? draw.pick(table.names) : "nonesuch"
        }
        if Self.valueKeys.contains(key) {
            let cells = table.cells(of: "label") + table.cells(of: "track")
            return cells.isEmpty || draw.chance(10) ? "nonesuch" : draw.pick(cells)
        }
        if ["start", "as_of"].contains(key) || key.hasSuffix("end") { return DataTable.date(row: 0, &draw) }
        if ["from", "to"].contains(key) { return draw.chance(50) ? DataTable.date(row: 0, &draw) : DataTable.number(&draw) }
        if ["color"].contains(key) { return draw.pick(["#0072B2", "#FFFFFF", "red", "#12345"]) }
        if draw.chance(2) { return draw.pick(["  ", ""]) }
        return draw.pick(["T", "Hanguang 800: 78,563 images per second", "通义千问的公开发布", "Qwen2 and 3 others",
                          "More than RMB 380 billion, 3.8×", String(repeating: "long title ", count: 40), "mid-2016, the 48 largest"])
    }

    func array(for key: String, _ property: [String: Any], depth: Int, _ draw: inout Draw) -> [Any] {
        let items = property["items"] as? [String: Any] ?? ["type": "string"]
        let count = depth > 1 ? 0 : draw.below(draw.chance(5) ? 20 : 4)
        return (0..<count).map { _ in value(for: key, items, depth: depth + 1, &draw) }
    }

    func object(for key: String, _ property: [String: Any], depth: Int, _ draw: inout Draw) -> [String: Any] {
        guard depth < 3 else { return [:] }
        var result: [String: Any] = [:]
        if let properties = property["properties"] as? [String: Any] {
            // A filter takes one condition; other tables take any of their keys.
            let conditions = ["equals", "one_of", "not_empty", "from", "to"].filter { properties[$0] != nil }
            let condition = conditions.isEmpty || draw.chance(5) ? nil : draw.pick(conditions)
            for name in properties.keys.sorted() where !name.hasSuffix("_zh") && !name.hasSuffix("_en") {
                let wanted = ["column", "width", "type", "start", "end", "label", "from", "to", "category", "text"].contains(name) ? 90 : 50
                if let condition, conditions.contains(name), name != condition && !(condition == "from" && name == "to") { continue }
                guard draw.chance(wanted), let inner = properties[name] as? [String: Any] else { continue }
                result[name] = value(for: name, inner, depth: depth + 1, &draw)
            }
        } else if let inner = property["additionalProperties"] as? [String: Any] {
            // Named tables (`[sizes.NAME]`).
            for _ in 0..<draw.below(3) {
                let name = draw.chance(95) ? draw.pick(["mobile", "column", "wide", "x1"]) : draw.pick(["Bad Name", "dark"])
                result[name] = value(for: key, inner, depth: depth + 1, &draw)
            }
        }
        return result
    }
}
