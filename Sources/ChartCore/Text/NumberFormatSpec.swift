import Dataset
/// The `[format]` table of a spec: how values, ticks and value labels are written.
///
/// ```toml
/// [format]
/// prefix = "¥"      # default ""
/// suffix = "B"      # default ""
/// decimals = 1      # default: the fewest that show the value (at most 2)
/// thousands = ","   # default ","; "" for none
/// compact = true    # default false: 1e11 -> 100B, 128000 -> 128K (in Chinese 1,000 亿, 12.8 万)
/// values_in = "billions" # default "ones": what the data counts, so 100 (billions) is ¥100B or 1,000 亿
/// round_to = 1      # value labels: a multiple of this, in the data's unit (whole billions: ¥33B, 330 亿)
/// ```
///
/// `prefix` and `suffix` take translations (`suffix_zh = "元"`); compact units are the
/// edition's locale's.
public struct NumberFormatSpec: Decodable, Equatable, Sendable {
    /// What a column's values count.
    public enum ValuesIn: String, SpecChoice {
        case ones, thousands, millions, billions, trillions
        /// Ten thousands (万), as Chinese sources count.
        case wan = "万"
        /// Hundred millions (亿), as Chinese sources count.
        case yi = "亿"

        /// The value of one.
        public var multiplier: Double {
            switch self {
            case .ones: 1
            case .thousands: 1e3
            case .millions: 1e6
            case .billions: 1e9
            case .trillions: 1e12
            case .wan: 1e4
            case .yi: 1e8
            }
        }
    }

    public var prefix: String
    public var suffix: String
    public var decimals: Int?
    /// The decimals a spec may fix (the schema states the same range).
    public static let decimalsRange = 0...6
    public var thousands: String
    public var compact: Bool
    public var valuesIn: ValuesIn
    /// The step value labels round to, in the data's unit, when given.
    public var roundTo: Double?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case prefix, suffix, decimals, thousands, compact
        case valuesIn = "values_in"
        case roundTo = "round_to"
    }

    /// The default: plain numbers with `,` grouping.
    public init() {
        prefix = ""
        suffix = ""
        decimals = nil
        thousands = ","
        compact = false
        valuesIn = .ones
        roundTo = nil
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        prefix = try c.optional(String.self, .prefix, decoder.collector) ?? ""
        suffix = try c.optional(String.self, .suffix, decoder.collector) ?? ""
        decimals = try c.optional(Int.self, .decimals, decoder.collector)
        thousands = try c.optional(String.self, .thousands, decoder.collector) ?? ","
        compact = try c.optional(Bool.self, .compact, decoder.collector) ?? false
        valuesIn = try c.decodeChoice(ValuesIn.self, forKey: .valuesIn, decoder.collector) ?? .ones
        // A whole number (round_to = 1) or a decimal one (round_to = 0.5).
        if let whole = try? c.decodeIfPresent(Int.self, forKey: .roundTo) {
            roundTo = Double(whole)
        } else {
            roundTo = try c.optional(Double.self, .roundTo, decoder.collector)
        }
        if let roundTo, !(roundTo >= Limits.smallestMagnitude && roundTo <= Limits.largestMagnitude) {
            try SpecProblemCollector.report(SpecProblem(keyPath: SpecProblem.keyPath(c.codingPath + [CodingKeys.roundTo]),
                                                        message: "\(roundTo == roundTo.rounded() && abs(roundTo) < 1e15 ? String(Int(roundTo)) : String(roundTo)) is not a step to round to", hint: "give a step from 0.000001 to 1e15, e.g. round_to = 1"),
                                            to: decoder.collector)
            self.roundTo = nil
        }
        if let decimals, !Self.decimalsRange.contains(decimals) {
            try SpecProblemCollector.report(SpecProblem(keyPath: SpecProblem.keyPath(c.codingPath + [CodingKeys.decimals]),
                                                        message: "\(decimals) decimals is out of range", hint: "use \(Self.decimalsRange.lowerBound) to \(Self.decimalsRange.upperBound)"),
                                            to: decoder.collector)
            self.decimals = nil
        }
    }

    /// The formatter this table describes, with `locale`'s compact units.
    public func numberFormat(locale: ChartLocale) -> NumberFormat {
        var format = NumberFormat(prefix: prefix, suffix: suffix, decimals: decimals, thousands: thousands, compact: compact,
                                  units: locale.compactUnits, multiplier: valuesIn.multiplier)
        format.labelStep = roundTo
        return format
    }
}
