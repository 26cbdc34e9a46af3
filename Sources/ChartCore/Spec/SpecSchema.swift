import Dataset
import Foundation

/// A JSON Schema (draft 2020-12) for chart specs, for TOML editors (`#:schema` comments).
///
/// Key names come from the spec types' own coding keys and the allowed values from their choice
/// types, so the schema lists exactly what the decoder accepts; every key needs a description
/// here (a test checks that none is missing or left over).
public enum SpecSchema {
    /// What one key holds: its JSON type, a description, and (for choices) the allowed values.
    struct Key {
        var type: String
        var description: String
        var values: [String]? = nil
        var items: [String: Any]? = nil
        var object: [String: Any]? = nil
        /// Further JSON Schema constraints (minimum, maximum, pattern).
        var limits: [String: Any] = [:]
    }

    static func choice<T: SpecChoice>(_ type: T.Type, _ description: String) -> Key {
        Key(type: "string", description: description, values: T.allCases.map(\.rawValue))
    }

    /// Descriptions of the top-level keys (common, bar and timeline).
    static var topLevel: [String: Key] {
        [
            "kind": choice(ChartSpec.Kind.self, "The chart kind."),
            "data": Key(type: "string", description: "A CSV file in data/ (a path inside it: not absolute, no `..`).",
                        limits: ["pattern": "^(?!/)(?!(.*/)?\\.\\.(/|$)).+$"]),
            "title": Key(type: "string", description: "The title, set top-left (not blank).", limits: ["pattern": "\\S"]),
            "subtitle": Key(type: "string", description: "A line under the title."),
            "notes": Key(type: "string", description: "Small print above the source line."),
            "source": Key(type: "string", description: "Replaces the source line built from the data's `source` column."),
            "source_extra": Key(type: "string", description: "Appended to the source line."),
            "svg_fonts": choice(ChartSpec.SVGFonts.self, "How the SVG carries fonts: embedded (subsets of the fonts the chart was laid out with, inside the file; the default), system (font names only: smallest, but drawn with the reader's fonts) or outlines (text as paths, for tools that ignore @font-face)."),
            "theme": choice(ThemeName.self, "The colours the chart is drawn in: light (default) or dark; `--theme` overrides it for a run."),
            "themes": Key(type: "array", description: "Further themes: each is an edition of every size (NAME.dark.png, NAME.mobile.dark.png).",
                          items: ["enum": ThemeName.allCases.map(\.rawValue)]),
            "sizes": Key(type: "object", description: "Named sizes, each an edition laid out anew (NAME.mobile.png): a table per name with `width` and an optional `height` (derived when absent: narrower is taller).",
                         object: ["additionalProperties": table(sizeKeys, required: ["width"]),
                                  "propertyNames": ["pattern": "^[a-z0-9-]+$",
                                                    "not": ["enum": ChartSpec.reservedSizeNames.sorted()]]]),
            "locales": Key(type: "array", description: "The languages the chart is written in, the spec's own first (default [\"en\"]); each further one is an edition (NAME.zh.png) whose texts come from KEY_zh keys and COLUMN_zh data columns.",
                           items: ["enum": ChartLocale.allCases.map(\.rawValue)], limits: ["minItems": 1, "uniqueItems": true]),
            "alt": Key(type: "string", description: "The description for readers who cannot see the chart (SVG <desc>, PNG and PDF metadata); generated from the chart when absent."),
            "width": Key(type: "integer", description: "Canvas width in 1× pixels (100–10000; default 800).", limits: sizeLimits),
            "height": Key(type: "integer", description: "Canvas height in 1× pixels (100–10000; default 500).", limits: sizeLimits),
            "category": Key(type: "string", description: "Bar charts: the column naming each bar."),
            "value": Key(type: "string", description: "Bar charts: the column of values (one series)."),
            "series": Key(type: "array", description: "Bar charts: one table per series.", items: table(translated(seriesKeys, path: "series"), required: ["column"])),
            "layout": choice(BarOptions.Layout.self, "Bar charts: how several series share a category (default grouped)."),
            "orientation": Key(type: "string", description: "Bar direction (auto, vertical, horizontal) or timeline direction (horizontal, vertical).",
                               values: Array(Set(BarOptions.Orientation.allCases.map(\.rawValue) + TimelineOptions.Orientation.allCases.map(\.rawValue))).sorted()),
            "scale": choice(BarOptions.Scale.self, "Bar charts: linear (from zero, default) or log (powers of ten)."),
            "sort": choice(BarOptions.Sort.self, "Bar charts: category order (default: file order)."),
            "series_from": Key(type: "string", description: "Bar charts, long tables: the column naming each row's series (one row per category and series); with `value`, each name becomes a series."),
            "color_by": Key(type: "string", description: "Bar charts with one series: \"sign\" (negative values in their own colour) or a column (a colour per distinct value), named in a legend."),
            "limit": Key(type: "integer", description: "Bar charts: only the first N bars after sorting (top N).",
                         limits: ["minimum": BarOptions.limitRange.lowerBound, "maximum": BarOptions.limitRange.upperBound]),
            "filter": Key(type: "array", description: "The rows the chart keeps: one table per condition on a column; all apply.",
                          items: filterTable),
            "source_column": Key(type: "string", description: "The column of each row's provenance (default: source), for data whose `source` column means something else."),
            "highlight": Key(type: "array", description: "Categories (bars) or event labels (timelines) to highlight.", items: ["type": "string"]),
            "detail": Key(type: "string", description: "Bar charts: a column shown as a second line under each category."),
            "value_axis": Key(type: "string", description: "Bar charts: the title of the value axis."),
            "value_labels": Key(type: "boolean", description: "Bar charts: label each bar with its value (default true)."),
            "more_than": Key(type: "boolean", description: "Bar charts: every value is a “more than” floor (more than RMB 100 billion): labels read > ¥100B, rounded down, and the alt text says “more than” (default false)."),
            "format": Key(type: "object", description: "Bar charts: how values and ticks are written.", object: table(translated(formatKeys, path: "format"))),
            "annotations": Key(type: "array", description: "Bar charts: ratio brackets and notes.", items: annotationTable),
            "gaps": Key(type: "string", description: "Bar charts: a date column; bars become the intervals between consecutive rows."),
            "gap_unit": choice(BarOptions.GapUnit.self, "Bar charts: the unit of `gaps` (default months)."),
            "time_axis": Key(type: "boolean", description: "Bar charts whose categories are dates (years, months or days, rising): place the bars on a true time scale, each centred on its period, with gaps where periods are missing, and a calendar axis under them (vertical bars; not with `detail` or `gaps`)."),
            "gap_range": Key(type: "boolean", description: "Bar charts with `gaps`: show each interval's date range under its bar (default true; `detail` replaces it)."),
            "date": Key(type: "string", description: "Timelines: the column of dates (2023, 2024-02, 2023-08-03, ~2023-12, by 2018)."),
            "label": Key(type: "string", description: "Timelines: the column of event labels."),
            "end": Key(type: "string", description: "Timelines: a column of end dates; rows with one are spans."),
            "note": Key(type: "string", description: "Timelines: a column shown after the date on the label's second line."),
            "track": Key(type: "string", description: "Timelines: the column naming each event's track (lane)."),
            "tracks": Key(type: "array", description: "Timelines: the order of the tracks.", items: ["type": "string"]),
            "eras": Key(type: "array", description: "Timelines: shaded date ranges.", items: table(translated(eraKeys, path: "eras"), required: ["start", "end", "label"])),
            "ends": Key(type: "array", description: "Timelines with layout = \"ranges\": successive end columns (instead of `end`), one segment each; an end cell of `open` marks a range that has not ended.",
                        items: ["type": "string"], limits: ["minItems": 1]),
            "as_of": Key(type: "string", description: "Timelines with layout = \"ranges\": the date the chart is current to; ranges that have not ended run to it (exact, not before any end).",
                          limits: ["pattern": "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"]),
            "segments": Key(type: "array", description: "Timelines with layout = \"ranges\": the legend names of the segments, one per end column.",
                            items: ["type": "string"], limits: ["minItems": 1]),
        ]
    }

