import ChartCairo
import ChartCore
import ChartKit
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
    /// What the gallery shows of a rendered chart: title, alt text, source, size.
    var summary: BuildRecord.Summary?
    /// Bytes of font data embedded in the SVG (before base64), 0 without an SVG or embedded fonts.
    var fontBytes = 0

    var failed: Bool { status == .failed }
}

extension Diagnostic {
    /// A warning turned into an error by `--strict`, saying so.
    var failedByStrict: Diagnostic {
        var error = self
        error.severity = .error
        error.message += " (warning, failed because of --strict)"
        return error
    }
}

/// Where and how a run writes its files.
struct RenderSettings {
    var outFolder: URL
    var formats: [OutputFormat]
    var scale: Double
    /// The theme of every chart of the run (`--theme`), instead of each spec's.
    var theme: ThemeName?
    /// Only the editions this names (`--edition mobile/dark`); `nil`: every edition.
    var edition: String?
    var writeScene: Bool = false
    /// Whether warnings (an unplaced label, a shortened one) fail the chart.
    var strict: Bool = false

    /// Re-render even charts that are up to date.
    var force: Bool = false
    /// Whether to write `index.html`, the gallery of every chart (`charts all`).
    var writeGallery: Bool = false
    /// How many charts render at once.
    var jobs: Int = ProcessInfo.processInfo.activeProcessorCount

    /// The most device pixels a PNG may have (about 200 MB of pixels in memory).
    static let maxPixels = 50_000_000.0

    /// The options that change output bytes, for the inputs fingerprint.
    var outputKey: String {
        "formats=\(formats.map(\.rawValue).joined(separator: ",")) scale=\(scale) strict=\(strict) scene=\(writeScene) theme=\(theme?.rawValue ?? "spec") edition=\(edition ?? "all")"
    }
}

/// Runs the stages for one chart: load spec → load data → validate → lay out → render → write.
///
/// One pipeline per worker: it owns a ``ChartRenderer`` (Pango and Cairo objects of its own).
final class ChartPipeline {
    let project: Project
    private let renderer: ChartRenderer

    init(project: Project) {
        self.project = project
        renderer = ChartRenderer(pdfDate: ChartPipeline.pdfDate())
    }

    /// Loads, validates and lays out a chart; warnings come back with the layout.
    func prepare(_ name: String, theme: ThemeName? = nil) throws(DiagnosticList) -> (layout: ChartLayout, warnings: [Diagnostic], context: SpecContext) {
        let prepared = try prepareEditions(name, theme: theme)
        return (prepared.editions[0].layout, prepared.warnings, prepared.context)
    }

    /// One laid-out edition of a chart.
    struct PreparedEdition {
        var edition: Edition
        var layout: ChartLayout
    }

    /// Loads the spec and its data once and lays out each of its editions (those `only` names,
    /// when given: an error when it names none). Warnings: the first edition's, then what each
    /// other edition adds, said of that edition.
    func prepareEditions(_ name: String, theme: ThemeName? = nil, only: String? = nil)
        throws(DiagnosticList) -> (editions: [PreparedEdition], warnings: [Diagnostic], context: SpecContext) {
        let display = project.specDisplayPath(name)
        let (spec, context) = try SpecLoader.load(url: project.specURL(name), display: display)
        let data = try project.dataURL(spec.data, context: context)
        let dataset = try CSVLoader.load(url: data.url, displayName: data.display)
        var editions = spec.editions(runTheme: theme)
        if let only {
            editions = editions.filter { $0.matches(only) }
            if editions.isEmpty {
                let known = spec.editions(runTheme: theme).map { "`\($0.label)`" }.joined(separator: ", ")
                throw DiagnosticList([Diagnostic(file: display, message: "no edition `\(only)`", hint: "its editions: \(known)")])
            }
        }
        var prepared: [PreparedEdition] = [], warnings: [Diagnostic] = []
        var said = Set<String>()
        for edition in editions {
            var result = try renderer.layout(spec: edition.apply(to: spec), dataset: dataset, context: context)
            // The keys left untranslated, said once per locale.
            if edition.otherLocale && !prepared.contains(where: { $0.edition.locale == edition.locale }) {
                result.warnings = (spec.untranslatedKeys[edition.locale] ?? []).map { key in
                    context.problem(key, "no `\(edition.locale.rawValue)` translation, so the \(spec.locale.englishName) text is shown",
                                    hint: "add \(key.split(separator: ".").last ?? "")\(Translation.suffix(edition.locale)) = \"…\" beside it", severity: .warning)
                } + result.warnings
            }
            if edition.turnsVertical(spec) {
                result.warnings.append(Diagnostic(.info, file: display,
                                                  message: "drawn vertically: narrower than \(Edition.verticalTimelineWidth) px"))
            }
            for warning in result.warnings where !said.contains(warning.message) {
                said.insert(warning.message)
                var located = warning
                if !prepared.isEmpty || edition.label != "default" { located.message = "in the \(edition.label) edition: \(warning.message)" }
                warnings.append(located)
            }
            prepared.append(PreparedEdition(edition: edition, layout: result.layout))
        }
        return (prepared, warnings, context)
    }

