import Foundation
import Dataset

/// Resolves a bar chart spec against its dataset: columns, values, highlights, annotations.
///
/// This is the validation stage: every problem is collected (spec key problems point at the
/// spec's line, data problems at the CSV's line and column) and thrown together.
public enum BarChartBuilder {
    /// Builds the chart model, or throws every problem found: the columns the spec names, the
    /// bars read from the rows, their order, the highlights and annotations, the colour groups.
    public static func build(spec: ChartSpec, dataset: Dataset, context: SpecContext) throws(DiagnosticList) -> BarChart {
        guard let options = spec.bar else {
            throw DiagnosticList([context.problem("kind", "this spec is not a bar chart")])
        }
        var columns = try resolveColumns(spec, options, dataset: dataset, context: context)
        var problems: [Diagnostic] = []
        let bars = readBars(spec, options, columns: &columns, dataset: dataset, context: context, problems: &problems)
        if !problems.isEmpty { throw DiagnosticList(problems) }
        let order = orderBars(options, bars, dataset: dataset, categoryName: columns.categoryName, problems: &problems)
        let names = order.map { bars.names[$0] }
        for (index, name) in options.highlight.enumerated() where !names.contains(name) {
            problems.append(context.problem("highlight[\(index + 1)]", "no bar is called `\(name)`",
                                            hint: Suggestion.hint(for: name, in: names, noun: "bars")))
        }
        let annotations = resolveAnnotations(options, bars, order: order, seriesCount: columns.series.count,
                                             locale: spec.locale, context: context, problems: &problems)
        let groups = colorGroups(options, dataset: dataset, bars: order, rowOf: bars.rowOf, values: bars.values,
                                 seriesCount: columns.series.count, locale: spec.locale, context: context, problems: &problems)
        if !problems.isEmpty { throw DiagnosticList(problems) }
        var chart = assemble(spec, options, bars, order: order, series: columns.series.map(\.series), annotations: annotations, dataset: dataset)
        chart.colorGroups = groups.0
        chart.groupOfCategory = groups.1
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
