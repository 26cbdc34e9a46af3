import Foundation
import Dataset

/// The end cells of one timeline row, read and checked: the end of a span, or the successive
/// segment ends of a range, and whether the range is still open.
struct RowEnds {
    /// The known ends, in order (empty for a single event).
    var dates: [PartialDate] = []
    /// Whether the last segment has not ended (an end cell of `open`).
    var isOpen = false

    /// The words an end cell may use for a range that has not ended.
    static let openWords: Set<String> = ["open", "ongoing", "present"]

    /// Reads the end `columns` (named by the spec's `keys`) of every row of `dataset`, whose
    /// start dates are `starts` (from `dateColumn`). A span or range runs between known dates, each end after the one
    /// before; in a range (`ranges`) the first end is required (or `open`), an `open` cell ends
    /// the row, and a segment follows only another. Throws every problem found, at its cell.
    static func read(_ dataset: Dataset, columns: [Int], keys: [String], starts: [PartialDate], dateColumn: Int, ranges: Bool,
                     context: SpecContext) throws(DiagnosticList) -> [RowEnds] {
        var problems: [Diagnostic] = []
        var result = Array(repeating: RowEnds(), count: dataset.rows.count)
        for (row, cells) in dataset.rows.enumerated() {
            var previous = starts[row], finished = false
            func problem(_ column: Int, _ message: String, hint: String) {
                problems.append(Diagnostic(file: dataset.file, line: dataset.lines[row], field: dataset.columns[column],
                                           message: message, hint: hint))
            }
            if starts[row].isBound && !columns.isEmpty && !cells[columns[0]].trimmingCharacters(in: .whitespaces).isEmpty {
                problem(dateColumn, "a \(ranges ? "range" : "span") runs between known dates; `\(starts[row])` is only a deadline",
                        hint: ranges ? "drop `by` if the start is known, or chart the event as a point with layout = \"points\""
                            : "drop `by` if the date is known, or leave `\(dataset.columns[columns[0]])` empty for a single event done by then")
                continue
            }
            for (position, (column, key)) in zip(columns, keys).enumerated() {
                let cell = cells[column].trimmingCharacters(in: .whitespaces)
                if cell.isEmpty {
                    if ranges && position == 0 {
                        problem(column, "a range needs an end date",
                                hint: "give its end, or write `open` for a range that has not ended")
                    }
                    finished = true
                    continue
                }
                if finished {
                    let before = dataset.columns[columns[position - 1]]
                    problem(column, result[row].isOpen ? "nothing can follow an `open` end" : "a segment follows an empty `\(before)`",
                            hint: result[row].isOpen ? "leave it empty, or give the end in `\(before)`" : "fill `\(before)`, or leave this cell empty")
                    continue
                }
                if openWords.contains(cell.lowercased()) {
                    if ranges {
                        result[row].isOpen = true
                        finished = true
                    } else {
                        problem(column, "`\(cell)`: a span on a lane needs its end date",
                                hint: "give the end, or draw ranges that have not ended with layout = \"ranges\"")
                    }
                    continue
                }
                let end: PartialDate
                do throws(PartialDateError) {
                    end = try PartialDate(parsing: cell)
                } catch {
                    problems += context.readBy(key, as: "end dates", [
                        Diagnostic(file: dataset.file, line: dataset.lines[row], field: dataset.columns[column], message: error.description,
                                   hint: ranges ? "write `open` for a range that has not ended" : "leave it empty for a single event")])
                    finished = true
                    continue
                }
                if end.isBound {
                    problem(column, "a \(ranges ? "range" : "span") runs between known dates; `\(end)` is only a deadline",
                            hint: ranges ? "drop `by` if the end is known, or write `open` if it has not come"
                                : "drop `by` if the date is known, or leave `\(dataset.columns[column])` empty for a single event done by then")
                } else if end.endDay <= previous.firstDay {
                    let what = position == 0 ? "the span ends (\(end)) before it starts (\(previous))"
                        : "this segment ends (\(end)) before the one before it (\(previous))"
                    problem(column, what, hint: position == 0 ? "swap the dates or fix the end" : "list the end columns in time order, or fix the date")
                }
                result[row].dates.append(end)
                previous = end
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }
        return result
    }
}
