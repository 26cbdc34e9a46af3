import Foundation
import Dataset

/// Resolves a bar chart spec against its dataset: columns, values, highlights, annotations.
///
/// This is the validation stage: every problem is collected (spec key problems point at the
/// spec's line, data problems at the CSV's line and column) and thrown together.
public enum BarChartBuilder {
    /// Builds the chart model, or throws every problem found.
    public static func build(spec: ChartSpec, dataset: Dataset, context: SpecContext) throws(DiagnosticList) -> BarChart {
        var problems: [Diagnostic] = []
        guard let options = spec.bar else {
            throw DiagnosticList([context.problem("kind", "this spec is not a bar chart")])
        }
        func column(_ key: String, _ name: String) -> Int? {
            if let index = dataset.columnIndex(name) { return index }
            let (message, hint) = dataset.missingColumn(name)
            problems.append(context.problem(key, message, hint: hint))
            return nil
        }
        guard let categoryName = options.category else {
            let hint = dataset.columns.first.map { "add category = \"\($0)\"" }
            throw DiagnosticList([context.problem("category", "a bar chart needs the column naming its bars", hint: hint)])
        }
        let categoryColumn = column("category", categoryName)
        var gapDates: Int?
        if let gapColumn = options.gaps {
            if options.value != nil || !options.series.isEmpty {
                problems.append(context.problem("gaps", "`gaps` derives the values; do not give `value` or `[[series]]` too"))
            }
            gapDates = column("gaps", gapColumn)
            if options.moreThan {
                problems.append(context.problem("more_than", "a `gaps` chart's bars are intervals it computes, not “more than” figures",
                                                hint: "remove more_than"))
            }
            if options.layout == .stacked {
                problems.append(context.problem("layout", "a `gaps` chart has one series, so there is nothing to stack",
                                                hint: "remove layout, or chart values with [[series]]"))
            }
        } else if options.gapUnit != .months || !options.gapRange {
            problems.append(context.problem(options.gapUnit != .months ? "gap_unit" : "gap_range", "only a `gaps` chart has gaps",
                                            hint: "add gaps = \"<date column>\", or remove this key"))
        }
        var seriesColumns: [(key: String, column: Int?, series: BarChart.Series)] = []
        switch options.gaps == nil ? (options.value, options.series.isEmpty) : nil {
        case nil:
            seriesColumns = []
        case (let value?, true)?:
            seriesColumns = [("value", column("value", value), BarChart.Series(label: value))]
        case (nil, false)?:
            for (index, entry) in options.series.enumerated() {
                let key = "series[\(index + 1)].column"
                seriesColumns.append((key, column(key, entry.column),
                                      BarChart.Series(label: entry.label ?? entry.column,
                                                      color: entry.color.flatMap(Color.init(hex:)))))
            }
        case (_?, false)?:
            problems.append(context.problem("value", "give either `value` or `[[series]]`, not both",
                                            hint: "use `value` for one series, `[[series]]` for several"))
        case (nil, true)?:
            let numeric = dataset.columns.filter { $0 != categoryName && $0 != dataset.provenanceColumn }
            problems.append(context.problem("value", "a bar chart needs the column holding its values",
                                            hint: numeric.first.map { "add value = \"\($0)\"" }))
        }
        let detailColumn = options.detail.flatMap { column("detail", $0) }
        let colours = Theme(width: Double(spec.width), height: Double(spec.height)).palette.count
        for (index, entry) in options.series.enumerated() where index >= colours && entry.color == nil {
            problems.append(context.problem("series[\(index + 1)]", "series \(index + 1) has no colour, and the palette has only \(colours) distinct ones",
                                            hint: "give it color = \"#RRGGBB\", or chart fewer series"))
        }
        if !problems.isEmpty { throw DiagnosticList(problems) }

        // One bar per row, or per interval between consecutive dated rows (`gaps`); `rowOf` is the
        // data row each bar stands for (for gaps, the later row of its interval).
        var names: [String] = []
        var values: [[Double]] = Array(repeating: [], count: dataset.rows.count)
        var rowOf = Array(dataset.rows.indices)
        var approximate = Array(repeating: false, count: dataset.rows.count)
        var atMost = Array(repeating: false, count: dataset.rows.count)
        var ranges: [String?] = Array(repeating: nil, count: dataset.rows.count)
        var notes = spec.notes.map { [$0] } ?? []
        var sourceRows: [Int]?
        do throws(DiagnosticList) {
            names = try dataset.texts(column: categoryColumn!)
            if let gapDates {
                let cadence = try gapRows(dataset: dataset, names: names, dateColumn: gapDates, unit: options.gapUnit, locale: spec.locale)
                rowOf = cadence.rows
                names = rowOf.map { names[$0] }
                values = cadence.values.map { [$0] }
                approximate = cadence.approximate
                atMost = cadence.atMost
                ranges = options.gapRange ? cadence.ranges : rowOf.map { _ in nil }
                notes += cadence.notes
                sourceRows = cadence.dated
            }
        } catch {
            // A bad date in the `gaps` column: name the key that reads it as dates too.
            let gapField = gapDates.map { dataset.columns[$0] }
            problems += error.diagnostics.flatMap { problem in
                problem.field != nil && problem.field == gapField && problem.line != nil
                    ? context.readBy("gaps", as: "dates", [problem]) : [problem]
            }
        }
        for entry in seriesColumns {
            do throws(DiagnosticList) {
                let unit = options.format.valuesIn
                let numbers = try dataset.numbers(column: entry.column!, unit: unit.multiplier, unitName: unit == .ones ? "" : unit.rawValue)
                for (row, number) in numbers.enumerated() { values[row].append(number) }
            } catch { problems += context.readBy(entry.key, as: "numbers", error.diagnostics) }
        }
        if gapDates != nil { seriesColumns = [("gaps", gapDates, BarChart.Series(label: spec.locale.gapUnit(options.gapUnit)))] }
        if options.scale == .log {
            if options.layout == .stacked && seriesColumns.count > 1 {
                problems.append(context.problem("scale", "stacked bars cannot use a log scale (their segments would not add up)",
                                                hint: "use layout = \"grouped\" or scale = \"linear\""))
            }
            for (bar, rowValues) in values.enumerated() {
                for (index, value) in rowValues.enumerated() where value <= 0 {
                    let row = rowOf[bar], column = seriesColumns[index].column!
                    let shown = gapDates == nil ? dataset.rows[row][column].trimmingCharacters(in: .whitespaces)
                                                : "a gap of \(NumberFormat().format(value)) \(options.gapUnit.rawValue)"
                    problems.append(Diagnostic(file: dataset.file, line: dataset.lines[row],
                                               field: dataset.columns[column],
                                               message: "`\(shown)` cannot be shown on a log scale (values must be above zero)",
                                               hint: "use scale = \"linear\" or remove the row"))
                }
            }
        }
        var details: [String?] = Array(repeating: nil, count: dataset.rows.count)
        if let detailColumn {
            // A column of dates is shown by precision (`Feb 2024`); a bad date in it is an error.
            let cells = dataset.rows.map { $0[detailColumn].trimmingCharacters(in: .whitespaces) }
            if cells.allSatisfy({ $0.isEmpty || Self.looksLikeDate($0) }) {
                for (row, cell) in cells.enumerated() where !cell.isEmpty {
                    do throws(PartialDateError) {
                        details[row] = spec.locale.text(of: try PartialDate(parsing: cell))
                    } catch {
                        problems.append(Diagnostic(file: dataset.file, line: dataset.lines[row], field: dataset.columns[detailColumn],
                                                   message: error.description, hint: "for example 2023, 2024-02 or 2023-08-03"))
                    }
                }
            } else {
                details = cells.map { $0.isEmpty ? nil : $0 }
            }
        }
        details = detailColumn == nil ? ranges : rowOf.map { details[$0] }
        if !problems.isEmpty { throw DiagnosticList(problems) }

        var order = Array(names.indices)
        let totals = values.map { $0.reduce(0, +) }
        switch options.sort {
        case .none: break
        case .ascending: order.sort { totals[$0] < totals[$1] || (totals[$0] == totals[$1] && $0 < $1) }
        case .descending: order.sort { totals[$0] > totals[$1] || (totals[$0] == totals[$1] && $0 < $1) }
        }
        if let limit = options.limit, limit < order.count { order = Array(order.prefix(limit)) }
        let sortedNames = order.map { names[$0] }
        // Among the bars drawn (rows that `limit` leaves out are no bars), in the data's order.
        var firstRowOfName: [String: Int] = [:]
        for bar in order.sorted() {
            let row = rowOf[bar], name = names[bar]
            if let first = firstRowOfName[name] {
                problems.append(Diagnostic(file: dataset.file, line: dataset.lines[row], field: categoryName,
                                           message: "`\(name)` already names the bar on line \(dataset.lines[first])",
                                           hint: "each bar needs its own category name"))
            } else {
                firstRowOfName[name] = row
            }
        }

        for (index, name) in options.highlight.enumerated() where !sortedNames.contains(name) {
            problems.append(context.problem("highlight[\(index + 1)]", "no bar is called `\(name)`",
                                            hint: Suggestion.hint(for: name, in: sortedNames, noun: "bars")))
        }
        var annotations: [BarChart.Annotation] = []
        let locale = spec.locale
        for (index, spec) in options.annotations.enumerated() {
            let path = "annotations[\(index + 1)]"
            func find(_ key: String, _ name: String?) -> Int? {
                guard let name else { return nil }
                if let position = sortedNames.firstIndex(of: name) { return position }
                problems.append(context.problem("\(path).\(key)", "no bar is called `\(name)`",
                                                hint: Suggestion.hint(for: name, in: sortedNames, noun: "bars")))
                return nil
            }
            switch spec.type {
            case .ratio:
                if seriesColumns.count > 1 && options.layout == .grouped {
                    problems.append(context.problem("\(path).type", "a ratio compares two bars, but each category here has \(seriesColumns.count) bars side by side",
                                                    hint: "use layout = \"stacked\" to compare totals, or a chart with one series"))
                    continue
                }
                guard let from = find("from", spec.from), let to = find("to", spec.to) else { continue }
                let base = totals[order[from]], compared = totals[order[to]]
                if from == to {
                    problems.append(context.problem("\(path).to", "a ratio needs two different bars"))
                } else if let text = spec.text {
                    annotations.append(.ratio(from: from, to: to, text: text))
                } else if base <= 0 || compared <= 0 {
                    let which = base <= 0 ? (key: "from", name: spec.from!, value: base) : (key: "to", name: spec.to!, value: compared)
                    problems.append(context.problem("\(path).\(which.key)",
                                                    "`\(which.name)` is \(which.value == 0 ? "zero" : "negative"), so “how many times” has no meaning",
                                                    hint: "compare two positive values, or give the label yourself with text = \"…\""))
                } else {
                    // A ratio is arithmetic, not a claim: it says what it compares.
                    let written = options.format.numberFormat(locale: locale)
                    let text = "\(written.format(compared)) ÷ \(written.format(base)) = \(ratioText(compared / base, locale: locale))"
                    annotations.append(.ratio(from: from, to: to, text: text))
                }
            case .note:
                if let category = find("category", spec.category) {
                    annotations.append(.note(category: category, text: spec.text!))
                }
            }
        }
        let (colorGroups, groupOfBar) = colorGroups(options, dataset: dataset, bars: order, rowOf: rowOf, values: values,
                                                     seriesCount: seriesColumns.count, locale: spec.locale, context: context, problems: &problems)
        if !problems.isEmpty { throw DiagnosticList(problems) }

        let sources = dataset.sources.map { all in (sourceRows ?? order.map { rowOf[$0] }).map { all[$0] } } ?? []
        let frame = ChartFrame.Texts(
            title: spec.title, subtitle: spec.subtitle, notes: notes.isEmpty ? nil : notes.joined(separator: "\n"),
            source: SourceLine.make(sources: sources, override: spec.source, extra: spec.sourceExtra, locale: spec.locale))
        var chart = BarChart(
            frame: frame, width: Double(spec.width), height: Double(spec.height),
            categories: order.map { row in
                BarChart.Category(name: names[row], detail: details[row], highlighted: options.highlight.contains(names[row]),
                                  approximate: approximate[row], atMost: atMost[row], atLeast: options.moreThan)
            },
            series: seriesColumns.map(\.series),
            values: order.map { values[$0] },
            layout: options.layout, orientation: options.orientation, scale: options.scale,
            format: options.format.numberFormat(locale: spec.locale), valueAxisTitle: options.valueAxis,
            valueLabels: options.valueLabels, annotations: annotations)
        chart.colorGroups = colorGroups
        chart.groupOfCategory = groupOfBar
        chart.theme = spec.theme
        chart.locale = spec.locale
        if options.timeAxis {
            chart.periods = try timePeriods(chart, options: options, context: context)
            chart.orientation = .vertical
        }
        return chart
    }

