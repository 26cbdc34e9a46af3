import Foundation
import Dataset

/// The steps of ``BarChartBuilder/build(spec:dataset:context:)``, in order.
extension BarChartBuilder {
    /// The columns a bar spec reads, resolved against its dataset.
    struct Columns {
        var category: Int
        var categoryName: String
        /// The date column of a `gaps` chart.
        var gapDates: Int?
        /// The value columns, with the key naming each and the series it draws.
        var series: [(key: String, column: Int?, series: BarChart.Series)]
        var detail: Int?
    }

    /// The bars as read from the rows, in data order: one per row, or per interval between
    /// consecutive dated rows (`gaps`); `rowOf` is the data row each bar stands for (for gaps, the
    /// later row of its interval).
    struct Bars {
        var names: [String] = []
        var values: [[Double]]
        var rowOf: [Int]
        var approximate: [Bool]
        var atMost: [Bool]
        var details: [String?]
        var notes: [String]
        /// The rows the source line draws on, when not the bars' own (a cadence's every dated row).
        var sourceRows: [Int]?
    }

    /// The columns the spec names, with every problem of its keys (a missing column with a
    /// did-you-mean, keys that contradict each other).
    static func resolveColumns(_ spec: ChartSpec, _ options: BarOptions, dataset: Dataset, context: SpecContext) throws(DiagnosticList) -> Columns {
        var problems: [Diagnostic] = []
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
        let gapDates = options.gaps.flatMap { column("gaps", $0) }
        problems += gapKeyProblems(options, context: context)
        var series: [(key: String, column: Int?, series: BarChart.Series)] = []
        switch options.gaps == nil ? (options.value, options.series.isEmpty) : nil {
        case nil:
            break
        case (let value?, true)?:
            series = [("value", column("value", value), BarChart.Series(label: value))]
        case (nil, false)?:
            for (index, entry) in options.series.enumerated() {
                let key = "series[\(index + 1)].column"
                series.append((key, column(key, entry.column),
                               BarChart.Series(label: entry.label ?? entry.column, color: entry.color.flatMap(Color.init(hex:)))))
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
        return Columns(category: categoryColumn!, categoryName: categoryName, gapDates: gapDates, series: series, detail: detailColumn)
    }

    /// The keys that contradict `gaps`, or that only a `gaps` chart takes.
    static func gapKeyProblems(_ options: BarOptions, context: SpecContext) -> [Diagnostic] {
        guard options.gaps != nil else {
            guard options.gapUnit != .months || !options.gapRange else { return [] }
            return [context.problem(options.gapUnit != .months ? "gap_unit" : "gap_range", "only a `gaps` chart has gaps",
                                    hint: "add gaps = \"<date column>\", or remove this key")]
        }
        var problems: [Diagnostic] = []
        if options.value != nil || !options.series.isEmpty {
            problems.append(context.problem("gaps", "`gaps` derives the values; do not give `value` or `[[series]]` too"))
        }
        if options.moreThan {
            problems.append(context.problem("more_than", "a `gaps` chart's bars are intervals it computes, not “more than” figures",
                                            hint: "remove more_than"))
        }
        if options.layout == .stacked {
            problems.append(context.problem("layout", "a `gaps` chart has one series, so there is nothing to stack",
                                            hint: "remove layout, or chart values with [[series]]"))
        }
        return problems
    }

    /// The bars read from the rows: names, values (in ones, within the drawable magnitudes), the
    /// intervals of a `gaps` chart, details; every problem of the cells joins `problems`. A `gaps`
    /// chart's one series becomes the gaps (in `columns`).
    static func readBars(_ spec: ChartSpec, _ options: BarOptions, columns: inout Columns, dataset: Dataset, context: SpecContext,
                         problems: inout [Diagnostic]) -> Bars {
        let count = dataset.rows.count
        var bars = Bars(values: Array(repeating: [], count: count), rowOf: Array(dataset.rows.indices),
                        approximate: Array(repeating: false, count: count), atMost: Array(repeating: false, count: count),
                        details: Array(repeating: nil, count: count), notes: spec.notes.map { [$0] } ?? [])
        do throws(DiagnosticList) {
            bars.names = try dataset.texts(column: columns.category)
            if let gapDates = columns.gapDates {
                let cadence = try gapRows(dataset: dataset, names: bars.names, dateColumn: gapDates, unit: options.gapUnit, locale: spec.locale)
                bars.rowOf = cadence.rows
                bars.names = bars.rowOf.map { bars.names[$0] }
                bars.values = cadence.values.map { [$0] }
                bars.approximate = cadence.approximate
                bars.atMost = cadence.atMost
                bars.details = options.gapRange ? cadence.ranges : bars.rowOf.map { _ in nil }
                bars.notes += cadence.notes
                bars.sourceRows = cadence.dated
            }
        } catch {
            // A bad date in the `gaps` column: name the key that reads it as dates too.
            let gapField = columns.gapDates.map { dataset.columns[$0] }
            problems += error.diagnostics.flatMap { problem in
                problem.field != nil && problem.field == gapField && problem.line != nil
                    ? context.readBy("gaps", as: "dates", [problem]) : [problem]
            }
        }
        for entry in columns.series {
            do throws(DiagnosticList) {
                let unit = options.format.valuesIn
                let numbers = try dataset.numbers(column: entry.column!, unit: unit.multiplier, unitName: unit == .ones ? "" : unit.rawValue)
                for (row, number) in numbers.enumerated() { bars.values[row].append(number) }
            } catch { problems += context.readBy(entry.key, as: "numbers", error.diagnostics) }
        }
        if let gapDates = columns.gapDates {
            columns.series = [("gaps", gapDates, BarChart.Series(label: spec.locale.gapUnit(options.gapUnit)))]
        }
        if options.scale == .log { problems += logScaleProblems(options, bars, columns: columns, dataset: dataset, context: context) }
        if let detail = columns.detail {
            let details = readDetails(detail, dataset: dataset, locale: spec.locale, problems: &problems)
            bars.details = bars.rowOf.map { details[$0] }
        }
        return bars
    }

    /// Values a log scale cannot show, and a stack on one.
    static func logScaleProblems(_ options: BarOptions, _ bars: Bars, columns: Columns, dataset: Dataset, context: SpecContext) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if options.layout == .stacked && columns.series.count > 1 {
            problems.append(context.problem("scale", "stacked bars cannot use a log scale (their segments would not add up)",
                                            hint: "use layout = \"grouped\" or scale = \"linear\""))
        }
        for (bar, rowValues) in bars.values.enumerated() {
            for (index, value) in rowValues.enumerated() where value <= 0 {
                let row = bars.rowOf[bar], column = columns.series[index].column!
                let shown = columns.gapDates == nil ? dataset.rows[row][column].trimmingCharacters(in: .whitespaces)
                                                    : "a gap of \(NumberFormat().format(value)) \(options.gapUnit.rawValue)"
                problems.append(Diagnostic(file: dataset.file, line: dataset.lines[row], field: dataset.columns[column],
                                           message: "`\(shown)` cannot be shown on a log scale (values must be above zero)",
                                           hint: "use scale = \"linear\" or remove the row"))
            }
        }
        return problems
    }

    /// The detail line of each row: a column of dates shown by precision (`Feb 2024`, a bad date
    /// an error), or the cells as they are.
    static func readDetails(_ column: Int, dataset: Dataset, locale: ChartLocale, problems: inout [Diagnostic]) -> [String?] {
        let cells = dataset.rows.map { $0[column].trimmingCharacters(in: .whitespaces) }
        guard cells.allSatisfy({ $0.isEmpty || Self.looksLikeDate($0) }) else { return cells.map { $0.isEmpty ? nil : $0 } }
        var details: [String?] = Array(repeating: nil, count: cells.count)
        for (row, cell) in cells.enumerated() where !cell.isEmpty {
            do throws(PartialDateError) {
                details[row] = locale.text(of: try PartialDate(parsing: cell))
            } catch {
                problems.append(Diagnostic(file: dataset.file, line: dataset.lines[row], field: dataset.columns[column],
                                           message: error.description, hint: "for example 2023, 2024-02 or 2023-08-03"))
            }
        }
        return details
    }

    /// The bars drawn, in order (sorted, then the first `limit`); a name repeated among them is a
    /// problem (rows that `limit` leaves out are no bars), in the data's order.
    static func orderBars(_ options: BarOptions, _ bars: Bars, dataset: Dataset, categoryName: String, problems: inout [Diagnostic]) -> [Int] {
        var order = Array(bars.names.indices)
        let totals = bars.values.map { $0.reduce(0, +) }
        switch options.sort {
        case .none: break
        case .ascending: order.sort { totals[$0] < totals[$1] || (totals[$0] == totals[$1] && $0 < $1) }
        case .descending: order.sort { totals[$0] > totals[$1] || (totals[$0] == totals[$1] && $0 < $1) }
        }
        if let limit = options.limit, limit < order.count { order = Array(order.prefix(limit)) }
        var firstRowOfName: [String: Int] = [:]
        for bar in order.sorted() {
            let row = bars.rowOf[bar], name = bars.names[bar]
            if let first = firstRowOfName[name] {
                problems.append(Diagnostic(file: dataset.file, line: dataset.lines[row], field: categoryName,
                                           message: "`\(name)` already names the bar on line \(dataset.lines[first])",
                                           hint: "each bar needs its own category name"))
            } else {
                firstRowOfName[name] = row
            }
        }
        return order
    }

    /// The annotations, by position among the bars drawn; a ratio without a text says what it
    /// compares (`128K ÷ 32K = 4×`).
    static func resolveAnnotations(_ options: BarOptions, _ bars: Bars, order: [Int], seriesCount: Int, locale: ChartLocale,
                                   context: SpecContext, problems: inout [Diagnostic]) -> [BarChart.Annotation] {
        let names = order.map { bars.names[$0] }, totals = order.map { bars.values[$0].reduce(0, +) }
        var annotations: [BarChart.Annotation] = []
        for (index, annotation) in options.annotations.enumerated() {
            let path = "annotations[\(index + 1)]"
            func find(_ key: String, _ name: String?) -> Int? {
                guard let name else { return nil }
                if let position = names.firstIndex(of: name) { return position }
                problems.append(context.problem("\(path).\(key)", "no bar is called `\(name)`",
                                                hint: Suggestion.hint(for: name, in: names, noun: "bars")))
                return nil
            }
            switch annotation.type {
            case .ratio:
                if seriesCount > 1 && options.layout == .grouped {
                    problems.append(context.problem("\(path).type", "a ratio compares two bars, but each category here has \(seriesCount) bars side by side",
                                                    hint: "use layout = \"stacked\" to compare totals, or a chart with one series"))
                    continue
                }
                guard let from = find("from", annotation.from), let to = find("to", annotation.to) else { continue }
                let base = totals[from], compared = totals[to]
                if from == to {
                    problems.append(context.problem("\(path).to", "a ratio needs two different bars"))
                } else if let text = annotation.text {
                    annotations.append(.ratio(from: from, to: to, text: text))
                } else if base <= 0 || compared <= 0 {
                    let which = base <= 0 ? (key: "from", name: annotation.from!, value: base) : (key: "to", name: annotation.to!, value: compared)
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
                if let category = find("category", annotation.category) {
                    annotations.append(.note(category: category, text: annotation.text!))
                }
            }
        }
        return annotations
    }

    /// The chart model of the bars drawn, with its frame and source line.
    static func assemble(_ spec: ChartSpec, _ options: BarOptions, _ bars: Bars, order: [Int], series: [BarChart.Series],
                         annotations: [BarChart.Annotation], dataset: Dataset) -> BarChart {
        let sources = dataset.sources.map { all in (bars.sourceRows ?? order.map { bars.rowOf[$0] }).map { all[$0] } } ?? []
        let frame = ChartFrame.Texts(
            title: spec.title, subtitle: spec.subtitle, notes: bars.notes.isEmpty ? nil : bars.notes.joined(separator: "\n"),
            source: SourceLine.make(sources: sources, override: spec.source, extra: spec.sourceExtra, locale: spec.locale))
        var chart = BarChart(
            frame: frame, width: Double(spec.width), height: Double(spec.height),
            categories: order.map { bar in
                BarChart.Category(name: bars.names[bar], detail: bars.details[bar], highlighted: options.highlight.contains(bars.names[bar]),
                                  approximate: bars.approximate[bar], atMost: bars.atMost[bar], atLeast: options.moreThan)
            },
            series: series, values: order.map { bars.values[$0] },
            layout: options.layout, orientation: options.orientation, scale: options.scale,
            format: options.format.numberFormat(locale: spec.locale), valueAxisTitle: options.valueAxis,
            valueLabels: options.valueLabels, annotations: annotations)
        chart.theme = spec.theme
        chart.locale = spec.locale
        return chart
    }
}
