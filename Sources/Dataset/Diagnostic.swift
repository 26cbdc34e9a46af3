/// One problem found in a project file, located as precisely as the stage that found it can.
///
/// Rendered as `file:line: field: message (hint)`, the form editors and terminals link to,
/// for example ``charts/qwen.toml:7: `x`: no column `dates` in data/qwen.csv``.
public struct Diagnostic: Error, Equatable, Sendable, CustomStringConvertible {
    /// How serious a problem is.
    public enum Severity: String, Sendable, Codable {
        /// The chart cannot be drawn.
        case error
        /// Drawn, but something the reader should see is missing or changed (a label left out or
        /// shortened, a missing source); fails the chart under `--strict`.
        case warning
        /// An automatic choice that loses nothing (the chart turned horizontal, labels set at 45°);
        /// never fails a chart, not even under `--strict`.
        case info
    }

    /// Whether the problem stops the chart from rendering.
    public var severity: Severity
    /// The file the problem is in, as shown to the user (relative to the project when possible).
    public var file: String
    /// The 1-based line in ``file``, when known.
    public var line: Int?
    /// The 1-based column in the line, when known (TOML syntax errors).
    public var column: Int?
    /// The column name or spec key path the problem concerns (`value`, `annotations[1].from`).
    public var field: String?
    /// What was found and what was expected.
    public var message: String
    /// How to fix it, when there is a likely fix (a did-you-mean, an example).
    public var hint: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity = .error, file: String, line: Int? = nil, field: String? = nil,
        message: String, hint: String? = nil
    ) {
        self.severity = severity
        self.file = file
        self.line = line
        self.field = field
        self.message = message
        self.hint = hint
    }

    /// The text a message quotes between “ and ”, if it quotes one (the text of a chart element).
    public var quotedText: String? {
        guard let open = message.firstIndex(of: "“"), let close = message.lastIndex(of: "”"), open < close else { return nil }
        return String(message[message.index(after: open)..<close])
    }

    /// The one-line form: `file:line: field: message (hint)`.
    public var description: String {
        var text = file
        if let line { text += ":\(line)" }
        if line != nil, let column { text += ":\(column)" }
        text += ": "
        if severity == .warning { text += "warning: " }
        if severity == .info { text += "note: " }
        if let field { text += "`\(field)`: " }
        text += message
        if let hint { text += " (\(hint))" }
        return text
    }
}

/// Several diagnostics thrown together, so a stage can report every problem it found at once.
public struct DiagnosticList: Error, Sendable, CustomStringConvertible {
    /// The problems, in the order they were found.
    public var diagnostics: [Diagnostic]

    /// Wraps one or more diagnostics.
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// One diagnostic per line.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

extension Error {
    /// The diagnostics this error carries: its own list, or itself, or a generic error wrapping its text.
    public func diagnostics(defaultFile: String) -> [Diagnostic] {
        if let list = self as? DiagnosticList { return list.diagnostics }
        if let one = self as? Diagnostic { return [one] }
        return [Diagnostic(file: defaultFile, message: String(describing: self))]
    }
}
