import Foundation

/// Runs the built `charts` binary on temporary copies of a project, for end-to-end tests.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    /// The package root (two folders above this file's folder).
    static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The `charts` executable, built beside the test bundle.
    static var binary: URL {
        let folder = Bundle.main.bundleURL.deletingLastPathComponent()
        let beside = folder.appendingPathComponent("charts")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return Bundle.main.bundleURL.appendingPathComponent("charts")
    }

    static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        if let folder { process.currentDirectoryURL = folder }
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }

    /// A fresh temporary folder holding copies of the repository's `data/` and `charts/`: with
    /// every edition of the article charts, or (the default, for tests of other things) their
    /// default editions only, the `[sizes.…]` tables at the end of each spec and the Chinese texts left out.
    static func articleProject(editions: Bool = false) throws -> URL {
        let folder = try emptyProject()
        for name in ["data", "charts"] {
            let target = folder.appendingPathComponent(name)
            try FileManager.default.removeItem(at: target)
            try FileManager.default.copyItem(at: packageRoot.appendingPathComponent(name), to: target)
        }
        if !editions {
            let charts = folder.appendingPathComponent("charts")
            for file in try FileManager.default.contentsOfDirectory(atPath: charts.path) where file.hasSuffix(".toml") {
                let url = charts.appendingPathComponent(file)
                var text = try String(contentsOf: url, encoding: .utf8)
                if let sizes = text.range(of: "\n[sizes.") { text = String(text[..<sizes.lowerBound] + "\n") }
                // One locale: the translations go with the `locales` line.
                text = text.split(separator: "\n", omittingEmptySubsequences: false)
                    .filter { !$0.hasPrefix("locales = ") && $0.range(of: #"^[a-z_]+_zh = "#, options: .regularExpression) == nil }
                    .joined(separator: "\n")
                try text.write(to: url, atomically: true, encoding: .utf8)
            }
        }
        return folder
    }

    /// A fresh temporary project with empty `data/` and `charts/`.
    static func emptyProject() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("charts-test-\(UUID().uuidString)")
        for name in ["data", "charts"] {
            try FileManager.default.createDirectory(at: folder.appendingPathComponent(name), withIntermediateDirectories: true)
        }
        return folder
    }

    static func write(_ text: String, to path: String, in project: URL) throws {
        try Data(text.utf8).write(to: project.appendingPathComponent(path))
    }
}
