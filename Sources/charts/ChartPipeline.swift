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
    /// Made on first use, so that reading a chart's spec and data does not wait for the fonts.
    private lazy var renderer = ChartRenderer(pdfDate: ChartPipeline.pdfDate())
    /// The spec ``inputs(_:settings:environment:)`` read last, for ``load(_:theme:only:)`` to use.
    private var read: (name: String, spec: ChartSpec, context: SpecContext)?

    init(project: Project) {
        self.project = project
    }

    /// One laid-out edition of a chart.
    struct PreparedEdition {
        var edition: Edition
        var layout: ChartLayout
    }

    /// Lays out each edition of a loaded chart, with the warnings of all of them (see
    /// ``merged(_:_:)``).
    func prepareEditions(_ chart: LoadedChart) throws(DiagnosticList) -> (editions: [PreparedEdition], warnings: [Diagnostic]) {
        var prepared: [PreparedEdition] = [], warnings: [[Diagnostic]] = []
        for index in chart.editions.indices {
            let result = try layOut(chart, index)
            prepared.append(PreparedEdition(edition: chart.editions[index], layout: result.layout))
            warnings.append(result.warnings)
        }
        return (prepared, Self.merged(chart, warnings))
    }

    /// Reads a chart's spec and data, and the editions to render (those `only` names, when given:
    /// an error when it names none).
    func load(_ name: String, theme: ThemeName?, only: String?) throws(DiagnosticList) -> LoadedChart {
        let display = project.specDisplayPath(name)
        let spec: ChartSpec, context: SpecContext
        if let read, read.name == name {
            (spec, context) = (read.spec, read.context)
        } else {
            (spec, context) = try SpecLoader.load(url: project.specURL(name), display: display)
        }
        read = nil
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
        return LoadedChart(name: name, spec: spec, context: context, dataset: dataset, editions: editions)
    }

    /// The problems of the dataset that chart `name`'s spec names, when the spec itself does not
    /// decode: the file's own (its structure, its rows) and the cells of the columns the spec reads
    /// as numbers, so that `check` lists a data error beside the spec's.
    func dataProblems(ofUndecodable name: String) -> [Diagnostic] {
        let display = project.specDisplayPath(name)
        guard let text = try? String(contentsOf: project.specURL(name), encoding: .utf8),
              let references = SpecLoader.dataReferences(text: text) else { return [] }
        let context = SpecContext(file: display, locator: SpecLocator(text: text))
        let dataset: Dataset
        do throws(DiagnosticList) {
            let data = try project.dataURL(references.data, context: context)
            dataset = try CSVLoader.load(url: data.url, displayName: data.display)
        } catch {
            return error.diagnostics
        }
        var problems = dataset.problems
        for (key, name) in references.numberColumns {
            guard let column = dataset.columnIndex(name) else { continue }
            let unit = references.valuesIn
            do throws(DiagnosticList) {
                _ = try dataset.numbers(column: column, unit: unit.multiplier, unitName: unit == .ones ? "" : unit.rawValue)
            } catch { problems += context.readBy(key, as: "numbers", error.diagnostics) }
        }
        return problems
    }

    /// Lays out edition `index` of `chart`, with its own warnings: the keys left untranslated
    /// (with the first edition of each further locale) and a timeline turned vertical.
    func layOut(_ chart: LoadedChart, _ index: Int) throws(DiagnosticList) -> ChartEngine.Result {
        let edition = chart.editions[index], spec = chart.spec, context = chart.context
        var result = try renderer.layout(spec: edition.apply(to: spec), dataset: chart.dataset, context: context)
        if edition.otherLocale && chart.editions.firstIndex(where: { $0.locale == edition.locale }) == index {
            result.warnings = (spec.untranslatedKeys[edition.locale] ?? []).map { key in
                context.problem(key, "no `\(edition.locale.rawValue)` translation, so the \(spec.locale.englishName) text is shown",
                                hint: "add \(key.split(separator: ".").last ?? "")\(Translation.suffix(edition.locale)) = \"…\" beside it", severity: .warning)
            } + result.warnings
        }
        if edition.turnsVertical(spec) {
            result.warnings.append(Diagnostic(.info, file: context.file,
                                              message: "drawn vertically: narrower than \(Edition.verticalTimelineWidth) px"))
        }
        return result
    }

    /// The warnings of a chart's editions as one list: the first edition's, then what each other
    /// edition adds, said of that edition ("in the mobile edition: …").
    static func merged(_ chart: LoadedChart, _ warnings: [[Diagnostic]]) -> [Diagnostic] {
        var merged: [Diagnostic] = [], said = Set<String>()
        for (index, edition) in chart.editions.enumerated() {
            for warning in warnings[index] where !said.contains(warning.message) {
                said.insert(warning.message)
                var located = warning
                if index > 0 || edition.label != "default" { located.message = "in the \(edition.label) edition: \(warning.message)" }
                merged.append(located)
            }
        }
        return merged
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
    /// ``ClaimCheck``), in each of its languages.
    static func claimWarnings(_ chart: LoadedChart) -> [Diagnostic] {
        let (spec, dataset, context) = (chart.spec, chart.dataset, chart.context)
        // Each language's words against the data it reads.
        return ClaimCheck.warnings(spec: spec, dataset: dataset, context: context) + spec.locales.dropFirst().flatMap { locale in
            return ClaimCheck.warnings(spec: spec.translations[locale] ?? spec, dataset: dataset, context: context).map { warning in
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
        let bytes = FileManager.default.contents(atPath: project.specURL(name).path) ?? Data()
        fingerprint.add(bytes)
        if let text = String(data: bytes, encoding: .utf8),
           let (spec, context) = try? SpecLoader.load(text: text, display: project.specDisplayPath(name)) {
            // The spec just read is the one `load` would read next: kept for it.
            read = (name, spec, context)
            if let data = try? project.dataURL(spec.data, context: context) {
                fingerprint.add(FileManager.default.contents(atPath: data.url.path) ?? Data())
            }
        }
        return fingerprint.hex
    }

    /// An outcome for a chart that failed with `error`.
    func failed(_ name: String, _ error: any Error, since start: DispatchTime) -> ChartOutcome {
        var outcome = ChartOutcome(name: name)
        outcome.status = .failed
        outcome.errors = error.diagnostics(defaultFile: project.specDisplayPath(name))
        outcome.seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return outcome
    }

    /// Lays out and renders edition `index` of `chart` into the requested formats, in memory.
    /// With `--strict`, an edition with warnings is laid out only: the chart fails.
    func produce(_ chart: LoadedChart, _ index: Int, settings: RenderSettings) throws(DiagnosticList) -> EditionProduct {
        let result = try layOut(chart, index)
        var product = EditionProduct(layout: result.layout, warnings: result.warnings)
        if settings.strict && result.warnings.contains(where: { $0.severity == .warning }) { return product }
        let scene = result.layout.scene, stem = chart.name + chart.editions[index].suffix
        let limits = Self.outputProblems(scene, context: chart.context, formats: settings.formats, scale: settings.scale)
        if !limits.isEmpty { throw DiagnosticList(limits) }
        let files = try renderer.files(scene, formats: settings.formats, scale: settings.scale, name: project.specDisplayPath(chart.name))
        product.outputs = settings.formats.map { ("\(stem).\($0.rawValue)", files[$0]!) }
        if settings.writeScene { product.outputs.append(("\(stem).scene.json", SceneJSON.encode(scene, findings: result.layout.findings))) }
        product.fontBytes = files[.svg].map(Self.embeddedFontBytes) ?? 0
        return product
    }

    /// The outcome of a chart from its editions: it fails when one failed (or, with `--strict`,
    /// when one warned); otherwise every file is written at once, atomically.
    func finish(_ chart: LoadedChart, _ products: [Result<EditionProduct, DiagnosticList>], settings: RenderSettings,
                since start: DispatchTime) -> ChartOutcome {
        var errors: [Diagnostic] = []
        for case .failure(let error) in products where !errors.contains(error.diagnostics) { errors += error.diagnostics }
        if !errors.isEmpty { return failed(chart.name, DiagnosticList(errors), since: start) }
        let done = products.compactMap { try? $0.get() }
        // The words' numbers are checked against the data on every render, as `check` does.
        let warnings = Self.merged(chart, done.map(\.warnings)) + Self.claimWarnings(chart)
        if settings.strict && warnings.contains(where: { $0.severity == .warning }) {
            return failed(chart.name, DiagnosticList(warnings.filter { $0.severity == .warning }.map(\.failedByStrict)), since: start)
        }
        var outcome = ChartOutcome(name: chart.name)
        outcome.warnings = warnings
        let outputs = done.flatMap { product in product.outputs.map { (settings.outFolder.appendingPathComponent($0.0), $0.1) } }
        do {
            try AtomicFile.write(outputs)
        } catch {
            return failed(chart.name, error, since: start)
        }
        let scene = done[0].layout.scene
        outcome.summary = BuildRecord.Summary(title: scene.metadata.title, alt: scene.metadata.description,
                                              source: scene.metadata.source, width: Int(scene.width), height: Int(scene.height),
                                              warnings: warnings.filter { $0.severity == .warning }.map(\.description),
                                              editions: zip(chart.editions, done).dropFirst().map { edition, product in
                                                  .init(label: edition.label, suffix: edition.suffix, width: edition.width, height: edition.height,
                                                        title: product.layout.scene.metadata.title, language: product.layout.scene.metadata.language)
                                              })
        outcome.files = outputs.map { url, bytes in
            BuildRecord.File(name: url.lastPathComponent, size: bytes.count, hash: Fingerprint.of(bytes))
        }
        outcome.fontBytes = done.reduce(0) { $0 + $1.fontBytes }
        outcome.seconds = Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9
        return outcome
    }

    /// The bytes of the fonts an SVG embeds: its base64 `@font-face` payloads, decoded length.
    static func embeddedFontBytes(_ svg: Data) -> Int {
        // The fonts are in the `<style>` at the top: read bytes up to `</style>`, not the whole
        // file. (A scan of the raw bytes: Foundation's `Data.range(of:)` goes through NSData.)
        svg.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Int in
            func find(_ needle: String, from start: Int, to end: Int) -> Int? {
                let needle = Array(needle.utf8)
                guard end - start >= needle.count else { return nil }
                return (start...(end - needle.count)).first { at in
                    needle.indices.allSatisfy { bytes[at + $0] == needle[$0] }
                }
            }
            let end = find("</style>", from: 0, to: bytes.count) ?? 0
            var total = 0
            var cursor = 0
            while let found = find(";base64,", from: cursor, to: end) {
                let payload = found + 8
                let close = bytes[payload..<end].firstIndex(of: UInt8(ascii: ")")) ?? end
                var padding = 0
                var index = close
                while index > payload && bytes[index - 1] == UInt8(ascii: "=") { padding += 1; index -= 1 }
                total += (close - payload) / 4 * 3 - padding
                cursor = close
            }
            return total
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
