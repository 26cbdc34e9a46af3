import Foundation
import Testing
@testable import Dataset

@Suite struct CSVLoaderTests {
    func load(_ text: String) throws(DiagnosticList) -> Dataset {
        try CSVLoader.parse(data: Data(text.utf8), displayName: "data/t.csv")
    }

    func problems(_ text: String) -> [String] {
        do {
            _ = try load(text)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func readsHeaderRowsAndLines() throws {
        let data = try load("label,value,source\nA,1,§I\n\n\"B, with comma\",2,\"§II, ref. 6\"\n")
        #expect(data.columns == ["label", "value", "source"])
        #expect(data.rows == [["A", "1", "§I"], ["B, with comma", "2", "§II, ref. 6"]])
        #expect(data.lines == [2, 4])
        #expect(data.sources! == ["§I", "§II, ref. 6"])
    }

    @Test func acceptsBOMAndAnyLineEnding() throws {
        for text in ["\u{FEFF}a,b\r\n1,2\r\n3,4\r\n", "a,b\r1,2\r3,4", "a,b\n1,2\n3,4"] {
            let data = try load(text)
            #expect(data.columns == ["a", "b"])
            #expect(data.rows == [["1", "2"], ["3", "4"]])
            #expect(data.lines == [2, 3])
        }
    }

    @Test func countsLinesInsideQuotedFields() throws {
        let data = try load("a,b\n\"two\nlines\",1\nx,2\n")
        #expect(data.rows[0][0] == "two\nlines")
        #expect(data.lines == [2, 4])
    }

    @Test func reportsBrokenFilesPrecisely() {
        #expect(problems("") == ["data/t.csv:1: the file is empty; expected a header row naming the columns (e.g. label,value,source)"])
        #expect(problems("a,b\n") == ["data/t.csv:1: the file has a header but no data rows (add one row per figure)"])
        let ragged = try? load("a,b\n1,2\n3\n4,5,6\n")
        #expect(ragged?.rows == [["1", "2"]])
        #expect(ragged?.problems.map(\.description) == [
            "data/t.csv:3: too few cells: expected 2 (a, b), found 1 (the row stops before `b`: add , at its end for empty cells, or fill them in)",
            "data/t.csv:4: too many cells: expected 2 (a, b), found 3 (quote cells that contain a comma, e.g. \"a, b\")",
        ])
        #expect(problems("a,b\n1,\"open\n2,3\n") == ["data/t.csv:2: a quoted field opened here is never closed (add the closing `\"`)"])
        #expect(problems("a,a,\n1,2,3\n") == [
            "data/t.csv:1: `a`: the column name appears twice (columns 1 and 2) (give each column its own name)",
            "data/t.csv:1: column 3 has no name in the header row (name every column)",
        ])
        #expect(problems("a,b\n1,2\n3,\0\n") == ["data/t.csv:3: the file contains a NUL byte (save it as plain UTF-8 text)"])
    }

    @Test func reportsInvalidUTF8WithItsLine() {
        var bytes = Data("a,b\n1,2\n".utf8)
        bytes.append(contentsOf: [0x33, 0x2C, 0xFF, 0x0A])
        #expect(throws: DiagnosticList.self) { try CSVLoader.parse(data: bytes, displayName: "data/t.csv") }
        do {
            _ = try CSVLoader.parse(data: bytes, displayName: "data/t.csv")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["data/t.csv:3: the file is not valid UTF-8 (save it as UTF-8, e.g. as CSV UTF-8 from a spreadsheet)"])
        }
    }
}

@Suite struct DatasetColumnTests {
    let data = try! CSVLoader.parse(data: Data("label,value,date\nA,12,2024-02\nB,\"12,5\",2024-13\n ,N/A,~2023-12\n".utf8),
                                    displayName: "data/t.csv")

    @Test func numbersReportEveryBadCell() {
        do {
            _ = try data.numbers(column: 1)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "data/t.csv:3: `value`: expected a number, found `12,5` with a decimal comma (use a point for decimals: 12.5)",
                "data/t.csv:4: `value`: expected a number, found the placeholder `N/A` (fill in the value, or remove the row if the figure is unknown)",
            ])
        }
    }

    @Test func datesAndTextsToo() {
        do {
            _ = try data.dates(column: 2)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.line) == [3])
            #expect(error.diagnostics[0].message == "`2024-13` has month 13; months run from 01 to 12")
        }
        do {
            _ = try data.texts(column: 0)
            Issue.record("expected an error")
        } catch {
            #expect(error.diagnostics.map(\.description) == ["data/t.csv:4: `label`: expected text, found a blank cell (fill in the cell or remove the row)"])
        }
    }

    @Test func missingColumnsGetADidYouMean() {
        let (message, hint) = data.missingColumn("dates")
        #expect(message == "no column `dates` in data/t.csv (columns: label, value, date)")
        #expect(hint == "did you mean `date`?")
    }
}
