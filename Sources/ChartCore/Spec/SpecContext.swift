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

    /// A ``SpecProblem`` from decoding, as a diagnostic.
    public func diagnostic(_ problem: SpecProblem) -> Diagnostic {
        self.problem(problem.keyPath, problem.message, hint: problem.hint)
    }
}