    /// The days each category covers, for `time_axis`: every category an exact date (a year,
    /// month or day, not approximate nor a deadline), in rising order, no two periods overlapping,
    /// on vertical bars.
    static func timePeriods(_ chart: BarChart, options: BarOptions, context: SpecContext) throws(DiagnosticList) -> [Range<Int>] {
        func fail(_ message: String, hint: String) -> DiagnosticList {
            DiagnosticList([context.problem("time_axis", message, hint: hint)])
        }
        if options.gaps != nil {
            throw fail("a `gaps` chart's bars are intervals, not dates", hint: "remove time_axis")
        }
        if options.detail != nil {
            throw fail("a time axis labels the bars with dates, so a `detail` line has no place", hint: "remove detail, or time_axis")
        }
        if chart.orientation == .horizontal {
            throw fail("a time axis runs left to right, under vertical bars", hint: "remove orientation = \"horizontal\", or time_axis")
        }
        var periods: [Range<Int>] = []
        for category in chart.categories {
            guard let date = try? PartialDate(parsing: category.name), !date.isApproximate, !date.isBound else {
                throw fail("`\(category.name)` is not an exact date (a year, month or day such as 2024, 2024-03 or 2024-03-15)",
                           hint: "use a category column of dates, or remove time_axis")
            }
            if let first = chart.categories.first.flatMap({ try? PartialDate(parsing: $0.name) }), first.precision != date.precision {
                throw fail("`\(category.name)` is not as precise as `\(chart.categories[0].name)`: a time axis draws each bar as wide as its period, so all must be years, all months or all days",
                           hint: "write every category to the same precision")
            }
            if let last = periods.last, date.firstDay < last.upperBound {
                throw fail("`\(category.name)` does not come after the category before it",
                           hint: "sort the rows by date, and do not sort the bars by value")
            }
            periods.append(date.firstDay..<date.endDay)
        }
        return periods
    }

