/// How many labels a layout's warnings say were left out: one per "could not place the label …"
/// line, plus the count of each "could not place N more labels …" summary.
public func reportedLabelCount(_ warnings: [String]) -> Int {
    warnings.reduce(0) { total, warning in
        if warning.hasPrefix("could not place the label") { return total + 1 }
        let prefix = "could not place "
        guard warning.hasPrefix(prefix) else { return total }
        let count = warning.dropFirst(prefix.count).prefix { $0.isNumber }
        return total + (Int(count) ?? 0)
    }
}
