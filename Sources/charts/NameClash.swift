import ChartCore
import ChartKit
import Dataset
import Foundation

/// Charts that would write files of the same name: `charts/hanguang.mobile.toml` beside
/// `charts/hanguang.toml` with a `mobile` size both claim `hanguang.mobile.png`.
///
/// File names are a chart's name followed by its edition's parts (see ``OutputName``), so only a
/// chart whose name is another's followed by `.` can clash with it. Each of the two gets an error
/// naming the other, and neither is rendered: neither may overwrite the other's files.
enum NameClash {
    /// The errors of every chart in `names` that claims a file name another chart of the project
    /// (`all`, every spec) claims too, by chart name.
    static func find(among names: [String], all: [String], project: Project) -> [String: [Diagnostic]] {
        let known = Set(all)
        var stems: [String: [String: String]] = [:]
        // The file-name stems of a chart, by edition label. A spec that does not load still claims
        // its own name (its default edition's files, from an earlier render), and any name of its
        // editions' form (their files from an earlier render): `unknown` then.
        var unloaded = Set<String>()
        func stemsOf(_ name: String) -> [String: String] {
            if let cached = stems[name] { return cached }
            var byStem = [name: "default"]
            if let loaded = try? SpecLoader.load(url: project.specURL(name), display: project.specDisplayPath(name)) {
                for edition in loaded.0.editions() { byStem[name + edition.suffix] = edition.label }
            } else {
                unloaded.insert(name)
            }
            stems[name] = byStem
            return byStem
        }
        var errors: [String: [Diagnostic]] = [:]
        for name in all.sorted() {
            let dots = name.indices.filter { name[$0] == "." }
            for dot in dots {
                let shorter = String(name[..<dot])
                guard known.contains(shorter), names.contains(name) || names.contains(shorter) else { continue }
                let longStems = stemsOf(name)
                var shortStems = stemsOf(shorter)
                if unloaded.contains(shorter), OutputName.isWritten(name + ".png", for: shorter) { shortStems[name] = "unknown" }
                let shared = longStems.keys.filter { shortStems[$0] != nil }.sorted()
                guard let first = shared.first else { continue }
                let files = shared.map { "\($0).*" }.joined(separator: ", ")
                let hint = "rename \(project.specDisplayPath(name)), e.g. to \(name.replacingOccurrences(of: ".", with: "-")).toml: a chart's files are named after it and its editions"
                errors[name, default: []].append(Diagnostic(file: project.specDisplayPath(name),
                    message: "its files (\(files)) have the names of the `\(shortStems[first]!)` edition of \(project.specDisplayPath(shorter))",
                    hint: hint))
                errors[shorter, default: []].append(Diagnostic(file: project.specDisplayPath(shorter),
                    message: "the files of its `\(shortStems[first]!)` edition (\(files)) have the names of \(project.specDisplayPath(name))'s",
                    hint: hint))
            }
        }
        return errors.filter { names.contains($0.key) }
    }
}
