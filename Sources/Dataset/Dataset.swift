/// A table of figures loaded from one CSV file: a header, text cells, and where each row came from.
///
/// Cells stay text until a chart says what a column is for; the typed accessors then parse a
/// whole column and report every bad cell at once, each with its file, line and column name.
public struct Dataset: Sendable {
    /// The file as shown in messages (`data/qwen.csv`).
    public let file: String
    /// The column names, in file order.
    public let columns: [String]
    /// The data rows; every row has exactly `columns.count` cells.
    public let rows: [[String]]
    /// The 1-based line on which each row starts.
    public let lines: [Int]
    /// Rows that could not be read (wrong number of cells): left out of ``rows`` and reported
    /// here, so that the other rows can still be checked in the same run.
    public var problems: [Diagnostic] = []

    /// The default name of the provenance column.
    public static let sourceColumn = "source"
    /// The column whose cells give each row's provenance (a spec may name another, when
    /// `source` means something else in the data, such as an energy source).
    public var provenanceColumn = Dataset.sourceColumn

    /// Creates a dataset from already split rows (each as long as `columns`).
    public init(file: String, columns: [String], rows: [[String]], lines: [Int]) {
        precondition(rows.count == lines.count, "one line number per row")
        self.file = file
        self.columns = columns
        self.rows = rows
        self.lines = lines
    }

    /// The same table with only the rows at `indices` (in their order), for a spec's filters.
    public func keeping(_ indices: [Int]) -> Dataset {
        var kept = Dataset(file: file, columns: columns, rows: indices.map { rows[$0] }, lines: indices.map { lines[$0] })
        kept.problems = problems
        kept.provenanceColumn = provenanceColumn
        return kept
    }

    /// The index of the column called `name` (exact match), if there is one.
    public func columnIndex(_ name: String) -> Int? {
        columns.firstIndex(of: name)
    }

    /// The message for a missing column: `no column `x` in data/f.csv (columns: a, b)` and a did-you-mean.
    public func missingColumn(_ name: String) -> (message: String, hint: String?) {
        let listed = columns.joined(separator: ", ")
        let message = "no column `\(name)` in \(file) (columns: \(listed))"
        return (message, Suggestion.closest(to: name, in: columns).map { "did you mean `\($0)`?" })
    }

    /// The column's cells as text, rejecting blank cells (empty or spaces only).
    public func texts(column: Int) throws(DiagnosticList) -> [String] {
        var problems: [Diagnostic] = []
        let values = rows.indices.map { index -> String in
            let text = rows[index][column]
            if text.trimmingSpaces().isEmpty {
                problems.append(cellProblem(index, column, message: "expected text, found a blank cell",
                                            hint: "fill in the cell or remove the row"))
            }
            return text
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return values
    }

    /// The column's cells parsed as finite numbers (see ``NumberParser``) that a chart can draw:
    /// counted in ones (each times `unit`, 1e9 for a column in billions, named `unitName`), zero or
    /// between ``Limits/smallestMagnitude`` and ``Limits/largestMagnitude``.
    public func numbers(column: Int, unit: Double = 1, unitName: String = "") throws(DiagnosticList) -> [Double] {
        var problems: [Diagnostic] = []
        let values = rows.indices.map { index -> Double in
            switch NumberParser.parse(rows[index][column]).flatMap({ Self.drawable($0, unit: unit, unitName: unitName, text: rows[index][column]) }) {
            case .success(let value): return value
            case .failure(let error):
                problems.append(cellProblem(index, column, message: error.message, hint: error.hint))
                return 0
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return values
    }

    /// `value` when, counted in ones, it is zero or within the magnitudes a chart can draw.
    static func drawable(_ value: Double, unit: Double, unitName: String, text: String) -> Result<Double, NumberError> {
        guard let tooLarge = Limits.undrawable(value * unit) else { return .success(value) }
        return .failure(.undrawable(text.trimmingSpaces(), unit: unitName, tooLarge: tooLarge))
    }

    /// The column's cells parsed as ``PartialDate``s.
    public func dates(column: Int) throws(DiagnosticList) -> [PartialDate] {
        var problems: [Diagnostic] = []
        var values: [PartialDate] = []
        for index in rows.indices {
            do throws(PartialDateError) {
                values.append(try PartialDate(parsing: rows[index][column].trimmingSpaces()))
            } catch {
                problems.append(cellProblem(index, column, message: error.description,
                                            hint: "for example 2023, 2024-02, 2023-08-03, ~2023-11, late 2023 or by 2018"))
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return values
    }

    /// Each row's provenance from the provenance column (blank cells give `nil`), or `nil` without one.
    public var sources: [String?]? {
        guard let column = columnIndex(provenanceColumn) else { return nil }
        return rows.map { row in
            let text = row[column].trimmingSpaces()
            return text.isEmpty ? nil : text
        }
    }

    private func cellProblem(_ row: Int, _ column: Int, message: String, hint: String?) -> Diagnostic {
        Diagnostic(file: file, line: lines[row], field: columns[column], message: message, hint: hint)
    }
}