    /// The colour groups of `color_by` and the group of each bar (in drawing order): by sign
    /// (zero or more, then negative) or by the distinct values of a column, in order of first
    /// appearance. It applies to one series, and not with `highlight`.
    static func colorGroups(_ options: BarOptions, dataset: Dataset, bars: [Int], rowOf: [Int], values: [[Double]], seriesCount: Int,
                            locale: ChartLocale, context: SpecContext, problems: inout [Diagnostic]) -> (groups: [String], groupOfBar: [Int]) {
        guard let colorBy = options.colorBy else { return ([], []) }
        if seriesCount != 1 {
            problems.append(context.problem("color_by", "colouring bars by sign or by a column applies to one series; this chart has \(seriesCount)",
                                            hint: "the series already have their colours"))
            return ([], [])
        }
        if !options.highlight.isEmpty {
            problems.append(context.problem("color_by", "give either `color_by` or `highlight`: both colour the bars",
                                            hint: "keep the one that tells the story"))
            return ([], [])
        }
        if colorBy == "sign" {
            let negative = bars.map { values[$0][0] < 0 ? 1 : 0 }
            return (locale.signNames, negative)
        }
        guard let column = dataset.columnIndex(colorBy) else {
            let (message, hint) = dataset.missingColumn(colorBy)
            problems.append(context.problem("color_by", message, hint: hint.map { "\($0), or \"sign\"" } ?? "or \"sign\""))
            return ([], [])
        }
        var groups: [String] = []
        let groupOfBar = bars.map { bar -> Int in
            let name = dataset.rows[rowOf[bar]][column].trimmingCharacters(in: .whitespaces)
            if let index = groups.firstIndex(of: name) { return index }
            groups.append(name)
            return groups.count - 1
        }
        let colours = Theme(width: 800, height: 500).palette.count
        if groups.count > colours {
            problems.append(context.problem("color_by", "`\(colorBy)` has \(groups.count) distinct values, but the palette has only \(colours) distinct colours",
                                            hint: "colour by a column with fewer values"))
        }
        return (groups, groupOfBar)
    }