    static var sizeKeys: [String: Key] {
        ["width": Key(type: "integer", description: "The edition's width in 1× pixels (100–10000).", limits: sizeLimits),
         "height": Key(type: "integer", description: "Its height (100–10000); derived from the spec's size when absent.", limits: sizeLimits)]
    }

    /// The canvas side's limits, from ``ChartSpec/sizeLimits``.
    static var sizeLimits: [String: Any] {
        ["minimum": ChartSpec.sizeLimits.lowerBound, "maximum": ChartSpec.sizeLimits.upperBound]
    }

    static var seriesKeys: [String: Key] {
        ["column": Key(type: "string", description: "The column of this series' values."),
         "label": Key(type: "string", description: "The legend label (default: the column name)."),
         "color": Key(type: "string", description: "A colour as #RRGGBB.", limits: ["pattern": Color.hexPattern])]
    }

    static var formatKeys: [String: Key] {
        ["prefix": Key(type: "string", description: "Text before the number, e.g. ¥."),
         "suffix": Key(type: "string", description: "Text after the number, e.g. B or \" IPS\"."),
         "decimals": Key(type: "integer", description: "Fixed decimals, 0–6 (default: the fewest that show the value).",
                         limits: ["minimum": NumberFormatSpec.decimalsRange.lowerBound, "maximum": NumberFormatSpec.decimalsRange.upperBound]),
         "thousands": Key(type: "string", description: "The thousands separator (default \",\")."),
         "compact": Key(type: "boolean", description: "Write compact units (default false): K, M, B and T in English; 万, 亿 and 万亿 in Chinese."),
         "values_in": choice(NumberFormatSpec.ValuesIn.self, "What the data's values count (default ones): 100 in billions is written ¥100B, or 1,000 亿 in Chinese."),
         "round_to": Key(type: "number", description: "Value labels: round each value to a multiple of this, in the data's own unit, before writing it (1 with values_in = \"billions\": whole billions, ¥33B and 330 亿 alike; floors round down).",
                         limits: ["minimum": Limits.smallestMagnitude, "maximum": Limits.largestMagnitude])]
    }

