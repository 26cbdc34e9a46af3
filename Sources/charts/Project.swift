import ChartCore
import Dataset
import Foundation

/// A project folder: specs in `charts/`, datasets in `data/` (or another folder given with `--data`).
struct Project {
    /// The project folder.
    let root: URL
    /// The datasets' folder.
    let dataFolder: URL

    /// A project whose datasets are in `data` (default: `root/data`).
    init(root: URL, data: URL? = nil) {
        self.root = root
        dataFolder = data ?? root.appendingPathComponent("data", isDirectory: true)
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
            throw fail("`\(value)` is not a file inside data/", "name a CSV file in data/, e.g. data = \"qwen.csv\"")
        }
        let url = dataFolder.appendingPathComponent(value)
        var isFolder: ObjCBool = false
        if (try? FileManager.default.destinationOfSymbolicLink(atPath: url.path)) != nil,
           !FileManager.default.fileExists(atPath: url.path) {
            throw fail("data/\(value) is a symbolic link that leads nowhere (to a missing file, or in a loop)",
                       "replace it with the CSV file itself")
        }
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: dataFolder.path))?
                .filter { $0.hasSuffix(".csv") }.sorted() ?? []
            throw fail("no file data/\(value)", Suggestion.hint(for: value, in: files, noun: "files in data/"))
        }
        if isFolder.boolValue { throw fail("data/\(value) is a folder, not a CSV file", nil) }
        let resolved = url.resolvingSymlinksInPath().standardizedFileURL.path
        let folder = dataFolder.resolvingSymlinksInPath().standardizedFileURL.path + "/"
        guard resolved.hasPrefix(folder) else {
            throw fail("data/\(value) leads outside the data folder", "keep datasets inside data/")
        }
        return (url, "data/\(value)")
    }
}
