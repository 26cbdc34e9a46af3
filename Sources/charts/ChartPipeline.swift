import ChartCairo
import ChartCore
import Dataset
import Foundation

/// What happened to one chart in a run.
struct ChartOutcome {
    var name: String
    /// The files written (paths as given to the user).
    var files: [String] = []
    var warnings: [Diagnostic] = []
    var errors: [Diagnostic] = []
    /// Wall time spent on the chart.
    var seconds: Double = 0

    var failed: Bool { !errors.isEmpty }
}

/// Where and how a run writes its files.
struct RenderSettings {
    var outFolder: URL
    var formats: [OutputFormat]
    var scale: Double
    var writeScene: Bool = false
    /// Whether warnings (an unplaced label, a shortened one) fail the chart.
    var strict: Bool = false

    /// The most device pixels a PNG may have (about 200 MB of pixels in memory).
    static let maxPixels = 50_000_000.0
}

/// Runs the stages for one chart: load spec → load data → validate → lay out → render → write.
///
/// One pipeline per thread: it owns a Pango measurer and a Cairo renderer.
final class ChartPipeline {
    let project: Project
    private let measurer = PangoTextMeasurer()
    private let renderer = CairoRenderer(pdfDate: ChartPipeline.pdfDate())

    init(project: Project) {
        self.project = project
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
        if !undrawable.isEmpty { throw DiagnosticList(undrawable) }
        let warnings = SourceLine.warnings(dataset: dataset, override: spec.source)
            + layout.warnings.map { Diagnostic(.warning, file: display, message: $0) }
        return (layout, warnings)
    }

    /// Prepares and renders a chart into every requested format, writing each file atomically.
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
                outputs.append((settings.outFolder.appendingPathComponent("\(name).scene.json"), SceneJSON.encode(scene)))
            }
            for (url, bytes) in outputs {
                try AtomicFile.write(bytes, to: url)
                outcome.files.append(url.lastPathComponent)
            }
        } catch {
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
