import Dataset

/// The one entry point from a spec and its data to an audited scene: spec → chart model →
/// layout → audit.
///
/// Tests, fuzzing, benchmarks and programs that render charts call this; the command line is one
/// client of it. Every problem comes back as a diagnostic that names its file, line and field.
public enum ChartEngine {
    /// A laid-out chart and what its reader should be told.
    public struct Result: Sendable {
        /// The scene, its layout warnings and the audit's findings.
        public var layout: ChartLayout
        /// Every warning as a diagnostic: source-line gaps, layout compromises, audit findings
        /// (at most five of each kind, then a count), and the layout's automatic choices as
        /// information.
        public var warnings: [Diagnostic]
    }

    /// Validates `spec` against `dataset`, lays the chart out in the spec's locale with text
    /// measured by `measurer` and audits the scene; throws every problem found (data, spec keys,
    /// undrawable characters). A translation (``ChartSpec/translations``) reads its locale's
    /// columns of `dataset` (see ``Translation``).
    public static func layout(spec written: ChartSpec, dataset read: Dataset, context: SpecContext,
                              measurer: any TextMeasurer) throws(DiagnosticList) -> Result {
        // The spec's choice of provenance column and its filters, on the data as written; then the
        // texts of the spec's locale (its `_zh` columns, Chinese typography) and a long table turned wide.
        let dataset: Dataset, spec: ChartSpec, untranslated: [Diagnostic]
        do throws(DiagnosticList) {
            (spec, dataset, untranslated) = try DataShaping.prepare(written, dataset: read, context: context)
        } catch {
            throw DiagnosticList(read.problems + error.diagnostics)
        }
        // Every problem of the spec and the data is found before anything is laid out.
        enum Model { case bar(BarChart), timeline(TimelineChart) }
        let model: Model
        do throws(DiagnosticList) {
            switch spec.kind {
            case .bar: model = .bar(try BarChartBuilder.build(spec: spec, dataset: dataset, context: context))
            case .timeline: model = .timeline(try TimelineChartBuilder.build(spec: spec, dataset: dataset, context: context))
            }
        } catch {
            throw DiagnosticList(dataset.problems + error.diagnostics)
        }
        if !dataset.problems.isEmpty { throw DiagnosticList(dataset.problems) }
        // What the builders guarantee, checked again as for a model built in code: a gap between
        // the two is a diagnostic, never a trap in the layout.
        let unsound = switch model {
        case .bar(let chart): chart.problems(file: context.file)
        case .timeline(let chart): chart.problems(file: context.file)
        }
        if !unsound.isEmpty { throw DiagnosticList(unsound) }
        var layout = switch model {
        case .bar(let chart): BarLayout.layout(chart, measurer: measurer)
        case .timeline(let chart): TimelineLayout.layout(chart, measurer: measurer)
        }
        // The layouts describe their chart; a description written in the spec replaces it.
        if let alt = spec.alt { layout.scene.metadata.description = alt }
        layout.scene.metadata.svgFonts = spec.svgFonts
        let undrawable = layout.scene.undrawableText(measurer: measurer, file: context.file)
        if !undrawable.isEmpty { throw DiagnosticList(undrawable.map { locate($0, spec: context.locator, dataset: dataset, locale: spec.locale) }) }
        let warnings = untranslated + SourceLine.warnings(dataset: dataset, override: spec.source)
            + layout.warnings.map { Diagnostic(.warning, file: context.file, message: $0) }
            + layout.information.map { Diagnostic(.info, file: context.file, message: $0) }
            + auditWarnings(layout.findings, file: context.file)
            + ColorVision.conflicts(layout.keyColors.map { ($0.name, $0.color) }).map {
                Diagnostic(.warning, file: context.file, message: $0.message,
                           hint: "give one a colour further from the other with a series `color`, or show fewer colours")
            }
        return Result(layout: layout, warnings: warnings)
    }

    /// The audit's findings as warnings: at most five of each kind, then how many more there are
    /// (a dense cluster can cross hundreds of marks; the scene JSON lists them all).
    public static func auditWarnings(_ findings: [AuditFinding], file: String) -> [Diagnostic] {
        var shown: [Diagnostic] = []
        for kind in AuditFinding.Kind.allCases {
            let ofKind = findings.filter { $0.kind == kind }
            shown += ofKind.prefix(5).map { Diagnostic(.warning, file: file, message: "layout audit: \($0.message)") }
            if ofKind.count > 5 {
                shown.append(Diagnostic(.warning, file: file,
                                        message: "layout audit: \(ofKind.count - 5) more \(kind.rawValue) finding(s) like these",
                                        hint: "render with --scene to list every one"))
            }
        }
        return shown
    }

    /// The diagnostic pointed at where its text was written: a line of the spec, or a cell of the data.
    static func locate(_ diagnostic: Diagnostic, spec: SpecLocator, dataset: Dataset, locale: ChartLocale) -> Diagnostic {
        guard let text = diagnostic.quotedText else { return diagnostic }
        var located = diagnostic
        if let line = spec.firstLine(containing: text) {
            located.line = line
        } else if let row = dataset.rows.firstIndex(where: { $0.contains { matches($0, text) } }) {
            var column = dataset.rows[row].firstIndex { matches($0, text) }!
            // A cell read from its translation (`chip` in the zh edition) is at the translation's column.
            if let translated = dataset.columnIndex(dataset.columns[column] + Translation.suffix(locale)),
               matches(dataset.rows[row][translated], text) {
                column = translated
            }
            located.file = dataset.file
            located.line = dataset.lines[row]
            located.field = dataset.columns[column]
        }
        return located
    }

    /// Whether a data cell is where a drawn text came from (the whole cell, or a wrapped line of it).
    private static func matches(_ cell: String, _ text: String) -> Bool {
        cell.contains(text) || (cell.count >= 3 && text.contains(cell))
    }
}
