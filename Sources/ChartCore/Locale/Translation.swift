import Dataset

/// A chart's data in another of its locales: each text column `COLUMN` with a column
/// `COLUMN_zh` beside it reads from that column in the `zh` edition, cell by cell.
///
/// An empty translated cell falls back to the default locale's cell, with a warning naming its
/// lines; a text column the chart shows with no translated column is a warning too, so that
/// `charts check` lists every missing translation. The spec's keys that name data values
/// (`highlight`, `tracks`, annotations' `from`, `to` and `category`, filters' `equals` and
/// `one_of`) keep the default locale's words and are carried over to the translations.
public enum Translation {
    /// The spec keys whose values readers see, which take a translation (`title_zh`): paths
    /// with array indices left out (`eras.label` is the label of every era).
    public static let textKeys: Set<String> = [
        "title", "subtitle", "notes", "source", "source_extra", "alt", "value_axis", "segments",
        "series.label", "annotations.text", "eras.label", "format.prefix", "format.suffix",
    ]

    /// What a locale's columns and keys end in: `_zh`.
    public static func suffix(_ locale: ChartLocale) -> String { "_" + locale.rawValue }

    /// The dataset and spec of `spec`'s edition in `spec.locale`, and the warnings for what is
    /// not translated. The default locale's edition reads the data as it is (in Chinese
    /// typography when that locale is Chinese).
    public static func localize(_ dataset: Dataset, spec: ChartSpec) -> (dataset: Dataset, spec: ChartSpec, warnings: [Diagnostic]) {
        let locale = spec.locale
        guard locale != spec.locales.first else {
            return locale == .zh ? (typeset(dataset), typeset(spec), []) : (dataset, spec, [])
        }
        let suffix = suffix(locale)
        var rows = dataset.rows
        var warnings: [Diagnostic] = []
        var maps: [String: [String: String]] = [:]
        for (column, name) in dataset.columns.enumerated() {
            guard let companion = dataset.columnIndex(name + suffix) else { continue }
            var map: [String: String] = [:], fallbacks: [Int] = [], conflicts: [String] = []
            for row in rows.indices {
                let original = dataset.rows[row][column].trimmingSpaces()
                let text = dataset.rows[row][companion].trimmingSpaces()
                guard !text.isEmpty else {
                    if !original.isEmpty { fallbacks.append(dataset.lines[row]) }
                    continue
                }
                rows[row][column] = text
                if let earlier = map[original], earlier != text {
                    if !conflicts.contains(original) { conflicts.append(original) }
                } else {
                    map[original] = text
                }
            }
            maps[name] = map
            if !fallbacks.isEmpty {
                let listed = fallbacks.prefix(5).map(String.init).joined(separator: ", ") + (fallbacks.count > 5 ? ", …" : "")
                warnings.append(Diagnostic(.warning, file: dataset.file, line: fallbacks[0], field: name + suffix,
                                           message: "\(fallbacks.count) empty cell(s) in `\(name + suffix)` (line\(fallbacks.count > 1 ? "s" : "") \(listed)), so `\(name)` is shown there",
                                           hint: "translate them; a cell left empty on purpose keeps the \(spec.locales[0].rawValue) text"))
            }
            for original in conflicts {
                warnings.append(Diagnostic(.warning, file: dataset.file, field: name + suffix,
                                           message: "`\(original)` is translated in more than one way in `\(name + suffix)`, so its rows show as different values",
                                           hint: "give every row with `\(original)` the same translation"))
            }
        }
        for name in shownTextColumns(spec, dataset) where dataset.columnIndex(name + suffix) == nil {
            warnings.append(Diagnostic(.warning, file: dataset.file, line: 1, field: name,
                                       message: "no `\(name + suffix)` column, so `\(name)` is shown untranslated",
                                       hint: "add a column `\(name + suffix)` beside `\(name)` with the \(locale.rawValue) text of each row"))
        }
        var localized = Dataset(file: dataset.file, columns: dataset.columns, rows: rows, lines: dataset.lines)
        localized.problems = dataset.problems
        localized.provenanceColumn = dataset.provenanceColumn
        var edited = carryReferences(spec, maps: maps)
        if locale == .zh {
            localized = typeset(localized)
            edited = typeset(edited)
        }
        return (localized, edited, warnings)
    }

