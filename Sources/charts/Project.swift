import ChartCore
import Dataset
import Foundation

/// A project folder: specs in `charts/`, datasets in `data/` (or another folder given with `--data`).
struct Project {
    /// The project folder.
    let root: URL
    /// The datasets' folder.
    let dataFolder: URL
    /// The datasets' folder as messages show it: `data`, or the `--data` path as given.
    let dataDisplay: String

    /// A project whose datasets are in `data` (default: `root/data`), shown as `dataDisplay`.
    init(root: URL, data: URL? = nil, dataDisplay: String? = nil) {
        self.root = root
        dataFolder = data ?? root.appendingPathComponent("data", isDirectory: true)
        var shown = dataDisplay ?? "data"
        while shown.count > 1 && shown.hasSuffix("/") { shown.removeLast() }
        self.dataDisplay = shown
    }

    /// A path as messages show it: relative to the project when inside it, else absolute.
    func display(_ url: URL) -> String {
        let path = url.standardizedFileURL.path, base = root.standardizedFileURL.path
        if path == base { return "." }
        return path.hasPrefix(base + "/") ? String(path.dropFirst(base.count + 1)) : path
    }

    /// A folder given on the command line: an absolute path as it is, a relative one inside the
    /// project (`--out build` is `<project>/build`, wherever charts is run from).
    static func resolve(_ path: String, in root: URL) -> URL {
        let url = path.hasPrefix("/") ? URL(fileURLWithPath: path, isDirectory: true)
            : root.appendingPathComponent(path, isDirectory: true)
        return url.standardizedFileURL
    }

    var chartsFolder: URL { root.appendingPathComponent("charts", isDirectory: true) }

    /// The chart names (spec file stems), sorted, from `charts/*.toml`.
    func chartNames() throws -> [String] {
        let entries: [String]
        do {
            entries = try FileManager.default.contentsOfDirectory(atPath: chartsFolder.path)
        } catch {
            throw DiagnosticList([Diagnostic(file: "charts/", message: "no charts folder in \(root.path)",
                                             hint: "run charts in a project folder or pass --project DIR")])
        }
        return entries.filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }
            .map { String($0.dropLast(5)) }
            .sorted()
    }

    /// The spec file of a chart.
    func specURL(_ name: String) -> URL {
        chartsFolder.appendingPathComponent(name + ".toml")
    }

    /// The display path of a spec (`charts/NAME.toml`).
    func specDisplayPath(_ name: String) -> String {
        "charts/\(name).toml"
    }

    /// Resolves a spec's `data` value to a file inside `data/`, or explains why it cannot.
    func dataURL(_ value: String, context: SpecContext) throws(DiagnosticList) -> (url: URL, display: String) {
        func fail(_ message: String, _ hint: String?) -> DiagnosticList {
            DiagnosticList([context.problem("data", message, hint: hint)])
        }
        let parts = value.split(separator: "/", omittingEmptySubsequences: false)
        if value.hasPrefix("/") || parts.contains("..") || value.isEmpty {
            throw fail("`\(value)` is not a file inside \(dataDisplay)/", "name a CSV file in \(dataDisplay)/, e.g. data = \"qwen.csv\"")
        }
        let url = dataFolder.appendingPathComponent(value)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: dataFolder.path, isDirectory: &isFolder), isFolder.boolValue else {
            throw fail("no data folder \(dataDisplay)/ (looked for \(dataFolder.path))",
                       dataDisplay == "data" ? "create data/ in the project, or pass --data DIR" : "check --data; a relative path is inside the project")
        }
        if (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil,
           !FileManager.default.fileExists(atPath: url.path) {
            throw fail("\(dataDisplay)/\(value) is a symbolic link that leads nowhere (to a missing file, or in a loop)",
                       "replace it with the CSV file itself")
        }
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dataFolder.path))?
                .filter { $0.hasSuffix(".csv") }.sorted() ?? []
            throw fail("no file \(dataDisplay)/\(value)", Suggestion.hint(for: value, in: files, noun: "files in \(dataDisplay)/"))
        }
        if isFolder.boolValue { throw fail("\(dataDisplay)/\(value) is a folder, not a CSV file", nil) }
        let resolved = url.resolvingSymlinksInPath().standardizedFileURL.path
        let folder = dataFolder.resolvingSymlinksInPath().standardizedFileURL.path + "/"
        guard resolved.hasPrefix(folder) else {
            throw fail("\(dataDisplay)/\(value) leads outside the data folder", "keep datasets inside \(dataDisplay)/")
        }
        return (url, "\(dataDisplay)/\(value)")
    }
}