    static var annotationKeys: [String: Key] {
        ["type": choice(AnnotationSpec.Kind.self, "A ratio bracket between two bars, or a note on one."),
         "from": Key(type: "string", description: "Ratio: the base bar's category."),
         "to": Key(type: "string", description: "Ratio: the compared bar's category."),
         "category": Key(type: "string", description: "Note: the bar it is about."),
         "text": Key(type: "string", description: "The note, or a label replacing the computed ratio.")]
    }

    /// A filter: a column and exactly one condition.
    static var filterTable: [String: Any] {
        var schema = table([
            "column": Key(type: "string", description: "The column whose value decides."),
            "equals": Key(type: "string", description: "Keep rows whose cell is this text."),
            "one_of": Key(type: "array", description: "Keep rows whose cell is one of these texts.", items: ["type": "string"]),
            "not_empty": Key(type: "boolean", description: "Keep rows whose cell is not blank (true).", limits: ["const": true]),
            "from": Key(type: "string", description: "Keep rows from this date or number on (inclusive)."),
            "to": Key(type: "string", description: "Keep rows up to this date or number (inclusive)."),
        ], required: ["column"])
        schema["oneOf"] = [["required": ["equals"]], ["required": ["one_of"]], ["required": ["not_empty"]],
                           ["anyOf": [["required": ["from"]], ["required": ["to"]]]]]
        return schema
    }

    /// The shape of a date that is not a deadline (the calendar checks the rest).
    static let datePattern = "^(~?[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?|(early|mid|late) [0-9]{4})$"

    /// An annotation: `type` always; a ratio needs `from` and `to`, a note `category` and `text`.
    static var annotationTable: [String: Any] {
        var schema = table(translated(annotationKeys, path: "annotations"), required: ["type"])
        schema["allOf"] = [
            ["if": ["properties": ["type": ["const": AnnotationSpec.Kind.ratio.rawValue]], "required": ["type"]],
             "then": ["required": ["from", "to"]]],
            ["if": ["properties": ["type": ["const": AnnotationSpec.Kind.note.rawValue]], "required": ["type"]],
             "then": ["required": ["category", "text"]]],
        ]
        return schema
    }

