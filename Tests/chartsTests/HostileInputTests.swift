import Foundation
import Testing

/// One bad input: the files to write, and the first diagnostic `charts check` must print for it.
struct HostileCase: CustomStringConvertible, Sendable {
    var name: String
    var csv: String?
    var spec: String
    var expected: String
    var description: String { name }

    /// A bar chart of `data/t.csv` (label, value) with extra spec lines.
    static func bar(_ name: String, csv: String?, extra: String = "", expected: String) -> HostileCase {
        HostileCase(name: name, csv: csv,
                    spec: "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\ncategory = \"label\"\nvalue = \"value\"\n" + extra,
                    expected: expected)
    }

    /// A timeline of `data/t.csv` (date, event).
    static func timeline(_ name: String, csv: String, extra: String = "", expected: String) -> HostileCase {
        HostileCase(name: name, csv: csv,
                    spec: "kind = \"timeline\"\ndata = \"t.csv\"\ntitle = \"T\"\ndate = \"date\"\nlabel = \"event\"\n" + extra,
                    expected: expected)
    }

    /// A spec on its own, next to a valid `data/t.csv`.
    static func spec(_ name: String, _ spec: String, expected: String) -> HostileCase {
        HostileCase(name: name, csv: "label,value,source\nA,1,§I\n", spec: spec, expected: expected)
    }
}

@Suite struct HostileInputTests {
    static let number = "(fill in the value, or remove the row if the figure is unknown; read as numbers because of `value` in charts/c.toml:5)"