    /// A ratio as readers say it: `3.8×`, `4×`, `100×`, `2.3B×` (at most one decimal, none from 10
    /// up, compact from ten thousand up); in Chinese `3.8 倍`.
    public static func ratioText(_ ratio: Double, locale: ChartLocale = .en) -> String {
        let rounded = abs(ratio) < 10 ? (ratio * 10).rounded() / 10 : ratio.rounded()
        return locale.times(NumberFormat(compact: abs(ratio) >= 10_000, units: locale.compactUnits).format(rounded))
    }

    /// The bars of a cadence chart: one per interval between consecutive dated rows (sorted by
    /// date), standing for the later row; intervals involving a year-precise date are left out
    /// and named in a note.
    struct GapRows {
        /// The data row each bar stands for (the later row of its interval).
        var rows: [Int]
        var values: [Double]
        var approximate: [Bool]
        /// Whether each gap is only an upper bound (it ends at a deadline).
        var atMost: [Bool]
        /// "date → date" for each bar.
        var ranges: [String?]
        /// Notes for the chart's footer.
        var notes: [String]
        /// Every dated row, in date order (the rows the chart draws on, for its source line).
        var dated: [Int]
    }

    static func gapRows(dataset: Dataset, names: [String], dateColumn: Int,
                        unit: BarOptions.GapUnit, locale: ChartLocale) throws(DiagnosticList) -> GapRows {
        let dates = try dataset.dates(column: dateColumn)
        guard dates.count > 1 else {
            throw DiagnosticList([Diagnostic(file: dataset.file, message: "gaps need at least two dated rows, found \(dates.count)")])
        }
        let order = dates.indices.sorted {
            (dates[$0].firstDay, dates[$0].precision.rawValue, $0) < (dates[$1].firstDay, dates[$1].precision.rawValue, $1)
        }
        let all = Cadence.gaps(order.map { dates[$0] }, unit: unit)
        let gaps = all.filter { $0.certainty != .unknown }
        var notes: [String] = []
        let chinese = locale == .zh
        if gaps.contains(where: { $0.certainty == .approximate }) {
            notes.append(chinese ? "≈ 与浅色柱形表示间隔的一端只知道月份或大致日期：按时段中点计算并取整。"
                : "≈ and a lighter bar mark gaps from a date known only to the month, or approximately: they run between the middles of the periods and are rounded.")
        }
        if gaps.contains(where: { $0.certainty == .atMost }) {
            notes.append(chinese ? "≤ 与浅色柱形表示间隔的终点只知道截止日期（“截至”）：按截止日期计算，实际间隔可能更短。"
                : "≤ and a lighter bar mark gaps to a date known only by a deadline (“by”): they run to the deadline, so the gap may be shorter.")
        }
        func listed(_ gaps: [Cadence.Gap]) -> String {
            gaps.map { "\(names[order[$0.from]]) → \(names[order[$0.to]])" }.joined(separator: chinese ? "、" : ", ")
        }
        let unknown = all.filter { $0.certainty == .unknown }
        let fromBound = unknown.filter { dates[order[$0.from]].isBound }
        // To a deadline from an approximate date (known to the month or day): either may come first.
        let unordered = unknown.filter {
            let from = dates[order[$0.from]]
            return !from.isBound && from.precision != .year && dates[order[$0.to]].isBound
        }
        let yearOnly = unknown.filter { gap in !fromBound.contains(gap) && !unordered.contains(gap) }
        if !yearOnly.isEmpty {
            notes.append(chinese ? "未显示（其中一个日期只知道年份）：\(listed(yearOnly))。" : "Not shown, as a date is known only to the year: \(listed(yearOnly)).")
        }
        if !fromBound.isEmpty {
            notes.append(chinese ? "未显示（起点只知道截止日期，间隔长短不明）：\(listed(fromBound))。"
                : "Not shown, as the earlier date is only a deadline (“by”), so the gap could be any length: \(listed(fromBound)).")
        }
        if !unordered.isEmpty {
            notes.append(chinese ? "未显示（终点只知道截止日期，起点只是大致日期，二者先后不明）：\(listed(unordered))。"
                : "Not shown, as the later date is only a deadline (“by”) and the earlier one approximate, so either may come first: \(listed(unordered)).")
        }
        guard !gaps.isEmpty else {
            throw DiagnosticList([Diagnostic(file: dataset.file, message: "no gap can be computed: every interval involves a date known only to the year or starts at a deadline")])
        }
        return GapRows(rows: gaps.map { order[$0.to] }, values: gaps.map(\.value),
                       approximate: gaps.map { $0.certainty == .approximate }, atMost: gaps.map { $0.certainty == .atMost },
                       ranges: gaps.map { "\(locale.text(of: dates[order[$0.from]])) → \(locale.text(of: dates[order[$0.to]]))" },
                       notes: notes, dated: order)
    }

    /// Whether a cell is shaped like a date (digits and dashes, optionally after `~`, or a part of
    /// a year such as `early 2024`), right or wrong.
    static func looksLikeDate(_ text: String) -> Bool {
        if let part = PartialDate.YearPart.allCases.first(where: { text.hasPrefix($0.rawValue + " ") }) {
            let year = text.dropFirst(part.rawValue.count + 1)
            return year.count == 4 && year.allSatisfy { $0.isASCII && $0.isNumber }
        }
        let body = text.hasPrefix("~") ? text.dropFirst() : text.hasPrefix("by ") ? text.dropFirst(3) : Substring(text)
        return body.first?.isNumber == true && body.contains("-") == (body.count > 4)
            && body.allSatisfy { ($0.isASCII && $0.isNumber) || $0 == "-" }
    }
}
