import ChartCairo
import ChartCore
import Dataset
import Foundation

/// Renders charts to PNG, SVG and PDF bytes: from a TOML spec and its CSV data, or from a chart
/// model built in code.
///
/// Every chart goes through ChartCore's `ChartEngine`: validated, laid out with text measured by Pango,
/// audited, then drawn by Cairo (PNG, PDF) or written as SVG. A renderer owns its Pango and
/// Cairo objects, which are not safe to share between threads: use one renderer per thread.
///
/// ```swift
/// let renderer = ChartRenderer()
/// let chart = try renderer.render(spec: tomlText, data: csvBytes, formats: [.svg, .png])
/// try chart.files[.svg]!.write(to: URL(fileURLWithPath: "chart.svg"))
/// for warning in chart.warnings { print(warning) }
/// ```
public final class ChartRenderer {
    /// The text measurer layouts use (Pango, on the renderer's own engine).
    public let measurer: PangoTextMeasurer
    private let cairo: CairoRenderer

    /// A rendered chart: its files, its audited scene and what its reader should be told.
    public struct Output {
        /// The encoded files, by format.
        public var files: [OutputFormat: Data]
        /// The laid-out scene, with the audit's findings.
        public var layout: ChartLayout
        /// Layout compromises and audit findings, as diagnostics.
        public var warnings: [Diagnostic]
    }

    /// Creates a renderer that stamps PDFs with `pdfDate` (ISO 8601; fixed, so output is reproducible).
    public init(pdfDate: String = "1970-01-01T00:00:00Z") {
        let engine = TextEngine.warmOrNew()
        measurer = PangoTextMeasurer(engine: engine)
        cairo = CairoRenderer(engine: engine, pdfDate: pdfDate)
    }

    /// Validates and lays out a decoded spec against its dataset (see `ChartEngine` in ChartCore).
    public func layout(spec: ChartSpec, dataset: Dataset, context: SpecContext) throws(DiagnosticList) -> ChartEngine.Result {
        try ChartEngine.layout(spec: spec, dataset: dataset, context: context, measurer: measurer)
    }

    /// Renders the TOML spec `toml` with the CSV bytes `data` (its `data` key is not read: the
    /// bytes given are the dataset) into each of `formats`, PNGs at `scale` pixels per 1× pixel.
    /// `specName` and `dataName` name the two in diagnostics.
    public func render(spec toml: String, data: Data, formats: [OutputFormat] = [.svg], scale: Double = 2,
                       specName: String = "chart.toml", dataName: String = "data.csv") throws(DiagnosticList) -> Output {
        let (spec, context) = try SpecLoader.load(text: toml, display: specName)
        let dataset = try CSVLoader.parse(data: data, displayName: dataName)
        let result = try layout(spec: spec, dataset: dataset, context: context)
        return Output(files: try files(result.layout.scene, formats: formats, scale: scale, name: specName),
                      layout: result.layout, warnings: result.warnings)
    }

    /// Lays out and renders a bar chart built in code; a model that cannot be drawn (values that
    /// do not match its categories and series, NaN, …) throws its problems, each naming its field.
    public func render(_ chart: BarChart, formats: [OutputFormat] = [.svg], scale: Double = 2) throws(DiagnosticList) -> Output {
        try chart.validate(file: chart.frame.title)
        let layout = BarLayout.layout(chart, measurer: measurer)
        try drawable(layout, name: chart.frame.title)
        return Output(files: try files(layout.scene, formats: formats, scale: scale, name: chart.frame.title),
                      layout: layout, warnings: warnings(layout, name: chart.frame.title))
    }

    /// Lays out and renders a timeline built in code; a model that cannot be drawn throws its
    /// problems, each naming its field.
    public func render(_ chart: TimelineChart, formats: [OutputFormat] = [.svg], scale: Double = 2) throws(DiagnosticList) -> Output {
        try chart.validate(file: chart.frame.title)
        let layout = TimelineLayout.layout(chart, measurer: measurer)
        try drawable(layout, name: chart.frame.title)
        return Output(files: try files(layout.scene, formats: formats, scale: scale, name: chart.frame.title),
                      layout: layout, warnings: warnings(layout, name: chart.frame.title))
    }

    /// The bytes of `scene` in each of `formats`; a failure names the chart.
    public func files(_ scene: Scene, formats: [OutputFormat], scale: Double, name: String) throws(DiagnosticList) -> [OutputFormat: Data] {
        var files: [OutputFormat: Data] = [:]
        for format in formats {
            do {
                files[format] = try cairo.render(scene, format: format, scale: scale)
            } catch {
                throw DiagnosticList([Diagnostic(file: name, message: "cannot render \(format.rawValue): \(error)")])
            }
        }
        return files
    }

    /// Throws when some text has a character no installed font can draw (it would show as boxes).
    private func drawable(_ layout: ChartLayout, name: String) throws(DiagnosticList) {
        let problems = layout.scene.undrawableText(measurer: measurer, file: name)
        if !problems.isEmpty { throw DiagnosticList(problems) }
    }

    private func warnings(_ layout: ChartLayout, name: String) -> [Diagnostic] {
        layout.warnings.map { Diagnostic(.warning, file: name, message: $0) }
            + layout.information.map { Diagnostic(.info, file: name, message: $0) }
            + ChartEngine.auditWarnings(layout.findings, file: name)
    }
}
