import Foundation

/// Finishes a PDF that Cairo 1.16 wrote, adding what its API cannot say.
///
/// - Dates: Cairo writes `(19700101000000+00'00)`; the standard form is `(D:19700101000000Z)`,
///   written in the same number of bytes (padded with spaces).
/// - The document's language (`/Lang` in the catalog) and the figure's alt text (`/Alt` on the
///   `Figure` structure element the renderer tagged): inserted into the dictionaries, which
///   Cairo writes after every stream, and the cross-reference offsets of the objects after them
///   are recomputed. When the file does not have that shape, it is left as it is.
enum PDFFinish {
    static func finished(_ pdf: Data, alt: String, language: String) -> Data {
        var bytes = fixedDates([UInt8](pdf))
        guard let xref = lastIndex(of: Array("\nxref\n".utf8), in: bytes) else { return Data(bytes) }
        var insertions: [(at: Int, text: [UInt8])] = []
        if let figure = index(of: Array("/S /Figure\n".utf8), in: bytes, from: 0) {
            insertions.append((figure + 11, Array("   /Alt \(utf16(alt))\n".utf8)))
        }
        if let catalog = index(of: Array("/Type /Catalog\n".utf8), in: bytes, from: 0) {
            insertions.append((catalog + 15, Array("   /Lang \(utf16(language))\n".utf8)))
        }
        guard let first = insertions.map(\.at).min(), first < xref,
              index(of: Array("stream".utf8), in: Array(bytes[first..<xref]), from: 0) == nil else { return Data(bytes) }
        // Parse the table before changing anything: object number → offset.
        let table = String(decoding: bytes[(xref + 6)...], as: UTF8.self).split(separator: "\n")
        guard let header = table.first?.split(separator: " "), header.count == 2, let count = Int(header[1]) else { return Data(bytes) }
        for insertion in insertions.sorted(by: { $0.at > $1.at }) {
            bytes.insert(contentsOf: insertion.text, at: insertion.at)
        }
        let shift = insertions.reduce(0) { $0 + $1.text.count }
        let newXref = xref + shift
        var entries = String(decoding: bytes[(newXref + 6)...], as: UTF8.self)
        var rewritten: [String] = [String(table[0])]
        for number in 0..<count {
            let entry = String(table[number + 1])
            guard let offset = Int(entry.prefix(10)), entry.hasSuffix("n") || entry.hasSuffix("n "), offset >= first else {
                rewritten.append(entry)
                continue
            }
            guard let moved = index(of: Array("\n\(number) 0 obj\n".utf8), in: bytes, from: first - 1) else { return pdf }
            let digits = String(moved + 1)
            rewritten.append(String(repeating: "0", count: 10 - digits.count) + digits + entry.dropFirst(10))
        }
        // The table, then the trailer with the new startxref.
        let rest = entries.split(separator: "\n", omittingEmptySubsequences: false).dropFirst(count + 1)
        entries = (rewritten + rest.map(String.init)).joined(separator: "\n")
        if let start = entries.range(of: "startxref\n"), let end = entries[start.upperBound...].firstIndex(of: "\n") {
            entries.replaceSubrange(start.upperBound..<end, with: String(newXref + 1))
        }
        bytes.replaceSubrange((newXref + 6)..., with: Array(entries.utf8))
        return Data(bytes)
    }

    /// A PDF text string as UTF-16BE hex, with its byte order mark.
    static func utf16(_ text: String) -> String {
        "<FEFF" + text.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }

    private static func fixedDates(_ input: [UInt8]) -> [UInt8] {
        var bytes = input
        for key in ["/CreationDate (", "/ModDate ("] {
            let pattern = Array(key.utf8)
            var start = 0
            while let found = index(of: pattern, in: bytes, from: start) {
                let open = found + pattern.count - 1
                guard let close = bytes[open...].firstIndex(of: UInt8(ascii: ")")) else { break }
                let value = String(decoding: bytes[(open + 1)..<close], as: UTF8.self)
                // Only the form Cairo 1.16 writes: 14 digits, then +00'00 (UTC).
                if value.count == 20, value.hasSuffix("+00'00"), value.prefix(14).allSatisfy(\.isNumber) {
                    let replacement = Array("(D:\(value.prefix(14))Z)".utf8)
                    let old = close - open + 1
                    bytes.replaceSubrange(open...close, with: replacement + Array(repeating: UInt8(ascii: " "), count: old - replacement.count))
                }
                start = close
            }
        }
        return bytes
    }

    private static func index(of pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard !pattern.isEmpty, pattern.count <= bytes.count, start >= 0 else { return nil }
        var position = start
        while position <= bytes.count - pattern.count {
            if bytes[position] == pattern[0] && bytes[position..<(position + pattern.count)].elementsEqual(pattern) { return position }
            position += 1
        }
        return nil
    }

    private static func lastIndex(of pattern: [UInt8], in bytes: [UInt8]) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        var position = bytes.count - pattern.count
        while position >= 0 {
            if bytes[position] == pattern[0] && bytes[position..<(position + pattern.count)].elementsEqual(pattern) { return position }
            position -= 1
        }
        return nil
    }
}
