import Dataset

extension BarChart {
    /// Every reason this model cannot be laid out, each naming its field (`values[3]`,
    /// `annotations[1]`): what ``BarChartBuilder`` guarantees for charts from files, checked for a
    /// model built in code, so that a bad one is a diagnostic, never a trap.
    public func problems(file: String) -> [Diagnostic] {
        var problems = ChartModelCheck.canvas(width: width, height: height, file: file)
        func problem(_ field: String, _ message: String, _ hint: String? = nil) {
            problems.append(Diagnostic(file: file, field: field, message: message, hint: hint))
        }
        if series.isEmpty { problem("series", "a bar chart needs at least one series") }
        if values.count != categories.count {
            problem("values", "\(values.count) row(s) of values for \(categories.count) categories",
                    "give one row of values per category")
        }
        for (row, rowValues) in values.enumerated() {
            if rowValues.count != series.count {
                problem("values[\(row)]", "\(rowValues.count) value(s) for \(series.count) series", "give one value per series")
            }
            for (column, value) in rowValues.enumerated() {
                if let message = ChartModelCheck.undrawable(value, unit: format.multiplier) {
                    problem("values[\(row)][\(column)]", message)
                } else if scale == .log && value <= 0 {
                    problem("values[\(row)][\(column)]", "\(value) cannot be shown on a log scale (values must be above zero)")
                }
            }
        }
        let colours = ThemeColors.named(theme).palette.count
        for (index, entry) in series.enumerated() where index >= colours && entry.color == nil {
            problem("series[\(index)].color", "series \(index) has no colour, and the palette has only \(colours)", "give it a colour")
        }
        if colorGroups.count > colours {
            problem("colorGroups", "\(colorGroups.count) colour groups, and the palette has only \(colours)")
        }
        for (index, category) in categories.enumerated() where category.name.isEmpty {
            problem("categories[\(index)].name", "a category needs a name")
        }
        problems += formatProblems(file: file)
        problems += annotationProblems(file: file)
        problems += groupProblems(file: file)
        return problems
    }

    /// Throws ``problems(file:)`` when there are any.
    public func validate(file: String) throws(DiagnosticList) {
        let found = problems(file: file)
        if !found.isEmpty { throw DiagnosticList(found) }
    }

    private func formatProblems(file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if !(format.multiplier.isFinite && format.multiplier > 0) {
            problems.append(Diagnostic(file: file, field: "format.multiplier", message: "\(format.multiplier) is not a positive, finite unit"))
        }
        if let decimals = format.decimals, !NumberFormatSpec.decimalsRange.contains(decimals) {
            problems.append(Diagnostic(file: file, field: "format.decimals", message: "\(decimals) decimals is out of range",
                                       hint: "use \(NumberFormatSpec.decimalsRange.lowerBound) to \(NumberFormatSpec.decimalsRange.upperBound)"))
        }
        for (index, unit) in format.units.enumerated() where !(unit.divisor.isFinite && unit.divisor >= 1) {
            problems.append(Diagnostic(file: file, field: "format.units[\(index)]", message: "\(unit.divisor) is not a finite divisor of at least 1"))
        }
        return problems
    }

    private func annotationProblems(file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        let valid = categories.indices
        for (index, annotation) in annotations.enumerated() {
            let field = "annotations[\(index)]"
            switch annotation {
            case .ratio(let from, let to, _):
                if !valid.contains(from) || !valid.contains(to) {
                    problems.append(Diagnostic(file: file, field: field, message: "a ratio from category \(from) to \(to), of \(categories.count)"))
                } else if from == to {
                    problems.append(Diagnostic(file: file, field: field, message: "a ratio needs two different categories"))
                }
            case .note(let category, _) where !valid.contains(category):
                problems.append(Diagnostic(file: file, field: field, message: "a note on category \(category), of \(categories.count)"))
            case .note: break
            }
        }
        return problems
    }

    private func groupProblems(file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        if !colorGroups.isEmpty || !groupOfCategory.isEmpty {
            if groupOfCategory.count != categories.count {
                problems.append(Diagnostic(file: file, field: "groupOfCategory",
                                           message: "\(groupOfCategory.count) group(s) for \(categories.count) categories"))
            }
            if let bad = groupOfCategory.firstIndex(where: { !colorGroups.indices.contains($0) }) {
                problems.append(Diagnostic(file: file, field: "groupOfCategory[\(bad)]",
                                           message: "group \(groupOfCategory[bad]) of \(colorGroups.count) colour group(s)"))
            }
        }
        if let periods {
            if periods.count != categories.count {
                problems.append(Diagnostic(file: file, field: "periods", message: "\(periods.count) period(s) for \(categories.count) categories"))
            }
            for index in periods.indices.dropFirst() where periods[index].lowerBound < periods[index - 1].upperBound {
                problems.append(Diagnostic(file: file, field: "periods[\(index)]", message: "periods must rise without overlapping"))
            }
            for (index, period) in periods.enumerated() where period.isEmpty || !ChartModelCheck.days.contains(period.lowerBound)
                || !ChartModelCheck.days.contains(period.upperBound) {
                problems.append(Diagnostic(file: file, field: "periods[\(index)]", message: "an empty period, or one outside the years 1 to 9999"))
            }
        }
        return problems
    }
}