    static var eraKeys: [String: Key] {
        ["start": Key(type: "string", description: "The first date of the era (2017, 2017-10, 2017-10-11, ~2017; not a deadline).",
                      limits: ["pattern": datePattern]),
         "end": Key(type: "string", description: "The last date of the era (not a deadline).", limits: ["pattern": datePattern]),
         "label": Key(type: "string", description: "The era's name.")]
    }

    /// The keys each table of the spec accepts, as the decoder knows them, with the
    /// translations the spec loader reads into its text keys.
    static var decodedKeys: [String: [String]] {
        func withTranslations(_ names: [String], _ path: String) -> [String] {
            names + names.filter { Translation.textKeys.contains(path.isEmpty ? $0 : path + "." + $0) }
                .flatMap { name in ChartLocale.allCases.map { name + Translation.suffix($0) } }
        }
        return [
            "": withTranslations(ChartSpec.CodingKeys.allCases.map(\.stringValue) + BarOptions.CodingKeys.allCases.map(\.stringValue)
                                 + TimelineOptions.CodingKeys.allCases.map(\.stringValue), ""),
            "series": withTranslations(SeriesSpec.CodingKeys.allCases.map(\.stringValue), "series"),
            "format": withTranslations(NumberFormatSpec.CodingKeys.allCases.map(\.stringValue), "format"),
            "annotations": withTranslations(AnnotationSpec.CodingKeys.allCases.map(\.stringValue), "annotations"),
            "eras": withTranslations(EraSpec.CodingKeys.allCases.map(\.stringValue), "eras"),
            "filter": FilterSpec.CodingKeys.allCases.map(\.stringValue),
            "sizes": SizeSpec.CodingKeys.allCases.map(\.stringValue),
        ]
    }

    /// The keys each table of the schema describes.
    static var describedKeys: [String: [String]] {
        ["": Array(translated(topLevel, path: "").keys), "series": Array(translated(seriesKeys, path: "series").keys),
         "format": Array(translated(formatKeys, path: "format").keys),
         "annotations": Array(translated(annotationKeys, path: "annotations").keys), "eras": Array(translated(eraKeys, path: "eras").keys),
         "filter": Array((filterTable["properties"] as! [String: Any]).keys), "sizes": Array(sizeKeys.keys)]
    }

    /// `keys` with a `KEY_zh` beside each text key of the table at `path`, for every locale.
    static func translated(_ keys: [String: Key], path: String) -> [String: Key] {
        var all = keys
        for (name, key) in keys where Translation.textKeys.contains(path.isEmpty ? name : path + "." + name) {
            for locale in ChartLocale.allCases {
                all[name + Translation.suffix(locale)] = Key(type: key.type, description: "`\(name)` in \(locale.englishName), for the \(locale.rawValue) edition (the locale must be in `locales`).",
                                                             items: key.items)
            }
        }
        return all
    }

    static func property(_ key: Key) -> [String: Any] {
        var property: [String: Any] = ["type": key.type, "description": key.description]
        if let values = key.values { property["enum"] = values }
        if let items = key.items { property["items"] = items }
        if let object = key.object { property.merge(object) { $1 } }
        property.merge(key.limits) { $1 }
        return property
    }

    static func table(_ keys: [String: Key], required: [String] = []) -> [String: Any] {
        var schema: [String: Any] = ["type": "object", "additionalProperties": false,
                                     "properties": keys.mapValues(property)]
        if !required.isEmpty { schema["required"] = required }
        return schema
    }