    static let cases: [HostileCase] = [
        // CSV structure and encoding.
        .bar("empty file", csv: "", expected: "data/t.csv:1: the file is empty; expected a header row naming the columns (e.g. label,value,source)"),
        .bar("header only", csv: "label,value\n", expected: "data/t.csv:1: the file has a header but no data rows (add one row per figure)"),
        .bar("missing column", csv: "label,source\nA,§I\n", expected: "charts/c.toml:5: `value`: no column `value` in data/t.csv (columns: label, source)"),
        .bar("misspelt column", csv: "label,valeu\nA,1\n", expected: "charts/c.toml:5: `value`: no column `value` in data/t.csv (columns: label, valeu) (did you mean `valeu`?)"),
        .bar("duplicated column", csv: "label,label,value\nA,B,1\n", expected: "data/t.csv:1: `label`: the column name appears twice (columns 1 and 2) (give each column its own name)"),
        .bar("unnamed column", csv: "label,,value\nA,B,1\n", expected: "data/t.csv:1: column 2 has no name in the header row (name every column)"),
        .bar("too many cells", csv: "label,value\nA,1,2\n", expected: "data/t.csv:2: too many cells: expected 2 (label, value), found 3 (quote cells that contain a comma, e.g. \"a, b\")"),
        .bar("too few cells", csv: "label,value\nA\nB,2\n", expected: "data/t.csv:2: too few cells: expected 2 (label, value), found 1 (the row stops before `value`: add , at its end for empty cells, or fill them in)"),
        .bar("trailing cells dropped", csv: "label,value,note,source\nA,1\n", expected: "data/t.csv:2: too few cells: expected 4 (label, value, note, source), found 2 (the row stops before `note`, `source`: add ,, at its end for empty cells, or fill them in)"),
        .bar("unterminated quote", csv: "label,value\n\"A,1\nB,2\n", expected: "data/t.csv:2: a quoted field opened here is never closed (add the closing `\"`)"),
        .bar("invalid UTF-8", csv: "label,value\nA,1\n\u{FFFF}", expected: ""),
        .bar("NUL byte", csv: "label,value\nA\0,1\n", expected: "data/t.csv:2: the file contains a NUL byte (save it as plain UTF-8 text)"),
        .bar("ragged row then bad number", csv: "label,value\nA,1,x\nB,N/A\n", expected: "data/t.csv:2: too many cells: expected 2 (label, value), found 3 (quote cells that contain a comma, e.g. \"a, b\")"),
        // Numbers.
        .bar("thousands separator", csv: "label,value\nA,\"1,234\"\n", expected: "data/t.csv:2: `value`: expected a number, found `1,234` with a thousands separator (write it without separators: 1234; read as numbers because of `value` in charts/c.toml:5)"),
        .bar("decimal comma", csv: "label,value\nA,\"12,5\"\n", expected: "data/t.csv:2: `value`: expected a number, found `12,5` with a decimal comma (use a point for decimals: 12.5; read as numbers because of `value` in charts/c.toml:5)"),
        .bar("N/A", csv: "label,value\nA,N/A\n", expected: "data/t.csv:2: `value`: expected a number, found the placeholder `N/A` \(number)"),
        .bar("NaN", csv: "label,value\nA,NaN\n", expected: "data/t.csv:2: `value`: expected a finite number, found `NaN` (write the figure itself, e.g. 1e12; read as numbers because of `value` in charts/c.toml:5)"),
        .bar("infinity", csv: "label,value\nA,inf\n", expected: "data/t.csv:2: `value`: expected a finite number, found `inf` (write the figure itself, e.g. 1e12; read as numbers because of `value` in charts/c.toml:5)"),
        .bar("1e309", csv: "label,value\nA,1e309\n", expected: "data/t.csv:2: `value`: `1e309` is too large to represent (beyond ±1.8e308) (check the exponent for a typo; read as numbers because of `value` in charts/c.toml:5)"),
        .bar("hexadecimal", csv: "label,value\nA,0x10\n", expected: "data/t.csv:2: `value`: expected a decimal number, found hexadecimal `0x10` (write the value in decimal; read as numbers because of `value` in charts/c.toml:5)"),
        .bar("empty number", csv: "label,value\nA,\n", expected: "data/t.csv:2: `value`: expected a number, found an empty cell \(number)"),
        .bar("word for a number", csv: "label,value\nA,twelve\n", expected: "data/t.csv:2: `value`: expected a number, found `twelve` (write digits with an optional `.` and exponent, e.g. 78563 or 1e11; read as numbers because of `value` in charts/c.toml:5)"),
        .bar("1e300 in billions", csv: "label,value\nA,1e300\nB,5\n", extra: "[format]\nvalues_in = \"billions\"\n", expected: "data/t.csv:2: `value`: `1e300` billions is too large to draw (the largest magnitude is a quadrillion, 1e15) (check the figure's exponent, and that the column counts billions; read as numbers because of `value` in charts/c.toml:5)"),
        .bar("1e308 in trillions on a log axis", csv: "label,value\nA,1e308\nB,5\n", extra: "scale = \"log\"\n[format]\nvalues_in = \"trillions\"\n", expected: "data/t.csv:2: `value`: `1e308` trillions is too large to draw (the largest magnitude is a quadrillion, 1e15) (check the figure's exponent, and that the column counts trillions; read as numbers because of `value` in charts/c.toml:5)"),
        .bar("a value past a quadrillion", csv: "label,value\nA,2e15\n", expected: "data/t.csv:2: `value`: `2e15` is too large to draw (the largest magnitude is a quadrillion, 1e15) (check the figure's exponent for a typo; read as numbers because of `value` in charts/c.toml:5)"),
        .bar("a value below a millionth", csv: "label,value\nA,1e-300\nB,1\n", expected: "data/t.csv:2: `value`: `1e-300` is too small to write (the smallest non-zero magnitude is a millionth, 0.000001) (write 0, or count the column in a smaller unit (say so in `value_axis`); read as numbers because of `value` in charts/c.toml:5)"),
        .bar("a step of zero to round to", csv: "label,value\nA,1\n", extra: "[format]\nround_to = 0\n", expected: "charts/c.toml:7: `format.round_to`: 0 is not a step to round to (give a step from 0.000001 to 1e15, e.g. round_to = 1)"),
        .bar("a step too small to round to", csv: "label,value\nA,1\n", extra: "[format]\nround_to = 1e-308\n", expected: "charts/c.toml:7: `format.round_to`: 1e-308 is not a step to round to (give a step from 0.000001 to 1e15, e.g. round_to = 1)"),
        HostileCase(name: "floors of computed gaps", csv: "label,d\nA,2020-01-01\nB,2020-03-01\n",
                    spec: "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\ncategory = \"label\"\ngaps = \"d\"\nmore_than = true\n",
                    expected: "charts/c.toml:6: `more_than`: a `gaps` chart's bars are intervals it computes, not “more than” figures (remove more_than)"),
        .bar("zero on a log axis", csv: "label,value\nA,0\n", extra: "scale = \"log\"\n", expected: "data/t.csv:2: `value`: `0` cannot be shown on a log scale (values must be above zero) (use scale = \"linear\" or remove the row)"),
        .bar("negative on a log axis", csv: "label,value\nA,-3\n", extra: "scale = \"log\"\n", expected: "data/t.csv:2: `value`: `-3` cannot be shown on a log scale (values must be above zero) (use scale = \"linear\" or remove the row)"),
        // Text.
        .bar("label of spaces", csv: "label,value\n   ,1\n", expected: "data/t.csv:2: `label`: expected text, found a blank cell (fill in the cell or remove the row)"),
        .bar("10,000-character label", csv: "label,value\n" + String(repeating: "x", count: 10_000) + ",1\n", expected: "data/t.csv:2: `label`: a cell of 10000 characters; cells are limited to 1000 (shorten it; long text belongs in the article, not the chart)"),
        .bar("duplicate category", csv: "label,value\nA,1\nA,2\n", expected: "data/t.csv:3: `label`: `A` already names the bar on line 2 (each bar needs its own category name)"),
        .bar("private-use character", csv: "label,value,source\nQ\u{E000},1,§I\n", expected: "data/t.csv:2: `label`: no installed font can draw U+E000 in the category-label “Q\u{E000}” (install a font that has it (fonts-noto-cjk covers Chinese) or change the text)"),
        .bar("unknown highlight", csv: "label,value\nAlpha,1\n", extra: "highlight = [\"Alpah\"]\n", expected: "charts/c.toml:6: `highlight[1]`: no bar is called `Alpah` (did you mean `Alpha`?)"),
        .bar("ratio to a missing bar", csv: "label,value\nA,1\nB,2\n", extra: "[[annotations]]\ntype = \"ratio\"\nfrom = \"A\"\nto = \"C\"\n", expected: "charts/c.toml:9: `annotations[1].to`: no bar is called `C` (bars: `A`, `B`)"),
        // Dates.
        // A time axis under bars.
        .bar("time axis over names", csv: "label,value\nA,1\n", extra: "time_axis = true\n", expected: "charts/c.toml:6: `time_axis`: `A` is not an exact date (a year, month or day such as 2024, 2024-03 or 2024-03-15) (use a category column of dates, or remove time_axis)"),
        .bar("time axis out of order", csv: "label,value\n2021,1\n2020,2\n", extra: "time_axis = true\n", expected: "charts/c.toml:6: `time_axis`: `2020` does not come after the category before it (sort the rows by date, and do not sort the bars by value)"),
        .bar("time axis over approximate dates", csv: "label,value\n~2021,1\n", extra: "time_axis = true\n", expected: "charts/c.toml:6: `time_axis`: `~2021` is not an exact date (a year, month or day such as 2024, 2024-03 or 2024-03-15) (use a category column of dates, or remove time_axis)"),
        .bar("time axis on horizontal bars", csv: "label,value\n2021,1\n", extra: "time_axis = true\norientation = \"horizontal\"\n", expected: "charts/c.toml:6: `time_axis`: a time axis runs left to right, under vertical bars (remove orientation = \"horizontal\", or time_axis)"),
        .bar("time axis with details", csv: "label,value,d\n2021,1,x\n", extra: "time_axis = true\ndetail = \"d\"\n", expected: "charts/c.toml:6: `time_axis`: a time axis labels the bars with dates, so a `detail` line has no place (remove detail, or time_axis)"),
        .bar("time axis over mixed precisions", csv: "label,value\n2022,1\n2023-03,2\n", extra: "time_axis = true\n", expected: "charts/c.toml:6: `time_axis`: `2023-03` is not as precise as `2022`: a time axis draws each bar as wide as its period, so all must be years, all months or all days (write every category to the same precision)"),
        // The ranges layout: its keys, its end cells.
        .timeline("ranges without an end column", csv: "date,event,end\n2020,A,2021\n", extra: "layout = \"ranges\"\n", expected: "charts/c.toml:6: `layout`: the ranges layout needs an end column (add end = \"<column>\"; an end cell of `open` marks a range that has not ended)"),
        .timeline("end and ends", csv: "date,event,end\n2020,A,2021\n", extra: "layout = \"ranges\"\nend = \"end\"\nends = [\"end\"]\n", expected: "charts/c.toml:8: `ends`: give the end columns either as `end` or as `ends`, not both (list every end column in `ends`)"),
        .timeline("unnamed segments", csv: "date,event,e1,e2\n2020,A,2021,2022\n", extra: "layout = \"ranges\"\nends = [\"e1\", \"e2\"]\n", expected: "charts/c.toml:7: `ends`: 2 end columns make 2 segments, which the legend must name (add segments = [\"e1\", \"e2\"] with the names readers should see)"),
        .timeline("ends on lanes", csv: "date,event,e1,e2\n2020,A,2021,2022\n", extra: "ends = [\"e1\", \"e2\"]\n", expected: "charts/c.toml:6: `ends`: `ends` applies to the ranges layout (add layout = \"ranges\", or remove `ends`)"),
        .timeline("vertical ranges", csv: "date,event,end\n2020,A,2021\n", extra: "layout = \"ranges\"\nend = \"end\"\norientation = \"vertical\"\n", expected: "charts/c.toml:8: `orientation`: the ranges layout runs time left to right, one row per item (remove orientation, or use layout = \"points\" for a vertical timeline)"),
        .timeline("segments and tracks", csv: "date,event,end,t\n2020,A,2023,x\n", extra: "layout = \"ranges\"\nend = \"end\"\ntrack = \"t\"\nsegments = [\"x\"]\n", expected: "charts/c.toml:9: `segments`: colour shows either the segments or the tracks, not both (remove `track`, or chart the segments with one end column)"),
        .timeline("range sort", csv: "date,event,end\n2020,A,2021\n", extra: "layout = \"ranges\"\nend = \"end\"\nsort = \"length\"\n", expected: "charts/c.toml:8: `sort`: `length` is not a valid value (expected one of: `start`, `end`, `data`)"),
        .timeline("as_of before an end", csv: "date,event,end\n2020,A,2024\n", extra: "layout = \"ranges\"\nend = \"end\"\nas_of = \"2023-06\"\n", expected: "charts/c.toml:8: `as_of`: the chart is current to 2023-06, but “A” runs to 2024 (give the date of the latest information the chart shows)"),
        .timeline("as_of on lanes", csv: "date,event\n2020,A\n", extra: "as_of = \"2023-06\"\n", expected: "charts/c.toml:6: `as_of`: `as_of` applies to the ranges layout (add layout = \"ranges\", or remove `as_of`)"),
        .timeline("approximate as_of", csv: "date,event,end\n2020,A,open\n", extra: "layout = \"ranges\"\nend = \"end\"\nas_of = \"~2023\"\n", expected: "charts/c.toml:8: `as_of`: `as_of` is the date the chart is current to, so it is exact (e.g. as_of = \"2025-06\")"),
        .timeline("empty range end", csv: "date,event,end\n2020,A,\n", extra: "layout = \"ranges\"\nend = \"end\"\n", expected: "data/t.csv:2: `end`: a range needs an end date (give its end, or write `open` for a range that has not ended)"),
        .timeline("open span on a lane", csv: "date,event,end\n2020,A,open\n", extra: "end = \"end\"\n", expected: "data/t.csv:2: `end`: `open`: a span on a lane needs its end date (give the end, or draw ranges that have not ended with layout = \"ranges\")"),
        .timeline("segment after open", csv: "date,event,e1,e2\n2020,A,open,2024\n", extra: "layout = \"ranges\"\nends = [\"e1\", \"e2\"]\nsegments = [\"x\", \"y\"]\n", expected: "data/t.csv:2: `e2`: nothing can follow an `open` end (leave it empty, or give the end in `e1`)"),
        .timeline("segment after a gap", csv: "date,event,e1,e2,e3\n2020,A,2021,,2024\n", extra: "layout = \"ranges\"\nends = [\"e1\", \"e2\", \"e3\"]\nsegments = [\"x\", \"y\", \"z\"]\n", expected: "data/t.csv:2: `e3`: a segment follows an empty `e2` (fill `e2`, or leave this cell empty)"),
        .timeline("segments out of order", csv: "date,event,e1,e2\n2020,A,2023,2022\n", extra: "layout = \"ranges\"\nends = [\"e1\", \"e2\"]\nsegments = [\"x\", \"y\"]\n", expected: "data/t.csv:2: `e2`: this segment ends (2022) before the one before it (2023) (list the end columns in time order, or fix the date)"),
        .timeline("month 13", csv: "date,event\n2024-13,A\n", expected: "data/t.csv:2: `date`: `2024-13` has month 13; months run from 01 to 12 (for example 2023, 2024-02, 2023-08-03, ~2023-11, late 2023 or by 2018; read as dates because of `date` in charts/c.toml:4)"),
        .timeline("30 February", csv: "date,event\n2023-02-30,A\n", expected: "data/t.csv:2: `date`: `2023-02-30` has day 30, but that month has 28 days (for example 2023, 2024-02, 2023-08-03, ~2023-11, late 2023 or by 2018; read as dates because of `date` in charts/c.toml:4)"),
        .timeline("two-digit year", csv: "date,event\n24-02-01,A\n", expected: "data/t.csv:2: `date`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD (with `~` before it for approximate, or `by ` for a deadline), or early, mid or late YYYY, found `24-02-01` (for example 2023, 2024-02, 2023-08-03, ~2023-11, late 2023 or by 2018; read as dates because of `date` in charts/c.toml:4)"),
        .timeline("month name", csv: "date,event\nFeb 2024,A\n", expected: "data/t.csv:2: `date`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD (with `~` before it for approximate, or `by ` for a deadline), or early, mid or late YYYY, found `Feb 2024` (for example 2023, 2024-02, 2023-08-03, ~2023-11, late 2023 or by 2018; read as dates because of `date` in charts/c.toml:4)"),
        .timeline("empty date", csv: "date,event\n,A\n", expected: "data/t.csv:2: `date`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD (with `~` before it for approximate, or `by ` for a deadline), or early, mid or late YYYY, found an empty cell (for example 2023, 2024-02, 2023-08-03, ~2023-11, late 2023 or by 2018; read as dates because of `date` in charts/c.toml:4)"),
        .timeline("approximate deadline", csv: "date,event\nby ~2023,A\n", expected: "data/t.csv:2: `date`: `by ~2023` is both a deadline and approximate; write `by` with the latest the date can be (`by 2024-01`), or `~` alone (for example 2023, 2024-02, 2023-08-03, ~2023-11, late 2023 or by 2018; read as dates because of `date` in charts/c.toml:4)"),
        .timeline("deadline without a date", csv: "date,event\nby,A\n", expected: "data/t.csv:2: `date`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD (with `~` before it for approximate, or `by ` for a deadline), or early, mid or late YYYY, found `by` (for example 2023, 2024-02, 2023-08-03, ~2023-11, late 2023 or by 2018; read as dates because of `date` in charts/c.toml:4)"),
        .timeline("capitalised deadline", csv: "date,event\nBy 2018,A\n", expected: "data/t.csv:2: `date`: expected a date as YYYY, YYYY-MM or YYYY-MM-DD (with `~` before it for approximate, or `by ` for a deadline), or early, mid or late YYYY, found `By 2018` (for example 2023, 2024-02, 2023-08-03, ~2023-11, late 2023 or by 2018; read as dates because of `date` in charts/c.toml:4)"),
        .timeline("deadline in month 13", csv: "date,event\nby 2023-13,A\n", expected: "data/t.csv:2: `date`: `by 2023-13` has month 13; months run from 01 to 12 (for example 2023, 2024-02, 2023-08-03, ~2023-11, late 2023 or by 2018; read as dates because of `date` in charts/c.toml:4)"),
        .timeline("span from a deadline", csv: "date,end,event\nby 2018,2020,A\n", extra: "end = \"end\"\n", expected: "data/t.csv:2: `date`: a span runs between known dates; `by 2018` is only a deadline (drop `by` if the date is known, or leave `end` empty for a single event done by then)"),
        .timeline("span to a deadline", csv: "date,end,event\n2018,by 2020,A\n", extra: "end = \"end\"\n", expected: "data/t.csv:2: `end`: a span runs between known dates; `by 2020` is only a deadline (drop `by` if the date is known, or leave `end` empty for a single event done by then)"),
        .timeline("era from a deadline", csv: "date,event\n2018,A\n", extra: "[[eras]]\nlabel = \"E\"\nstart = \"by 2017\"\nend = \"2019\"\n", expected: "charts/c.toml:8: `eras[1].start`: an era runs between known dates; `by 2017` is only a deadline (give the period the era covers, e.g. start = \"2017\")"),
        .timeline("span ending before it starts", csv: "date,end,event\n2020,2019,A\n", extra: "end = \"end\"\n", expected: "data/t.csv:2: `end`: the span ends (2019) before it starts (2020) (swap the dates or fix the end)"),
        .timeline("track not listed", csv: "date,event,track\n2020,A,chps\n", extra: "track = \"track\"\ntracks = [\"chips\"]\n", expected: "charts/c.toml:7: `tracks`: `tracks` does not list `chps` (data/t.csv line 2), used in the `track` column (`chps`: did you mean `chips`?; add each to `tracks`, or correct the cells)"),
        .bar("bad date in a detail column", csv: "label,value,when\nA,1,2024-13\n", extra: "detail = \"when\"\n", expected: "data/t.csv:2: `when`: `2024-13` has month 13; months run from 01 to 12 (for example 2023, 2024-02 or 2023-08-03)"),
        // Specs.
        .spec("TOML syntax", "kind = \"bar\ndata = \"t.csv\"\n", expected: "charts/c.toml:1:12: TOML syntax: a string is not closed before the end of the line (add the closing \"; text over several lines goes between \"\"\" and \"\"\")"),
        .spec("decimals with a fraction", "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\ncategory = \"label\"\nvalue = \"value\"\n[format]\ndecimals = 1.5\n", expected: "charts/c.toml:7: `format.decimals`: expected a whole number (a whole number has no decimals, e.g. 2)"),
        .spec("unclosed list", "kind = \"bar\"\nhighlight = [\"a\", \"b\"\n", expected: "charts/c.toml:2:23: TOML syntax: a list is not closed (add the closing ], e.g. highlight = [\"a\", \"b\"])"),
        .spec("letters in a number", "kind = \"bar\"\nwidth = 8OO\n", expected: "charts/c.toml:2:10: TOML syntax: `8OO` is not a number (write digits only, e.g. 800 or 1.5)"),
        .spec("unquoted text", "kind = bar\n", expected: "charts/c.toml:1:8: TOML syntax: `bar` is not a value TOML knows (quote text: key = \"bar\"; numbers, true and false go without quotes)"),
        .spec("duplicate key", "kind = \"bar\"\nkind = \"bar\"\n", expected: "charts/c.toml:2:8: TOML syntax: `kind` is given twice (keep one of them)"),
        .spec("wrong type", "kind = \"bar\"\ndata = \"t.csv\"\ntitle = 5\n", expected: "charts/c.toml:3: `title`: expected a string (quote it: \"5\")"),
        .spec("number as a string", "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\nwidth = \"800\"\n", expected: "charts/c.toml:4: `width`: expected a whole number (write digits without quotes, e.g. 800)"),
        .spec("bool as a string", "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\nvalue_labels = \"yes\"\n", expected: "charts/c.toml:4: `value_labels`: expected true or false (write true without quotes)"),
        .spec("unknown key", "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\norientaton = \"vertical\"\n", expected: "charts/c.toml:4: `orientaton`: unknown key (did you mean `orientation`?)"),
        .spec("unknown nested key", "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\n[format]\nsufix = \"B\"\n", expected: "charts/c.toml:5: `format.sufix`: unknown key (did you mean `suffix`?)"),
        .spec("key of the other kind", "kind = \"timeline\"\ndata = \"t.csv\"\ntitle = \"T\"\ncategory = \"label\"\n", expected: "charts/c.toml:4: `category`: unknown key (`category` is a key of bar charts, not of timelines)"),
        .spec("missing kind", "data = \"t.csv\"\ntitle = \"T\"\n", expected: "charts/c.toml: `kind`: missing required key (add kind = \"bar\" or kind = \"timeline\")"),
        .spec("misspelt kind", "kind = \"bra\"\ndata = \"t.csv\"\ntitle = \"T\"\n", expected: "charts/c.toml:1: `kind`: `bra` is not a valid value (did you mean `bar`?)"),
        .spec("missing data", "kind = \"bar\"\ntitle = \"T\"\n", expected: "charts/c.toml: `data`: missing required key (add e.g. data = \"figures.csv\")"),
        .spec("missing title", "kind = \"bar\"\ndata = \"t.csv\"\n", expected: "charts/c.toml: `title`: missing required key (add e.g. title = \"What the chart shows\")"),
        .spec("blank title", "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"  \"\n", expected: "charts/c.toml:3: `title`: the title is blank (every chart needs a title)"),
        .spec("missing category", "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\nvalue = \"value\"\n", expected: "charts/c.toml: `category`: a bar chart needs the column naming its bars (add category = \"label\")"),
        .spec("value and series", "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\ncategory = \"label\"\nvalue = \"value\"\n[[series]]\ncolumn = \"value\"\n", expected: "charts/c.toml:5: `value`: give either `value` or `[[series]]`, not both (use `value` for one series, `[[series]]` for several)"),
        .spec("bad colour", "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\ncategory = \"label\"\n[[series]]\ncolumn = \"value\"\ncolor = \"blue\"\n", expected: "charts/c.toml:7: `series[1].color`: `blue` is not a colour (write it as #RRGGBB, e.g. #0072B2)"),
        .spec("ratio without to", "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\ncategory = \"label\"\nvalue = \"value\"\n[[annotations]]\ntype = \"ratio\"\nfrom = \"A\"\n", expected: "charts/c.toml:6: `annotations[1].to`: a ratio needs `from` and `to` (name the two categories to compare)"),
        .spec("decimals out of range", "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\n[format]\ndecimals = 9\n", expected: "charts/c.toml:5: `format.decimals`: 9 decimals is out of range (use 0 to 6)"),
        .spec("width zero", "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\nwidth = 0\n", expected: "charts/c.toml:4: `width`: 0 px is outside the supported 100…10000 px (charts are sized in 1× pixels; use --scale for denser PNGs)"),
        .spec("height negative", "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\nheight = -5\n", expected: "charts/c.toml:4: `height`: -5 px is outside the supported 100…10000 px (charts are sized in 1× pixels; use --scale for denser PNGs)"),
        .spec("width 100,000", "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\nwidth = 100000\n", expected: "charts/c.toml:4: `width`: 100000 px is outside the supported 100…10000 px (charts are sized in 1× pixels; use --scale for denser PNGs)"),
        .spec("stacked log", "kind = \"bar\"\ndata = \"t.csv\"\ntitle = \"T\"\ncategory = \"label\"\nlayout = \"stacked\"\nscale = \"log\"\n[[series]]\ncolumn = \"value\"\n[[series]]\ncolumn = \"value\"\n", expected: "charts/c.toml:6: `scale`: stacked bars cannot use a log scale (their segments would not add up) (use layout = \"grouped\" or scale = \"linear\")"),
        // Paths.
        .spec("missing dataset", "kind = \"bar\"\ndata = \"nope.csv\"\ntitle = \"T\"\ncategory = \"label\"\nvalue = \"value\"\n", expected: "charts/c.toml:2: `data`: no file data/nope.csv (files in data/: `t.csv`)"),
        .spec("path outside the project", "kind = \"bar\"\ndata = \"../../etc/passwd\"\ntitle = \"T\"\ncategory = \"label\"\nvalue = \"value\"\n", expected: "charts/c.toml:2: `data`: `../../etc/passwd` is not a file inside data/ (name a CSV file in data/, e.g. data = \"qwen.csv\")"),
        .spec("absolute path", "kind = \"bar\"\ndata = \"/etc/passwd\"\ntitle = \"T\"\ncategory = \"label\"\nvalue = \"value\"\n", expected: "charts/c.toml:2: `data`: `/etc/passwd` is not a file inside data/ (name a CSV file in data/, e.g. data = \"qwen.csv\")"),
    ]

