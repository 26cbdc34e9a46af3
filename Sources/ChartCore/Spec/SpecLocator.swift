/// Finds the line of a key path in TOML source text, for diagnostics.
///
/// TOMLKit does not report where a value came from, so this scans the text: it follows
/// `[table]` and `[[array]]` headers (counting array tables) and finds `key =` lines. It
/// understands the shapes a hand-written spec uses; for anything else it falls back to the
/// nearest enclosing table header, or `nil`.
public struct SpecLocator: Sendable {
    private let lines: [Substring]

    /// Prepares to locate keys in `text`.
    public init(text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based line of `keyPath` (`title`, `format.prefix`, `annotations[2].from`), if found.
    public func line(of keyPath: String) -> Int? {
        let parts = Self.parse(keyPath)
        guard let last = parts.last else { return nil }
        let tableParts = Array(parts.dropLast())
        var currentTable: [(String, Int?)] = []
        var arrayCounts: [String: Int] = [:]
        var tableLine: Int?
        for (index, raw) in lines.enumerated() {
            let line = raw.drop { $0 == " " || $0 == "\t" }
            if line.hasPrefix("[[") {
                let name = Self.headerName(line.dropFirst(2))
                arrayCounts[name, default: 0] += 1
                currentTable = [(name, arrayCounts[name]!)]
                if Self.matches(currentTable, tableParts) { tableLine = index + 1 }
            } else if line.hasPrefix("[") {
                let name = Self.headerName(line.dropFirst())
                // The path names this table itself (`sizes.mobile`): its header line.
                if name == keyPath { return index + 1 }
                currentTable = name.split(separator: ".").map { (String($0), nil) }
                if Self.matches(currentTable, tableParts) { tableLine = index + 1 }
            } else if Self.matches(currentTable, tableParts), Self.keyName(line) == last.0 {
                return index + 1
            }
        }
        if last.1 != nil || tableParts.isEmpty {
            // The path names a table itself (`annotations[2]`): its header line.
            var count = 0
            for (index, raw) in lines.enumerated() {
                let line = raw.drop { $0 == " " || $0 == "\t" }
                if line.hasPrefix("[["), Self.headerName(line.dropFirst(2)) == last.0 {
                    count += 1
                    if count == last.1 { return index + 1 }
                } else if last.1 == nil, line.hasPrefix("["), Self.headerName(line.dropFirst()) == last.0 {
                    return index + 1
                }
            }
        }
        if tableLine == nil, let dot = keyPath.lastIndex(of: ".") {
            // An inline table (`format = { prefix = 5 }`): the line of the key that holds it.
            return line(of: String(keyPath[..<dot]))
        }
        return tableLine
    }

    /// The first line whose text contains `text`, if any.
    public func firstLine(containing text: String) -> Int? {
        lines.firstIndex { $0.contains(text) }.map { $0 + 1 }
    }

    static func parse(_ keyPath: String) -> [(String, Int?)] {
        keyPath.split(separator: ".").map { part in
            if let open = part.firstIndex(of: "["), let index = Int(part[part.index(after: open)...].dropLast()) {
                return (String(part[..<open]), index)
            }
            return (String(part), nil)
        }
    }

    static func matches(_ table: [(String, Int?)], _ wanted: [(String, Int?)]) -> Bool {
        table.count == wanted.count && zip(table, wanted).allSatisfy { $0.0 == $1.0 && ($1.1 == nil || $0.1 == $1.1) }
    }

    static func headerName(_ text: Substring) -> String {
        String(text.prefix { $0 != "]" }).filter { $0 != " " && $0 != "\"" }
    }

    static func keyName(_ line: Substring) -> String? {
        guard let equals = line.firstIndex(of: "="), !line.hasPrefix("#") else { return nil }
        let key = line[..<equals].trimmingCharacters(in: [" ", "\t", "\""])
        return key.isEmpty ? nil : key
    }
}

extension Substring {
    func trimmingCharacters(in set: Set<Character>) -> String {
        String(drop { set.contains($0) }.reversed().drop { set.contains($0) }.reversed())
    }
}
