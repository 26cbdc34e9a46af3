import Dataset

/// The keys of a timeline spec (top level of `charts/NAME.toml`, beside ``ChartSpec``'s).
///
/// ```toml
/// date = "date"                 # required: the column of dates (2023, 2024-02, 2023-08-03, ~2023-12, by 2018)
/// label = "event"               # required: the column of event labels
/// end = "end"                   # optional: a column of end dates; rows with one are spans
/// note = "note"                 # optional: a column shown as a second, smaller line of the label
/// track = "track"               # optional: a column naming each event's track (lane)
/// tracks = ["chips", "AI"]      # optional: track order (default: order of first appearance)
/// orientation = "horizontal"    # "horizontal" (time left to right, default) or "vertical" (top to bottom)
/// highlight = ["Qwen launched"] # labels of events drawn in the accent colour, in bold
/// [[eras]]                      # optional shaded date ranges with a label
/// start = "2017-10"
/// end = "2020-10"
/// label = "Pledge term"
/// ```
public struct TimelineOptions: Sendable {
    /// Which way time runs.
    public enum Orientation: String, SpecChoice { case horizontal, vertical }

    public var date: String?
    public var label: String?
    public var end: String?
    public var note: String?
    public var track: String?
    public var tracks: [String]
    public var orientation: Orientation
    public var highlight: [String]
    public var eras: [EraSpec]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case date, label, end, note, track, tracks, orientation, highlight, eras
    }

    /// Decodes the timeline keys from the spec's top-level table (unknown keys are checked by ``ChartSpec``).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        date = try c.optional(String.self, .date, decoder.collector)
        label = try c.optional(String.self, .label, decoder.collector)
        end = try c.optional(String.self, .end, decoder.collector)
        note = try c.optional(String.self, .note, decoder.collector)
        track = try c.optional(String.self, .track, decoder.collector)
        tracks = try c.optional([String].self, .tracks, decoder.collector) ?? []
        orientation = try c.decodeChoice(Orientation.self, forKey: .orientation, decoder.collector) ?? .horizontal
        highlight = try c.optional([String].self, .highlight, decoder.collector) ?? []
        eras = try c.optional([EraSpec].self, .eras, decoder.collector) ?? []
    }
}

/// One `[[eras]]` table: a shaded date range with a label.
public struct EraSpec: Decodable, Sendable {
    public var start: PartialDate
    public var end: PartialDate
    public var label: String

    enum CodingKeys: String, CodingKey, CaseIterable { case start, end, label }

    public init(from decoder: any Decoder) throws {
        try decoder.rejectUnknownKeys(CodingKeys.self)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        func date(_ key: CodingKeys) throws -> PartialDate {
            let path = SpecProblem.keyPath(c.codingPath + [key])
            guard let text = try c.optional(String.self, key, decoder.collector) else {
                throw SpecProblem(keyPath: path, message: "missing required key", hint: "e.g. \(key.stringValue) = \"2017-10\"")
            }
            let parsed: PartialDate
            do throws(PartialDateError) {
                parsed = try PartialDate(parsing: text)
            } catch {
                throw SpecProblem(keyPath: path, message: error.description)
            }
            if parsed.isBound {
                throw SpecProblem(keyPath: path, message: "an era runs between known dates; `\(text)` is only a deadline",
                                  hint: "give the period the era covers, e.g. \(key.stringValue) = \"\(String(text.dropFirst(3)))\"")
            }
            return parsed
        }
        start = try date(.start)
        end = try date(.end)
        guard let label = try c.optional(String.self, .label, decoder.collector) else {
            throw SpecProblem(keyPath: SpecProblem.keyPath(c.codingPath + [CodingKeys.label]), message: "missing required key",
                              hint: "name the era, e.g. label = \"Pledge term\"")
        }
        self.label = label
        if end.endDay <= start.firstDay {
            throw SpecProblem(keyPath: SpecProblem.keyPath(c.codingPath + [CodingKeys.end]),
                              message: "the era ends (\(end)) before it starts (\(start))")
        }
    }
}
