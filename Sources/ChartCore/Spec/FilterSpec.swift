import Dataset

/// One `[[filter]]` table: which rows of the dataset a chart keeps, by the value of one column.
/// Several filters all apply.
///
/// ```toml
/// [[filter]]
/// column = "region"
/// equals = "China"            # or one_of = ["China", "India"], or not_empty = true
///
/// [[filter]]
/// column = "year"
/// from = "2015"               # a range, inclusive: dates when both ends are dates, else numbers
/// to = "2024"
/// ```
public struct FilterSpec: Decodable, Equatable, Sendable {
    public var column: String
    public var equals: String?
    public var oneOf: [String]?
    public var notEmpty: Bool?
    public var from: String?
    public var to: String?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case column, equals, from, to
        case oneOf = "one_of"
        case notEmpty = "not_empty"
    }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func path(_ key: CodingKeys) -> String { SpecProblem.keyPath(c.codingPath + [key]) }
        guard let column = try c.optional(String.self, .column, decoder.collector) else {
            throw SpecProblem(keyPath: path(.column), message: "missing required key", hint: "name the column to filter on, e.g. column = \"region\"")
        }
        self.column = column
        equals = try c.optional(String.self, .equals, decoder.collector)
        oneOf = try c.optional([String].self, .oneOf, decoder.collector)
        notEmpty = try c.optional(Bool.self, .notEmpty, decoder.collector)
        from = try c.optional(String.self, .from, decoder.collector)
        to = try c.optional(String.self, .to, decoder.collector)
        let conditions = [equals != nil, oneOf != nil, notEmpty == true, from != nil || to != nil].filter { $0 }.count
        if conditions != 1 {
            throw SpecProblem(keyPath: path(.column), message: conditions == 0 ? "a filter needs a condition" : "a filter takes one condition",
                              hint: "give one of equals, one_of, not_empty = true, or from and/or to")
        }
    }
}
