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
