import Foundation

/// Rewrites the dates Cairo 1.16 writes into a PDF's information dictionary in the form the PDF
/// standard gives them: `(19700101000000+00'00)` becomes `(D:19700101000000Z)` followed by spaces,
/// so that every byte offset in the file (the cross-reference table) stays as it was.
enum PDFDate {
    static func fixed(_ pdf: Data) -> Data {
        var bytes = [UInt8](pdf)
        for key in ["/CreationDate (", "/ModDate ("] {
            let pattern = Array(key.utf8)
            var start = 0
            while let found = find(pattern, in: bytes, from: start) {
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
        return Data(bytes)
    }

    private static func find(_ pattern: [UInt8], in bytes: [UInt8], from start: Int) -> Int? {
        guard pattern.count <= bytes.count else { return nil }
        var index = start
        while index <= bytes.count - pattern.count {
            if bytes[index] == pattern[0] && Array(bytes[index..<(index + pattern.count)]) == pattern { return index }
            index += 1
        }
        return nil
    }
}
