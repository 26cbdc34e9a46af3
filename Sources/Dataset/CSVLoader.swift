import CSV
import Foundation

/// Reads a ``Dataset`` from CSV text: UTF-8, a header row, RFC 4180 quoting.
///
/// A UTF-8 byte order mark and LF, CRLF or CR line endings are accepted; blank lines are skipped.
/// Parsing is CSV.swift's; this type adds what a hand-edited file needs: line numbers for every
/// row, and a precise diagnostic for invalid UTF-8, an unterminated quote, a missing, blank or
/// duplicated header, and rows with too few or too many cells (those rows are left out and kept in
/// ``Dataset/problems``, so that the other rows can still be checked).
public enum CSVLoader {
    /// Loads the file at `url`, naming it `displayName` in messages.
    public static func load(url: URL, displayName: String) throws(DiagnosticList) -> Dataset {
        let data: Data
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? NSNumber)?.intValue ?? 0
            if size > Limits.fileBytes {
                throw DiagnosticList([Diagnostic(file: displayName, message: "the file is \(size / 1_048_576) MiB; datasets are limited to \(Limits.fileBytes / 1_048_576) MiB",
                                                 hint: "keep one table of figures per file")])
            }
            data = try Data(contentsOf: url)
        } catch let list as DiagnosticList {
            throw list
        } catch {
            throw DiagnosticList([Diagnostic(file: displayName, message: "cannot read the file: \(error.localizedDescription)")])
        }
        return try parse(data: data, displayName: displayName)
    }

    /// Parses CSV bytes, naming the file `displayName` in messages.
    public static func parse(data: Data, displayName: String) throws(DiagnosticList) -> Dataset {
        var bytes = data
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        func fail(_ line: Int?, _ message: String, _ hint: String? = nil) -> DiagnosticList {
            DiagnosticList([Diagnostic(file: displayName, line: line, message: message, hint: hint)])
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let line = firstInvalidUTF8Line(bytes)
            throw fail(line, "the file is not valid UTF-8", "save it as UTF-8, e.g. as CSV UTF-8 from a spreadsheet")
        }
        if let nulLine = lineOfFirstNUL(text) {
            throw fail(nulLine, "the file contains a NUL byte", "save it as plain UTF-8 text")
        }
        if let open = unterminatedQuoteLine(text) {
            throw fail(open, "a quoted field opened here is never closed", "add the closing `\"`")
        }
        let reader: CSVReader
        do {
            reader = try CSVReader(string: text, hasHeaderRow: false)
        } catch {
            throw fail(nil, "cannot parse the file as CSV: \(error)")
        }
        var line = 1
        var header: [String]?
        var headerLine = 1
        var rows: [[String]] = []
        var lines: [Int] = []
        var problems: [Diagnostic] = []
        var rowProblems: [Diagnostic] = []
        while let row = reader.next() {
            let rowLine = line
            line += 1 + row.reduce(0) { $0 + $1.reduce(0) { $1.isNewline ? $0 + 1 : $0 } }
            if row.count == 1 && row[0].isEmpty { continue }
            guard let names = header else {
                header = row
                headerLine = rowLine
                continue
            }
            if rows.count >= Limits.rows {
                throw fail(rowLine, "more than \(Limits.rows) data rows; datasets are limited to \(Limits.rows)", "split the table or aggregate it")
            }
            if let long = row.firstIndex(where: { $0.count > Limits.cellCharacters }) {
                rowProblems.append(Diagnostic(file: displayName, line: rowLine, field: long < names.count ? names[long].trimmingSpaces() : nil,
                                              message: "a cell of \(row[long].count) characters; cells are limited to \(Limits.cellCharacters)",
                                              hint: "shorten it; long text belongs in the article, not the chart"))
                continue
            }
            if row.count != names.count {
                let noun = row.count < names.count ? "too few" : "too many"
                // Fewer cells: tools that drop empty trailing cells write such rows; more cells: an
                // unquoted comma split a cell.
                let missing = names.dropFirst(row.count).map { $0.trimmingSpaces() }
                let hint = row.count < names.count
                    ? "the row stops before \(missing.map { "`\($0)`" }.joined(separator: ", ")): add \(String(repeating: ",", count: missing.count)) at its end for empty cells, or fill them in"
                    : "quote cells that contain a comma, e.g. \"a, b\""
                rowProblems.append(Diagnostic(
                    file: displayName, line: rowLine,
                    message: "\(noun) cells: expected \(names.count) (\(names.joined(separator: ", "))), found \(row.count)",
                    hint: hint))
                continue
            }
            rows.append(row)
            lines.append(rowLine)
        }
        guard let columns = header else {
            throw fail(1, "the file is empty; expected a header row naming the columns", "e.g. label,value,source")
        }
        var seen: [String: Int] = [:]
        for (index, name) in columns.enumerated() {
            let trimmed = name.trimmingSpaces()
            if trimmed.isEmpty {
                problems.append(Diagnostic(file: displayName, line: headerLine,
                                           message: "column \(index + 1) has no name in the header row",
                                           hint: "name every column"))
            } else if let first = seen[trimmed] {
                problems.append(Diagnostic(file: displayName, line: headerLine, field: trimmed,
                                           message: "the column name appears twice (columns \(first + 1) and \(index + 1))",
                                           hint: "give each column its own name"))
            } else {
                seen[trimmed] = index
            }
        }
        if !problems.isEmpty { throw DiagnosticList(problems + rowProblems) }
        if rows.isEmpty {
            if !rowProblems.isEmpty { throw DiagnosticList(rowProblems) }
            throw fail(headerLine, "the file has a header but no data rows", "add one row per figure")
        }
        var dataset = Dataset(file: displayName, columns: columns.map { $0.trimmingSpaces() }, rows: rows, lines: lines)
        dataset.problems = rowProblems
        return dataset
    }

    /// The line on which a quoted field that never closes begins, if any.
    static func unterminatedQuoteLine(_ text: String) -> Int? {
        var line = 1
        var inQuotes = false
        var openedAt = 1
        var previous: UInt8 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "\"") {
                if !inQuotes { openedAt = line }
                inQuotes.toggle()
            } else if byte == UInt8(ascii: "\n") {
                if previous != UInt8(ascii: "\r") { line += 1 }
            } else if byte == UInt8(ascii: "\r") {
                line += 1
            }
            previous = byte
        }
        return inQuotes ? openedAt : nil
    }

    static func lineOfFirstNUL(_ text: String) -> Int? {
        guard let index = text.utf8.firstIndex(of: 0) else { return nil }
        return lineNumber(of: Array(text.utf8[..<index]))
    }

    static func firstInvalidUTF8Line(_ bytes: Data) -> Int {
        var decoder = UTF8()
        var iterator = bytes.makeIterator()
        var consumed: [UInt8] = []
        var line = 1
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar):
                if scalar == "\n" { line += 1 }
                consumed.append(0)
            case .emptyInput: break loop
            case .error: return line
            }
        }
        return line
    }

    static func lineNumber(of prefix: [UInt8]) -> Int {
        var line = 1
        var previous: UInt8 = 0
        for byte in prefix {
            if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") { line += 1 }
            if byte == UInt8(ascii: "\r") { line += 1 }
            previous = byte
        }
        return line
    }
}