    /// What the output options forbid for a laid-out chart: a PNG over the pixel limit at
    /// `scale`. Shared by rendering and `check`, so that `check` finds what a render would.
    static func outputProblems(_ scene: Scene, context: SpecContext, formats: [OutputFormat], scale: Double) -> [Diagnostic] {
        let pixels = scene.width * scene.height * scale * scale
        guard formats.contains(.png) && pixels > RenderSettings.maxPixels else { return [] }
        let side = scene.width >= scene.height ? "width" : "height"
        let size = "\(Int((scene.width * scale).rounded())) × \(Int((scene.height * scale).rounded())) px"
        return [context.problem(side, "at --scale \(scale.formatted()) the PNG would be \(size), \(Int((pixels / 1e6).rounded())) megapixels; the limit is \(Int(RenderSettings.maxPixels / 1e6)) megapixels",
                                hint: "lower --scale, or the chart's width and height")]
    }

    /// Warnings for numbers and names in the chart's words that its data does not back (see
    /// ``ClaimCheck``); nothing when the spec or data cannot be read (`prepare` reports that).
    func claimWarnings(_ name: String) -> [Diagnostic] {
        guard let (spec, context) = try? SpecLoader.load(url: project.specURL(name), display: project.specDisplayPath(name)),
              let data = try? project.dataURL(spec.data, context: context),
              let dataset = try? CSVLoader.load(url: data.url, displayName: data.display) else { return [] }
        // Each language's words against the data it reads.
        return ClaimCheck.warnings(spec: spec, dataset: dataset, context: context) + spec.locales.dropFirst().flatMap { locale in
            let translated = Translation.localize(dataset, spec: spec.translations[locale] ?? spec)
            return ClaimCheck.warnings(spec: translated.spec, dataset: translated.dataset, context: context).map { warning in
                var said = warning
                said.message = "in the \(locale.rawValue) edition: \(warning.message)"
                // At the translated key, when the words came from one.
                if let field = warning.field, let line = context.locator.line(of: field + Translation.suffix(locale)) {
                    said.field = field + Translation.suffix(locale)
                    said.line = line
                }
                return said
            }
        }
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

    /// Prepares and renders a chart into every requested format, writing the files atomically.
    func render(_ name: String, settings: RenderSettings) -> ChartOutcome {
        let start = DispatchTime.now()
        var outcome = ChartOutcome(name: name)
        do {
            let (editions, warnings, context) = try prepareEditions(name, theme: settings.theme, only: settings.edition)
            if settings.strict && warnings.contains(where: { $0.severity == .warning }) {
                throw DiagnosticList(warnings.filter { $0.severity == .warning }.map(\.failedByStrict))
            }
            outcome.warnings = warnings
            let limits = editions.flatMap {
                Self.outputProblems($0.layout.scene, context: context, formats: settings.formats, scale: settings.scale)
            }
            if !limits.isEmpty { throw DiagnosticList(limits) }
            // Render every edition first, so that a failure writes nothing.
            var outputs: [(URL, Data)] = []
            for prepared in editions {
                let scene = prepared.layout.scene, stem = name + prepared.edition.suffix
                let files = try renderer.files(scene, formats: settings.formats, scale: settings.scale, name: project.specDisplayPath(name))
                outputs += settings.formats.map { format in
                    (settings.outFolder.appendingPathComponent("\(stem).\(format.rawValue)"), files[format]!)
                }
                if settings.writeScene {
                    outputs.append((settings.outFolder.appendingPathComponent("\(stem).scene.json"),
                                    SceneJSON.encode(scene, findings: prepared.layout.findings)))
                }
                outcome.fontBytes += files[.svg].map(Self.embeddedFontBytes) ?? 0
            }
            try AtomicFile.write(outputs)
            let scene = editions[0].layout.scene
            outcome.summary = BuildRecord.Summary(title: scene.metadata.title, alt: scene.metadata.description,
                                                  source: scene.metadata.source, width: Int(scene.width), height: Int(scene.height),
                                                  warnings: warnings.filter { $0.severity == .warning }.map(\.description),
                                                  editions: editions.dropFirst().map {
                                                      .init(label: $0.edition.label, suffix: $0.edition.suffix,
                                                            width: $0.edition.width, height: $0.edition.height,
                                                            title: $0.layout.scene.metadata.title, language: $0.layout.scene.metadata.language)
                                                  })
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

    /// The bytes of the fonts an SVG embeds: its base64 `@font-face` payloads, decoded length.
    static func embeddedFontBytes(_ svg: Data) -> Int {
        let text = String(decoding: svg, as: UTF8.self)
        return text.components(separatedBy: ";base64,").dropFirst().reduce(0) { total, part in
            let payload = part.prefix { $0 != ")" }
            let padding = payload.reversed().prefix { $0 == "=" }.count
            return total + payload.count / 4 * 3 - padding
        }
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