    @Test(arguments: cases)
    func givesItsDiagnosticAndWritesNothing(_ hostile: HostileCase) throws {
        let project = try CLI.emptyProject()
        defer { try? FileManager.default.removeItem(at: project) }
        if let csv = hostile.csv {
            var bytes = Data(csv.utf8)
            if hostile.name == "invalid UTF-8" { bytes = Data("label,value\nA,1\nB,".utf8) + Data([0xFF, 0x0A]) }
            try bytes.write(to: project.appendingPathComponent("data/t.csv"))
        }
        try CLI.write(hostile.spec, to: "charts/c.toml", in: project)
        let check = try CLI.run(["check", "--project", project.path])
        #expect(check.status == 1, "\(check.stdout)")
        let expected = hostile.name == "invalid UTF-8"
            ? "data/t.csv:3: the file is not valid UTF-8 (save it as UTF-8, e.g. as CSV UTF-8 from a spreadsheet)" : hostile.expected
        #expect(check.stdout.split(separator: "\n").first.map(String.init) == expected, "\(check.stdout)")
        let all = try CLI.run(["all", "--project", project.path])
        #expect(all.status == 1)
        let out = project.appendingPathComponent("out")
        let written = (try? FileManager.default.contentsOfDirectory(atPath: out.path))?.filter { !$0.hasPrefix(".") } ?? []
        #expect(written.isEmpty, "nothing is written for a failed chart")
        #expect(try Data(contentsOf: project.appendingPathComponent("charts/c.toml")) == Data(hostile.spec.utf8), "the spec is untouched")
    }

    @Test func thereAreAtLeastSixtyCases() {
        #expect(Self.cases.count >= 60)
    }
}
