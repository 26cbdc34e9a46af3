import Foundation

/// A 64-bit FNV-1a hash of everything added to it, written as 16 hex digits.
///
/// Used to tell whether a chart's inputs or outputs changed; not a security measure.
struct Fingerprint {
    private(set) var value: UInt64 = 0xCBF2_9CE4_8422_2325

    /// Adds bytes.
    mutating func add(_ data: Data) {
        var hash = value
        data.withUnsafeBytes { bytes in
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= 0x0000_0100_0000_01B3
            }
        }
        value = hash
    }

    /// Adds a string and a separator, so that `"ab" + "c"` differs from `"a" + "bc"`.
    mutating func add(_ text: String) {
        add(Data(text.utf8))
        add(Data([0]))
    }

    /// The hash as 16 lowercase hex digits.
    var hex: String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// The fingerprint of some bytes.
    static func of(_ data: Data) -> String {
        var fingerprint = Fingerprint()
        fingerprint.add(data)
        return fingerprint.hex
    }
}
