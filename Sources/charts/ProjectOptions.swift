import ArgumentParser
import ChartCairo
import ChartCore
import Foundation

/// Options shared by the commands that read a project.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The project folder holding data/ and charts/.", valueName: "dir"))
    var project: String = "."

    @Option(name: .long, help: ArgumentHelp("Where the datasets are (default: <project>/data; a relative path is inside the project).", valueName: "dir"))
    var data: String?

    var projectValue: Project {
        let root = URL(fileURLWithPath: project, isDirectory: true).standardizedFileURL
        return Project(root: root, data: data.map { Project.resolve($0, in: root) }, dataDisplay: data)
    }
}

/// The output options that change what a render may hit (the PNG pixel limit): taken by the
/// commands that render and by `check`, so that `check` finds what a render would.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Formats to write, comma-separated: png, svg, pdf.", valueName: "list"))
    var format: String = "png,svg,pdf"

    @Option(name: .long, help: ArgumentHelp("PNG pixel density: device pixels per 1× pixel (0.5 to 8).", valueName: "n"))
    var scale: Double = 2

    @Option(name: .long, help: ArgumentHelp("Draw every chart in this theme (light or dark), whatever its spec says.", valueName: "name"))
    var theme: ThemeName?

    mutating func validate() throws {
        _ = try formats()
        guard (0.5...8).contains(scale) else {
            throw ValidationError("--scale \(scale) is outside 0.5…8; 2 gives sharp PNGs on high-density screens")
        }
    }

    func formats() throws -> [OutputFormat] {
        var result: [OutputFormat] = []
        for name in format.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let format = OutputFormat(rawValue: name) else {
                throw ValidationError("unknown format `\(name)` in --format; expected png, svg or pdf, e.g. --format png,svg")
            }
            if !result.contains(format) { result.append(format) }
        }
        guard !result.isEmpty else { throw ValidationError("--format is empty; expected e.g. png,svg,pdf") }
        return result
    }
}

/// Options of the commands that write files.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Where to write the files (default: <project>/out; a relative path is inside the project).", valueName: "dir"))
    var out: String?

    @OptionGroup var formatOptions: FormatOptions

    @Flag(name: .long, help: "Treat warnings (a label that could not be placed, a shortened one) as errors; notes never fail.")
    var strict = false

    @Flag(name: .long, help: "Render every chart, even those whose inputs have not changed.")
    var force = false

    @Option(name: .long, help: ArgumentHelp("How many charts to render at once (default: the number of cores).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, help: "Print one JSON object per chart (name, status, files, seconds, errors, warnings, information) instead of text.")
    var json = false

    @Option(name: .long, help: ArgumentHelp("Render only this edition of each chart: a size, a theme, or both (mobile, dark, mobile/dark, default).", valueName: "name"))
    var edition: String?

    mutating func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs \(jobs): give at least 1") }
    }

    func settings(project: Project, writeScene: Bool = false) throws -> RenderSettings {
        let folder = out.map { Project.resolve($0, in: project.root) }
            ?? project.root.appendingPathComponent("out", isDirectory: true)
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), !isFolder.boolValue {
            throw DiagnosticMessage("\(folder.path) is a file, not a folder: choose another output folder with --out")
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw DiagnosticMessage("cannot create the output folder \(folder.path): \((error as NSError).localizedFailureReason ?? error.localizedDescription); choose another with --out")
        }
        return RenderSettings(outFolder: folder.standardizedFileURL, formats: try formatOptions.formats(), scale: formatOptions.scale,
                              theme: formatOptions.theme, edition: edition,
                              writeScene: writeScene, strict: strict, force: force,
                              jobs: jobs ?? ProcessInfo.processInfo.activeProcessorCount)
    }
}

extension ThemeName: ExpressibleByArgument {}
