import Foundation

/// What `charts` last wrote into an output folder, kept beside the outputs as `.charts-record.json`.
///
/// For each chart: the fingerprint of everything that determined its files (spec, dataset,
/// output options, the tool, the fonts) and each file's size and content hash. A chart whose
/// fingerprint matches and whose files are all present and unchanged is up to date. A missing or
/// unreadable record simply means everything is rendered again.
struct BuildRecord: Codable, Equatable {
    /// One file the tool wrote.
    struct File: Codable, Equatable {
        var name: String
        var size: Int
        var hash: String
    }

    /// What the gallery shows of a chart's last render.
    struct Summary: Codable, Equatable {
        var title: String
        var alt: String
        var source: String?
        var width: Int
        var height: Int
        /// The warnings of that render, one line each.
        var warnings: [String]
        /// The chart's other editions rendered with it (absent in records of older versions).
        var editions: [EditionEntry]? = nil
    }

    /// An edition other than the default: its name, file-name suffix and size.
    struct EditionEntry: Codable, Equatable {
        var label: String
        var suffix: String
        var width: Int
        var height: Int
        /// The edition's title, in its language (absent in records of earlier versions).
        var title: String?
        /// Its language tag (`zh-Hans`).
        var language: String?
    }

    /// One chart's last successful render, and every file ever written for it.
    struct Chart: Codable, Equatable {
        /// The fingerprint of the last render's inputs.
        var inputs: String
        /// The files of the last render.
        var files: [File]
        /// The name of every file written for the chart, by any render (all formats, scene
        /// dumps), sorted: what `clean` removes once the chart's spec is gone.
        var written: [String]
        /// The last render's title, alt text, source, size and warnings (for the gallery).
        var summary: Summary?

        init(inputs: String, files: [File], written: [String], summary: Summary? = nil) {
            self.inputs = inputs
            self.files = files
            self.written = written
            self.summary = summary
        }

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: CodingKeys.self)
            inputs = try c.decode(String.self, forKey: .inputs)
            files = try c.decode([File].self, forKey: .files)
            // Records written before this list existed: the last render's files.
            written = try c.decodeIfPresent([String].self, forKey: .written) ?? files.map(\.name).sorted()
            summary = try c.decodeIfPresent(Summary.self, forKey: .summary)
        }
    }

    /// The record's format version; another version is treated as no record.
    static let version = 1
    static let fileName = ".charts-record.json"

    var version = BuildRecord.version
    var charts: [String: Chart] = [:]

    /// The record in `folder`, or an empty one when it is missing, unreadable or of another version.
    static func load(from folder: URL) -> BuildRecord {
        guard let data = try? Data(contentsOf: folder.appendingPathComponent(fileName)),
              let record = try? JSONDecoder().decode(BuildRecord.self, from: data),
              record.version == version
        else { return BuildRecord() }
        return record
    }

    /// Records a render of `name`: its inputs and files, added to every file written for it before.
    mutating func recordRender(of name: String, inputs: String, files: [File], summary: Summary?) {
        let written = Set(charts[name]?.written ?? []).union(files.map(\.name))
        charts[name] = Chart(inputs: inputs, files: files, written: written.sorted(), summary: summary)
    }

    /// Writes the record atomically (sorted keys, so the same record is the same bytes).
    ///
    /// It is not flushed to disk first: after a crash, a lost or stale record makes the next run
    /// render again what it cannot vouch for (a chart counts as up to date only when its files'
    /// hashes match the record), and `clean` forgets the files of deleted charts that only the
    /// lost record listed.
    func save(to folder: URL) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        try AtomicFile.write(try encoder.encode(self), to: folder.appendingPathComponent(Self.fileName), durable: false)
    }

    /// Whether the chart's files in `folder` are exactly those recorded for the given inputs (a
    /// record naming a file that `charts` does not write for the chart vouches for nothing).
    func isUpToDate(_ name: String, inputs: String, in folder: URL) -> Bool {
        guard let chart = charts[name], chart.inputs == inputs else { return false }
        return chart.files.allSatisfy { file in
            guard OutputName.isWritten(file.name, for: name), OutputName.isRegularFile(file.name, in: folder) else { return false }
            let url = folder.appendingPathComponent(file.name)
            guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path),
                  (attributes[.size] as? NSNumber)?.intValue == file.size,
                  let data = try? Data(contentsOf: url)
            else { return false }
            return Fingerprint.of(data) == file.hash
        }
    }
}
