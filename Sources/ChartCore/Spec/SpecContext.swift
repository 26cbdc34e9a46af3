import Dataset

/// Where a spec came from, so later stages can point at the key that caused a problem.
public struct SpecContext: Sendable {
    /// The spec file as shown in messages (`charts/qwen.toml`).
    public var file: String
    /// Finds the line of a key path in the spec's text.
    public var locator: SpecLocator

    /// Creates a context.
    public init(file: String, locator: SpecLocator) {
        self.file = file
        self.locator = locator
    }

    /// A diagnostic about `keyPath` of this spec.
    public func problem(_ keyPath: String, _ message: String, hint: String? = nil,
                        severity: Diagnostic.Severity = .error) -> Diagnostic {
        Diagnostic(severity, file: file, line: locator.line(of: keyPath), field: keyPath, message: message, hint: hint)
    }

    /// Data problems found in a column because the spec key `keyPath` reads it as `reading`
    /// (dates, numbers): each keeps its data line and also names the key and the chart, since
    /// the mistake may be the key's (`end = "note"`) rather than the data's.
    public func readBy(_ keyPath: String, as reading: String, _ problems: [Diagnostic]) -> [Diagnostic] {
        let at = locator.line(of: keyPath).map { "\(file):\($0)" } ?? file
        return problems.map { problem in
            var located = problem
            let cause = "read as \(reading) because of `\(keyPath)` in \(at)"
            located.hint = problem.hint.map { "\($0); \(cause)" } ?? cause
            return located
        }
    }

    /// A ``SpecProblem`` from decoding, as a diagnostic.
    public func diagnostic(_ problem: SpecProblem) -> Diagnostic {
        self.problem(problem.keyPath, problem.message, hint: problem.hint)
    }
}