    /// The columns whose cells the chart shows as text: labels, notes, tracks, categories, a
    /// detail column that is not dates, the series and colour groups of long tables, and the
    /// provenance column.
    static func shownTextColumns(_ spec: ChartSpec, _ dataset: Dataset) -> [String] {
        var names: [String] = []
        if let options = spec.timeline {
            names += [options.label, options.note, options.track].compactMap { $0 }
        }
        if let options = spec.bar {
            names += [options.category, options.seriesFrom, options.colorBy == "sign" ? nil : options.colorBy, options.detail].compactMap { $0 }
        }
        if spec.source == nil { names.append(dataset.provenanceColumn) }
        // A column of dates is written in each locale's words already.
        func isText(_ column: Int) -> Bool {
            dataset.rows.contains { row in
                let cell = row[column].trimmingSpaces()
                return !cell.isEmpty && (try? PartialDate(parsing: cell)) == nil
            }
        }
        var seen = Set<String>()
        return names.filter { name in dataset.columnIndex(name).map(isText) == true && seen.insert(name).inserted }
    }

    /// The spec with its keys that name data values turned into the translated values.
    static func carryReferences(_ spec: ChartSpec, maps: [String: [String: String]]) -> ChartSpec {
        carryReferences(spec) { column in maps[column].map { map in { map[$0] ?? $0 } } }
    }

    /// The spec with its keys that name values of a column turned by that column's `change`
    /// (`nil`: left as they are).
    static func carryReferences(_ spec: ChartSpec, change: (String) -> ((String) -> String)?) -> ChartSpec {
        var spec = spec
        func carried(_ values: [String], _ column: String?) -> [String] {
            guard let column, let change = change(column) else { return values }
            return values.map(change)
        }
        if var options = spec.bar {
            options.highlight = carried(options.highlight, options.category)
            for index in options.annotations.indices {
                let category = options.category
                options.annotations[index].from = options.annotations[index].from.map { carried([$0], category)[0] }
                options.annotations[index].to = options.annotations[index].to.map { carried([$0], category)[0] }
                options.annotations[index].category = options.annotations[index].category.map { carried([$0], category)[0] }
            }
            spec.bar = options
        }
        if var options = spec.timeline {
            options.highlight = carried(options.highlight, options.label)
            options.tracks = carried(options.tracks, options.track)
            spec.timeline = options
        }
        for index in spec.filters.indices {
            let column = spec.filters[index].column
            spec.filters[index].equals = spec.filters[index].equals.map { carried([$0], column)[0] }
            spec.filters[index].oneOf = spec.filters[index].oneOf.map { carried($0, column) }
        }
        return spec
    }

    /// The dataset in Chinese typography (which leaves text without Chinese as it is).
    static func typeset(_ dataset: Dataset) -> Dataset {
        let rows = dataset.rows.map { row in row.map(ChineseTypography.fullWidthPunctuation) }
        var typeset = Dataset(file: dataset.file, columns: dataset.columns, rows: rows, lines: dataset.lines)
        typeset.problems = dataset.problems
        typeset.provenanceColumn = dataset.provenanceColumn
        return typeset
    }

    /// The spec with its own texts, and the data values it names, in Chinese typography (as
    /// the data's cells are).
    static func typeset(_ spec: ChartSpec) -> ChartSpec {
        let set = ChineseTypography.fullWidthPunctuation
        var spec = carryReferences(spec) { _ in set }
        spec.title = set(spec.title)
        spec.subtitle = spec.subtitle.map(set)
        spec.notes = spec.notes.map(set)
        spec.source = spec.source.map(set)
        spec.sourceExtra = spec.sourceExtra.map(set)
        spec.alt = spec.alt.map(set)
        if var options = spec.bar {
            options.valueAxis = options.valueAxis.map(set)
            for index in options.series.indices { options.series[index].label = options.series[index].label.map(set) }
            for index in options.annotations.indices { options.annotations[index].text = options.annotations[index].text.map(set) }
            spec.bar = options
        }
        if var options = spec.timeline {
            options.segments = options.segments.map(set)
            for index in options.eras.indices { options.eras[index].label = set(options.eras[index].label) }
            spec.timeline = options
        }
        return spec
    }
}