    /// The keys one kind of chart takes: the common ones and its own, with its own allowed
    /// values where they differ (a timeline's `orientation` has no `auto`).
    static func keys(for kind: ChartSpec.Kind) -> [String: Key] {
        let common = Set(ChartSpec.CodingKeys.allCases.map(\.stringValue))
        let own = Set(kind == .bar ? BarOptions.CodingKeys.allCases.map(\.stringValue) : TimelineOptions.CodingKeys.allCases.map(\.stringValue))
        var keys = translated(topLevel.filter { common.contains($0.key) || own.contains($0.key) }, path: "")
        keys["kind"] = Key(type: "string", description: "The chart kind.", limits: ["const": kind.rawValue])
        keys["orientation"] = kind == .bar
            ? choice(BarOptions.Orientation.self, "Bar direction: auto (vertical unless the labels need horizontal bars), vertical or horizontal.")
            : choice(TimelineOptions.Orientation.self, "Timeline direction: horizontal (time left to right) or vertical (time downwards).")
        if kind == .timeline {
            keys["layout"] = choice(TimelineOptions.Layout.self, "Timelines: points (events on lanes, default) or ranges (one row per item, a bar from its start to its end).")
            keys["sort"] = choice(TimelineOptions.Sort.self, "Timelines with layout = \"ranges\": row order by start (default), end, or data (file order).")
        }
        return keys
    }

    /// The schema of one kind of chart: its keys only, with what that kind requires.
    static func branch(_ kind: ChartSpec.Kind) -> [String: Any] {
        switch kind {
        case .bar:
            var schema = table(keys(for: .bar), required: ["kind", "data", "title", "category"])
            // Values from `value`, from `[[series]]` or derived by `gaps`: exactly one of them.
            schema["oneOf"] = [["required": ["value"]], ["required": ["series"]], ["required": ["gaps"]]]
            // Stacked segments of several series do not add up on a log axis.
            // A long table's series come from a column, so `[[series]]` cannot be given too.
            schema["allOf"] = [
                ["not": ["required": ["layout", "scale", "series"],
                         "properties": ["layout": ["const": BarOptions.Layout.stacked.rawValue],
                                        "scale": ["const": BarOptions.Scale.log.rawValue], "series": ["minItems": 2]]]],
                ["not": ["required": ["series_from", "series"]]],
                // A time axis runs under vertical bars and labels them with dates.
                ["not": ["required": ["time_axis", "detail"], "properties": ["time_axis": ["const": true]]]],
                ["not": ["required": ["time_axis", "gaps"], "properties": ["time_axis": ["const": true]]]],
                ["not": ["required": ["more_than", "gaps"], "properties": ["more_than": ["const": true]]]],
                ["not": ["required": ["time_axis", "orientation"],
                         "properties": ["time_axis": ["const": true], "orientation": ["const": BarOptions.Orientation.horizontal.rawValue]]]],
            ]
            // The gap options mean nothing without `gaps`; a long table needs its `value` column.
            schema["dependentRequired"] = ["gap_unit": ["gaps"], "gap_range": ["gaps"], "series_from": ["value"]]
            return schema
        case .timeline:
            var schema = table(keys(for: .timeline), required: ["kind", "data", "title", "date", "label"])
            // The range keys need the range layout; its ends come from `end` or `ends`, not both.
            let ranges: [String: Any] = ["properties": ["layout": ["const": TimelineOptions.Layout.ranges.rawValue]], "required": ["layout"]]
            schema["allOf"] = ["ends", "segments", "sort", "as_of"].map { key in ["if": ["required": [key]], "then": ranges] }
                + [["not": ["required": ["end", "ends"]]], ["not": ["required": ["segments", "track"]]],
                   ["if": ["properties": ["ends": ["minItems": 2]], "required": ["ends"]], "then": ["required": ["segments"]]],
                   ["if": ranges, "then": ["anyOf": [["required": ["end"]], ["required": ["ends"]]],
                                           "not": ["properties": ["orientation": ["const": "vertical"]], "required": ["orientation"]]]]]
            return schema
        }
    }

    /// The schema as JSON text (keys sorted, so it is the same every time): one branch per chart
    /// kind, chosen by `kind`.
    public static func json() -> String {
        var schema: [String: Any] = [
            "type": "object",
            "required": ["kind", "data", "title"],
            "properties": ["kind": property(choice(ChartSpec.Kind.self, "The chart kind."))],
            "oneOf": ChartSpec.Kind.allCases.map(branch),
        ]
        schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
        schema["title"] = "charts chart spec (charts/NAME.toml)"
        let data = try! JSONSerialization.data(withJSONObject: schema, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
