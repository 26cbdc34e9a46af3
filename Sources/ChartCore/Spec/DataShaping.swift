import Dataset
import Foundation

/// What a spec does to its dataset before the chart is built: which column gives provenance,
/// and which rows are kept (reading the CSV stays as strict as ever; this only selects).
public enum DataShaping {
    /// The dataset as `spec` shapes it; a filter naming a missing column, a range end that is no
    /// date or number, a cell a range cannot read, or filters that keep no row are errors.
    public static func apply(_ spec: ChartSpec, to dataset: Dataset, context: SpecContext) throws(DiagnosticList) -> Dataset {
        var shaped = dataset
        var problems: [Diagnostic] = []
        if let column = spec.sourceColumn {
            if dataset.columnIndex(column) == nil {
                let (message, hint) = dataset.missingColumn(column)
                problems.append(context.problem("source_column", message, hint: hint))
            } else {
                shaped.provenanceColumn = column
            }
        }
        var kept = Array(dataset.rows.indices)
        for (number, filter) in spec.filters.enumerated() {
            let path = "filter[\(number + 1)]"
            guard let column = dataset.columnIndex(filter.column) else {
                let (message, hint) = dataset.missingColumn(filter.column)
                problems.append(context.problem("\(path).column", message, hint: hint))
                continue
            }
            let cell = { (row: Int) in dataset.rows[row][column].trimmingCharacters(in: .whitespaces) }
            if let value = filter.equals {
                kept = kept.filter { cell($0) == value }
            } else if let values = filter.oneOf {
                kept = kept.filter { values.contains(cell($0)) }
            } else if filter.notEmpty == true {
                kept = kept.filter { !cell($0).isEmpty }
            } else {
                do throws(DiagnosticList) {
                    kept = try range(filter, column: column, rows: kept, in: dataset, path: path, context: context)
                } catch {
                    problems += error.diagnostics
                }
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        if !spec.filters.isEmpty && kept.isEmpty {
            throw DiagnosticList([context.problem("filter", "the filters keep none of the \(dataset.rows.count) rows of \(dataset.file)",
                                                  hint: "check the values against the data")])
        }
        return kept.count == dataset.rows.count ? shaped : shaped.keeping(kept)
    }

    /// The rows whose cell lies in the filter's range: dates when both ends (or the one given)
    /// read as dates, else numbers; a date keeps the row when its whole period is in the range.
    private static func range(_ filter: FilterSpec, column: Int, rows: [Int], in dataset: Dataset, path: String,
                              context: SpecContext) throws(DiagnosticList) -> [Int] {
        let ends = [(filter.from, "from"), (filter.to, "to")].compactMap { end in end.0.map { ($0, end.1) } }
        let dates = ends.map { try? PartialDate(parsing: $0.0) }
        if dates.allSatisfy({ $0 != nil }) {
            let low = filter.from.flatMap { try? PartialDate(parsing: $0) }, high = filter.to.flatMap { try? PartialDate(parsing: $0) }
            var problems: [Diagnostic] = []
            let kept = rows.filter { row in
                do throws(PartialDateError) {
                    let date = try PartialDate(parsing: dataset.rows[row][column].trimmingCharacters(in: .whitespaces))
                    return (low.map { date.firstDay >= $0.firstDay } ?? true) && (high.map { date.endDay <= $0.endDay } ?? true)
                } catch {
                    problems.append(Diagnostic(file: dataset.file, line: dataset.lines[row], field: dataset.columns[column],
                                               message: error.description, hint: "the range of \(path) reads this column as dates"))
                    return false
                }
            }
            if !problems.isEmpty { throw DiagnosticList(problems) }
            return kept
        }
        var bounds: [String: Double] = [:]
        var problems: [Diagnostic] = []
        for (text, key) in ends {
            switch NumberParser.parse(text) {
            case .success(let value): bounds[key] = value
            case .failure:
                problems.append(context.problem("\(path).\(key)", "`\(text)` is neither a date nor a number",
                                                hint: "e.g. from = \"2015\" for dates, or from = \"0.5\" for numbers"))
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        let kept = rows.filter { row in
            switch NumberParser.parse(dataset.rows[row][column]) {
            case .success(let value):
                return (bounds["from"].map { value >= $0 } ?? true) && (bounds["to"].map { value <= $0 } ?? true)
            case .failure(let error):
                problems.append(Diagnostic(file: dataset.file, line: dataset.lines[row], field: dataset.columns[column],
                                           message: error.message, hint: "the range of \(path) reads this column as numbers"))
                return false
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return kept
    }
}

extension DataShaping {
    /// The spec and dataset as the chart is built from them: ``apply(_:to:context:)``, then, for
    /// `series_from`, the long table turned wide (one row per category, one value column per
    /// series, the spec's `value` becoming those series).
    public static func shape(_ spec: ChartSpec, dataset: Dataset, context: SpecContext) throws(DiagnosticList) -> (spec: ChartSpec, dataset: Dataset) {
        try widen(spec, try apply(spec, to: dataset, context: context), context: context)
    }

    /// The spec and dataset of an edition as its chart is built from them, with the warnings for
    /// what is not translated: the rows its filters keep, chosen on the data as written (a filter
    /// names values of the spec's first locale, and a range reads the dates and numbers written
    /// there), then read in the edition's locale (``Translation``), then a long table turned wide.
    public static func prepare(_ spec: ChartSpec, dataset: Dataset, context: SpecContext) throws(DiagnosticList)
        -> (spec: ChartSpec, dataset: Dataset, warnings: [Diagnostic]) {
        let kept = try apply(spec, to: dataset, context: context)
        let translation = Translation.localize(kept, spec: spec)
        let (widened, wide) = try widen(translation.spec, translation.dataset, context: context)
        return (widened, wide, translation.warnings)
    }

    /// For `series_from`, `filtered` (the rows `spec`'s filters kept) turned wide: one row per
    /// category, one value column per series, the spec's `value` becoming those series.
    static func widen(_ spec: ChartSpec, _ filtered: Dataset, context: SpecContext) throws(DiagnosticList) -> (spec: ChartSpec, dataset: Dataset) {
        guard let bar = spec.bar, let seriesColumn = bar.seriesFrom else { return (spec, filtered) }
        let columns = try longColumns(bar, series: seriesColumn, filtered, context: context)
        var problems: [Diagnostic] = []
        let table = LongTable(filtered, columns, context: context, problems: &problems)
        let kept = [filtered.columns[columns.category], filtered.provenanceColumn] + (columns.detail.map { [filtered.columns[$0]] } ?? [])
        for name in table.names where kept.contains(name) {
            problems.append(context.problem("series_from", "the series `\(name)` has the name of another column the chart uses",
                                            hint: "rename the series or the column"))
        }
        let missing = table.categories.flatMap { key in table.names.filter { table.cells[key]?[$0] == nil }.map { "`\(key)` × `\($0)`" } }
        if !missing.isEmpty {
            problems.append(context.problem("series_from", "no row for " + missing.prefix(5).joined(separator: ", ")
                                                + (missing.count > 5 ? " and \(missing.count - 5) more" : ""),
                                            hint: spec.filters.isEmpty ? "each category needs one row per series; add the rows (0 if the value is zero)"
                                                : "each category needs one row per series, and the filters leave none for these: add the rows, or filter out whole categories"))
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        var widened = spec
        widened.bar?.value = nil
        widened.bar?.series = table.names.map { SeriesSpec(column: $0) }
        widened.bar?.seriesFrom = nil
        return (widened, table.wide(filtered, columns))
    }

    /// The columns a long table is read through: category, series name, value, and the detail.
    struct LongColumns {
        var category: Int
        var series: Int
        var value: Int
        var detail: Int?
    }

    /// The columns `series_from` reads, or every problem with them and the keys beside it.
    static func longColumns(_ bar: BarOptions, series seriesColumn: String, _ filtered: Dataset, context: SpecContext) throws(DiagnosticList) -> LongColumns {
        var problems: [Diagnostic] = []
        if !bar.series.isEmpty {
            problems.append(context.problem("series_from", "give either `[[series]]` or `series_from`, not both",
                                            hint: "series_from names the series from a column of a long table"))
        }
        if bar.gaps != nil {
            problems.append(context.problem("series_from", "`gaps` charts have one series; `series_from` cannot apply"))
        }
        func index(_ key: String, _ name: String?) -> Int? {
            guard let name else {
                problems.append(context.problem(key, "`series_from` needs `\(key)`",
                                                hint: key == "value" ? "name the column of the values, e.g. value = \"gdp\"" : "name the category column"))
                return nil
            }
            guard let found = filtered.columnIndex(name) else {
                let (message, hint) = filtered.missingColumn(name)
                problems.append(context.problem(key, message, hint: hint))
                return nil
            }
            return found
        }
        let category = index("category", bar.category), series = index("series_from", seriesColumn), value = index("value", bar.value)
        guard problems.isEmpty, let category, let series, let value else { throw DiagnosticList(problems) }
        return LongColumns(category: category, series: series, value: value, detail: bar.detail.flatMap { filtered.columnIndex($0) })
    }

    /// A long table's cells: each category's value per series name, with its row, in first-seen
    /// order; blank names, unreadable values and repeated pairs are problems.
    struct LongTable {
        var categories: [String] = []
        var names: [String] = []
        var cells: [String: [String: (value: Double, row: Int)]] = [:]

        init(_ filtered: Dataset, _ columns: LongColumns, context: SpecContext, problems: inout [Diagnostic]) {
            for row in filtered.rows.indices {
                let cells_ = filtered.rows[row], line = filtered.lines[row]
                let name = cells_[columns.series].trimmingCharacters(in: .whitespaces)
                let key = cells_[columns.category].trimmingCharacters(in: .whitespaces)
                if name.isEmpty {
                    problems.append(Diagnostic(file: filtered.file, line: line, field: filtered.columns[columns.series],
                                               message: "expected a series name, found a blank cell", hint: "fill in the cell or remove the row"))
                    continue
                }
                let number: Double
                switch NumberParser.parse(cells_[columns.value]) {
                case .success(let value): number = value
                case .failure(let error):
                    problems += context.readBy("value", as: "numbers", [Diagnostic(file: filtered.file, line: line, field: filtered.columns[columns.value],
                                                                                   message: error.message, hint: error.hint)])
                    continue
                }
                if !categories.contains(key) { categories.append(key) }
                if !names.contains(name) { names.append(name) }
                if let earlier = cells[key]?[name] {
                    problems.append(Diagnostic(file: filtered.file, line: line, field: filtered.columns[columns.series],
                                               message: "`\(key)` × `\(name)` is already on line \(filtered.lines[earlier.row])",
                                               hint: "each category has one row per series"))
                    continue
                }
                cells[key, default: [:]][name] = (number, row)
            }
        }

        /// The wide table: category, the series, the provenance (every source of the category's
        /// rows), and the detail of its first row.
        func wide(_ filtered: Dataset, _ columns: LongColumns) -> Dataset {
            let provenance = filtered.columnIndex(filtered.provenanceColumn)
            var rows: [[String]] = [], lines: [Int] = []
            for key in categories {
                let sourceRows = names.map { cells[key]![$0]!.row }.sorted()
                // Written back with every digit, so the builder reads the very same numbers.
                var row = [key] + names.map { String(format: "%.17g", cells[key]![$0]!.value) }
                var sources: [String] = []
                for index in sourceRows {
                    guard let provenance else { break }
                    let text = filtered.rows[index][provenance].trimmingCharacters(in: .whitespaces)
                    if !text.isEmpty && !sources.contains(text) { sources.append(text) }
                }
                row.append(sources.joined(separator: "; "))
                if let detail = columns.detail { row.append(filtered.rows[sourceRows[0]][detail]) }
                rows.append(row)
                lines.append(filtered.lines[sourceRows[0]])
            }
            let names = [filtered.columns[columns.category]] + self.names + [filtered.provenanceColumn]
                + (columns.detail.map { [filtered.columns[$0]] } ?? [])
            var wide = Dataset(file: filtered.file, columns: names, rows: rows, lines: lines)
            wide.problems = filtered.problems
            wide.provenanceColumn = filtered.provenanceColumn
            return wide
        }
    }
}
