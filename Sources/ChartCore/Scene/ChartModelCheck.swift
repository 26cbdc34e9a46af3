import Dataset

/// The checks every chart model built in code shares: a canvas that can be drawn, values that can
/// be written, days within the calendar.
enum ChartModelCheck {
    /// The day numbers of the years 1 to 9999, the dates ``PartialDate`` reads.
    static let days = CivilCalendar.dayNumber(year: 1, month: 1, day: 1)...CivilCalendar.dayNumber(year: 10_000, month: 1, day: 1)

    /// Problems with a canvas size: finite and within ``ChartSpec/sizeLimits``, as a spec's must be.
    static func canvas(width: Double, height: Double, file: String) -> [Diagnostic] {
        let limits = Double(ChartSpec.sizeLimits.lowerBound)...Double(ChartSpec.sizeLimits.upperBound)
        return [("width", width), ("height", height)].compactMap { field, value in
            limits.contains(value) ? nil : Diagnostic(file: file, field: field,
                                                      message: "\(value) px is outside the supported \(ChartSpec.sizeLimits.lowerBound)…\(ChartSpec.sizeLimits.upperBound) px")
        }
    }

    /// Why `value` (counted in `unit`) cannot be drawn, or `nil`: the limits a cell's value meets
    /// (see ``Limits/largestMagnitude`` and ``Limits/smallestMagnitude``).
    static func undrawable(_ value: Double, unit: Double) -> String? {
        if value.isNaN { return "NaN is not a value" }
        switch Limits.undrawable(value * unit) {
        case true?: return "\(value) is too large to draw (the largest magnitude is a quadrillion, 1e15)"
        case false?: return "\(value) is too small to write (the smallest non-zero magnitude is a millionth)"
        case nil: return nil
        }
    }
}
