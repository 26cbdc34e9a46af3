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
/// layout = "points"             # "points" (events on lanes, default) or "ranges" (one row per item, a bar from start to end)
/// ends = ["end", "extended"]    # ranges: successive end columns instead of `end`, one segment each
/// segments = ["Regular", "Extended"] # ranges: the legend names of those segments
/// sort = "start"                # ranges: row order by "start" (default), "end" or "data" (file order)
/// as_of = "2025-06"             # ranges: the date the chart is current to; open ranges run to it
/// [[eras]]                      # optional shaded date ranges with a label
/// start = "2017-10"
/// end = "2020-10"
/// label = "Pledge term"
/// ```
public struct TimelineOptions: Sendable {
    /// Which way time runs.
    public enum Orientation: String, SpecChoice { case horizontal, vertical }
    /// How events are drawn: on lanes (points and spans), or one row per item (ranges, a Gantt chart).
    public enum Layout: String, SpecChoice { case points, ranges }
    /// The order of a range layout's rows.
    public enum Sort: String, SpecChoice { case start, end, data }

    public var date: String?
    public var label: String?
    public var end: String?
    public var note: String?
    public var track: String?
    public var tracks: [String]
    public var orientation: Orientation
    public var highlight: [String]
    public var eras: [EraSpec]
    public var layout: Layout
    /// Successive end columns of a range layout (the first is `end` when only that is given).
    public var ends: [String]
    /// The legend names of a range layout's segments, one per end column.
    public var segments: [String]
    public var sort: Sort
    /// The date a range chart is current to: ranges that have not ended run to it.
    public var asOf: PartialDate?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case date, label, end, note, track, tracks, orientation, highlight, eras, layout, ends, segments, sort
        case asOf = "as_of"
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
        layout = try c.decodeChoice(Layout.self, forKey: .layout, decoder.collector) ?? .points
        ends = try c.optional([String].self, .ends, decoder.collector) ?? []
        segments = try c.optional([String].self, .segments, decoder.collector) ?? []
        sort = try c.decodeChoice(Sort.self, forKey: .sort, decoder.collector) ?? .start
        if let text = try c.optional(String.self, .asOf, decoder.collector) {
            do throws(PartialDateError) {
                asOf = try PartialDate(parsing: text)
            } catch {
                throw SpecProblem(keyPath: SpecProblem.keyPath(c.codingPath + [CodingKeys.asOf]), message: error.description)
            }
            if asOf!.isBound || asOf!.isApproximate {
                throw SpecProblem(keyPath: SpecProblem.keyPath(c.codingPath + [CodingKeys.asOf]),
                                  message: "`as_of` is the date the chart is current to, so it is exact", hint: "e.g. as_of = \"2025-06\"")
            }
        }
        try checkRangeKeys(c)
    }

    /// The range keys make sense together and only in the range layout.
    private mutating func checkRangeKeys(_ c: KeyedDecodingContainer<CodingKeys>) throws {
        func problem(_ key: CodingKeys, _ message: String, hint: String) -> SpecProblem {
            SpecProblem(keyPath: SpecProblem.keyPath(c.codingPath + [key]), message: message, hint: hint)
        }
        if layout == .points {
            for key in [CodingKeys.ends, .segments, .sort, .asOf] where c.contains(key) {
                throw problem(key, "`\(key.stringValue)` applies to the ranges layout", hint: "add layout = \"ranges\", or remove `\(key.stringValue)`")
            }
            return
        }
        if orientation == .vertical {
            throw problem(.orientation, "the ranges layout runs time left to right, one row per item",
                          hint: "remove orientation, or use layout = \"points\" for a vertical timeline")
        }
        if end != nil && !ends.isEmpty {
            throw problem(.ends, "give the end columns either as `end` or as `ends`, not both", hint: "list every end column in `ends`")
        }
        if let end { ends = [end] }
        if ends.isEmpty {
            throw problem(.layout, "the ranges layout needs an end column", hint: "add end = \"<column>\"; an end cell of `open` marks a range that has not ended")
        }
        if let repeated = ends.first(where: { name in ends.filter { $0 == name }.count > 1 }) {
            throw problem(.ends, "`\(repeated)` is listed twice", hint: "list each end column once, in time order")
        }
        if ends.count > 1 && segments.isEmpty {
            throw problem(.ends, "\(ends.count) end columns make \(ends.count) segments, which the legend must name",
                          hint: "add segments = [\(ends.map { "\"\($0)\"" }.joined(separator: ", "))] with the names readers should see")
        }
        if !segments.isEmpty && segments.count != ends.count {
            throw problem(.segments, "\(segments.count) segment name(s) for \(ends.count) end column(s)",
                          hint: "name each segment once, in the order of `ends`")
        }
        if !segments.isEmpty && track != nil {
            throw problem(.segments, "colour shows either the segments or the tracks, not both",
                          hint: "remove `track`, or chart the segments with one end column")
        }
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
