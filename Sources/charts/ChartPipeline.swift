import ChartCairo
import ChartCore
import Dataset
import Foundation

/// What happened to one chart in a run.
struct ChartOutcome {
    /// Whether the chart was rendered, skipped or failed.
    enum Status: String, Codable {
        case rendered
        case upToDate = "up-to-date"
        case failed
    }

    var name: String
    var status: Status = .rendered
    /// The files written (names in the output folder).
    var files: [BuildRecord.File] = []
    var warnings: [Diagnostic] = []
    var errors: [Diagnostic] = []
    /// Wall time spent on the chart.
    var seconds: Double = 0
    /// The fingerprint of the inputs it was rendered from.
    var inputs = ""

    var failed: Bool { status == .failed }
}

/// Where and how a run writes its files.
struct RenderSettings {
    var outFolder: URL
    var formats: [OutputFormat]
    var scale: Double
    var writeScene: Bool = false
    /// Whether warnings (an unplaced label, a shortened one) fail the chart.
    var strict: Bool = false

    /// Re-render even charts that are up to date.
    var force: Bool = false
    /// How many charts render at once.
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    /// The most device pixels a PNG may have (about 200 MB of pixels in memory).
    static let maxPixels = 50_000_000.0

    /// The options that change output bytes, for the inputs fingerprint.
    var outputKey: String {
        "formats=\(formats.map(\.rawValue).joined(separator: ",")) scale=\(scale) strict=\(strict) scene=\(writeScene)"
    }
}

/// Runs the stages for one chart: load spec → load data → validate → lay out → render → write.
///
/// One pipeline per worker: it owns a text engine, shared by its measurer and renderer.
final class ChartPipeline {
    let project: Project
    private let measurer: PangoTextMeasurer
    private let renderer: CairoRenderer

    init(project: Project) {
        self.project = project
        let engine = TextEngine()
        measurer = PangoTextMeasurer(engine: engine)
        renderer = CairoRenderer(engine: engine, pdfDate: ChartPipeline.pdfDate())
    }

    /// Loads, validates and lays out a chart; warnings come back with the layout.
    func prepare(_ name: String) throws(DiagnosticList) -> (layout: ChartLayout, warnings: [Diagnostic]) {
        let display = project.specDisplayPath(name)
        let (spec, context) = try SpecLoader.load(url: project.specURL(name), display: display)
        let data = try project.dataURL(spec.data, context: context)
        let dataset = try CSVLoader.load(url: data.url, displayName: data.display)
        let layout: ChartLayout
        do throws(DiagnosticList) {
            switch spec.kind {
            case .bar:
                layout = BarLayout.layout(try BarChartBuilder.build(spec: spec, dataset: dataset, context: context), measurer: measurer)
            case .timeline:
                layout = TimelineLayout.layout(try TimelineChartBuilder.build(spec: spec, dataset: dataset, context: context), measurer: measurer)
            }
        } catch {
            throw DiagnosticList(dataset.problems + error.diagnostics)
        }
        if !dataset.problems.isEmpty { throw DiagnosticList(dataset.problems) }
        let undrawable = layout.scene.undrawableText(measurer: measurer, file: display)
        if !undrawable.isEmpty { throw DiagnosticList(undrawable.map { locate($0, specText: context.locator, dataset: dataset) }) }
        let warnings = SourceLine.warnings(dataset: dataset, override: spec.source)
            + layout.warnings.map { Diagnostic(.warning, file: display, message: $0) }
            + Self.auditWarnings(layout.findings, file: display)
        return (layout, warnings)
    }

    /// The audit's findings as warnings: at most five of each kind, then how many more there are
    /// (a dense cluster can cross hundreds of marks; `--scene` lists them all).
    static func auditWarnings(_ findings: [AuditFinding], file: String) -> [Diagnostic] {
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

    /// The fingerprint of everything that determines a chart's files: its spec and dataset bytes,
    /// the output options and `environment` (the tool and the fonts).
    func inputs(_ name: String, settings: RenderSettings, environment: String) -> String {
        var fingerprint = Fingerprint()
        fingerprint.add(environment)
        fingerprint.add(settings.outputKey)
        fingerprint.add(FileManager.default.contents(atPath: project.specURL(name).path) ?? Data())
        if let (spec, context) = try? SpecLoader.load(url: project.specURL(name), display: project.specDisplayPath(name)),
           let data = try? project.dataURL(spec.data, context: context) {
            fingerprint.add(FileManager.default.contents(atPath: data.url.path) ?? Data())
        }
        return fingerprint.hex
    }

    /// The diagnostic pointed at where its text was written: a line of the spec, or a cell of the data.
    private func locate(_ diagnostic: Diagnostic, specText: SpecLocator, dataset: Dataset) -> Diagnostic {
        guard let text = diagnostic.quotedText else { return diagnostic }
        var located = diagnostic
        if let line = specText.firstLine(containing: text) {
            located.line = line
        } else if let row = dataset.rows.firstIndex(where: { $0.contains { Self.matches($0, text) } }) {
            let column = dataset.rows[row].firstIndex { Self.matches($0, text) }!
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

    /// Prepares and renders a chart into every requested format, writing the files atomically.
    func render(_ name: String, settings: RenderSettings) -> ChartOutcome {
        let start = DispatchTime.now()
        var outcome = ChartOutcome(name: name)
        do {
            let (layout, warnings) = try prepare(name)
            if settings.strict && !warnings.isEmpty {
                throw DiagnosticList(warnings.map { warning in
                    var error = warning
                    error.severity = .error
                    return error
                })
            }
            outcome.warnings = warnings
            let scene = layout.scene
            let pixels = scene.width * scene.height * settings.scale * settings.scale
            if settings.formats.contains(.png) && pixels > RenderSettings.maxPixels {
                throw DiagnosticList([Diagnostic(file: project.specDisplayPath(name),
                    message: "at --scale \(settings.scale) the PNG would have \(Int(pixels / 1e6)) megapixels, over the \(Int(RenderSettings.maxPixels / 1e6)) limit",
                    hint: "lower --scale or the chart's width and height")])
            }
            // Render everything first, so that a failure writes nothing.
            var outputs: [(URL, Data)] = []
            for format in settings.formats {
                let bytes = try renderer.render(scene, format: format, scale: settings.scale)
                outputs.append((settings.outFolder.appendingPathComponent("\(name).\(format.rawValue)"), bytes))
            }
            if settings.writeScene {
                outputs.append((settings.outFolder.appendingPathComponent("\(name).scene.json"), SceneJSON.encode(scene, findings: layout.findings)))
            }
            try AtomicFile.write(outputs)
            outcome.files = outputs.map { url, bytes in
                BuildRecord.File(name: url.lastPathComponent, size: bytes.count, hash: Fingerprint.of(bytes))
            }
        } catch {
            outcome.status = .failed
            outcome.errors = error.diagnostics(defaultFile: project.specDisplayPath(name))
        }
        outcome.seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return outcome
    }

    /// The PDF creation date: `SOURCE_DATE_EPOCH` when set (reproducible builds), else 1970-01-01.
    static func pdfDate() -> String {
        let seconds = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"].flatMap(Int.init) ?? 0
        let days = Int((Double(seconds) / 86_400).rounded(.down))
        let (year, month, day) = CivilCalendar.civil(fromDayNumber: days)
        let rest = seconds - days * 86_400
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        return "\(year)-\(two(month))-\(two(day))T\(two(rest / 3600)):\(two(rest % 3600 / 60)):\(two(rest % 60))Z"
    }
}
