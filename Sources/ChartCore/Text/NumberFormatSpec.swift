/// The `[format]` table of a spec: how values, ticks and value labels are written.
///
/// ```toml
/// [format]
/// prefix = "¥"      # default ""
/// suffix = "B"      # default ""
/// decimals = 1      # default: the fewest that show the value (at most 2)
/// thousands = ","   # default ","; "" for none
/// compact = true    # default false: 1e11 -> 100B, 128000 -> 128K
/// ```
public struct NumberFormatSpec: Decodable, Equatable, Sendable {
    public var prefix: String
    public var suffix: String
    public var decimals: Int?
    /// The decimals a spec may fix (the schema states the same range).
    public static let decimalsRange = 0...6
    public var thousands: String
    public var compact: Bool

    enum CodingKeys: String, CodingKey, CaseIterable {
        case prefix, suffix, decimals, thousands, compact
    }

    /// The default: plain numbers with `,` grouping.
    public init() {
        prefix = ""
        suffix = ""
        decimals = nil
        thousands = ","
        compact = false
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        prefix = try c.optional(String.self, .prefix, decoder.collector) ?? ""
        suffix = try c.optional(String.self, .suffix, decoder.collector) ?? ""
        decimals = try c.optional(Int.self, .decimals, decoder.collector)
        thousands = try c.optional(String.self, .thousands, decoder.collector) ?? ","
        compact = try c.optional(Bool.self, .compact, decoder.collector) ?? false
        if let decimals, !Self.decimalsRange.contains(decimals) {
            try SpecProblemCollector.report(SpecProblem(keyPath: SpecProblem.keyPath(c.codingPath + [CodingKeys.decimals]),
                                                        message: "\(decimals) decimals is out of range", hint: "use \(Self.decimalsRange.lowerBound) to \(Self.decimalsRange.upperBound)"),
                                            to: decoder.collector)
            self.decimals = nil
        }
    }

    /// The formatter this table describes.
    public var numberFormat: NumberFormat {
        NumberFormat(prefix: prefix, suffix: suffix, decimals: decimals, thousands: thousands, compact: compact)
    }
}
