import Foundation
import Testing
import TOMLKit
@testable import ChartCore

@Suite struct SchemaTests {
    @Test func theSchemaDescribesExactlyTheKeysTheDecoderAccepts() {
        for (table, keys) in SpecSchema.decodedKeys {
            #expect(Set(SpecSchema.describedKeys[table] ?? []) == Set(keys), "table `\(table)`")
        }
    }

    @Test func thePublishedSchemaIsTheGeneratedOne() throws {
        let published = try String(contentsOf: CLI.packageRoot.appendingPathComponent("schema/chart-spec.schema.json"), encoding: .utf8)
        #expect(published == SpecSchema.json(), "run `charts schema > schema/chart-spec.schema.json`")
        let result = try CLI.run(["schema"])
        #expect(result.stdout == published)
    }

    @Test func eachKindHasItsOwnKeysAndChoices() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(SpecSchema.json().utf8)) as? [String: Any])
        #expect(schema["required"] as? [String] == ["kind", "data", "title"])
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        #expect(properties["kind"]?["enum"] as? [String] == ["bar", "timeline"])
        let branches = try #require(schema["oneOf"] as? [[String: Any]])
        #expect(branches.count == 2)
        let bar = try #require(branches[0]["properties"] as? [String: [String: Any]])
        let timeline = try #require(branches[1]["properties"] as? [String: [String: Any]])
        #expect(branches.allSatisfy { $0["additionalProperties"] as? Bool == false })
        #expect(bar["scale"]?["enum"] as? [String] == ["linear", "log"])
        #expect(bar["orientation"]?["enum"] as? [String] == ["auto", "vertical", "horizontal"])
        #expect(timeline["orientation"]?["enum"] as? [String] == ["horizontal", "vertical"])
        #expect(bar["date"] == nil && timeline["category"] == nil, "no key of the other kind")
        #expect(bar["width"]?["minimum"] as? Int == 100 && bar["width"]?["maximum"] as? Int == 10_000)
        #expect(branches[1]["required"] as? [String] == ["kind", "data", "title", "date", "label"])
    }

    /// Spec diagnostics that depend on the data (a column or bar that is not there), which no
    /// schema of the spec alone can know.
    static let dataDependent = ["no column", "no bar is called", "no event is labelled", "no file ", "leads outside", "palette",
                                "used in the `track` column", "is not an exact date", "does not come after", "is not as precise as", "” runs to "]

    /// Every article spec and every hostile spec of the test suite, validated against the
    /// published schema (by Python's jsonschema, draft 2020-12), gets the binary's verdict: the
    /// schema rejects exactly the specs whose first problem is the spec's own structure.
    @Test func theSchemaAndTheBinaryAgreeOnEverySpec() throws {
        var cases: [(name: String, spec: String, structural: Bool)] = []
        let charts = CLI.packageRoot.appendingPathComponent("charts")
        for file in try FileManager.default.contentsOfDirectory(atPath: charts.path).sorted() where file.hasSuffix(".toml") {
            cases.append((file, try String(contentsOf: charts.appendingPathComponent(file), encoding: .utf8), false))
        }
        for hostile in HostileInputTests.cases {
            let inSpec = hostile.expected.hasPrefix("charts/c.toml")
            let structural = inSpec && !Self.dataDependent.contains { hostile.expected.contains($0) }
            cases.append((hostile.name, hostile.spec, structural))
        }
        var documents: [String] = [], judged: [(name: String, structural: Bool)] = []
        for item in cases {
            guard let table = try? TOMLTable(string: item.spec) else {
                #expect(item.structural, "\(item.name): TOML that does not parse is the spec's fault")
                continue
            }
            documents.append(table.convert(to: .json))
            judged.append((item.name, item.structural))
        }
        #expect(judged.count > 40)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data(("[" + documents.joined(separator: ",") + "]").utf8).write(to: folder.appendingPathComponent("specs.json"))
        let script = """
        import json, sys
        import jsonschema
        schema = json.load(open(sys.argv[1]))
        validator = jsonschema.Draft202012Validator(schema)
        print(json.dumps([validator.is_valid(d) for d in json.load(open(sys.argv[2]))]))
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        process.arguments = ["-c", script, CLI.packageRoot.appendingPathComponent("schema/chart-spec.schema.json").path,
                             folder.appendingPathComponent("specs.json").path]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let output = out.fileHandleForReading.readDataToEndOfFile()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0, "python3 with jsonschema is needed (apt-get install python3-jsonschema): \(errors)")
        let verdicts = try #require(try JSONSerialization.jsonObject(with: output) as? [Bool])
        #expect(verdicts.count == judged.count)
        for (verdict, item) in zip(verdicts, judged) {
            #expect(verdict == !item.structural, "\(item.name): schema says \(verdict ? "valid" : "invalid"), the binary \(item.structural ? "rejects the spec" : "accepts the spec")")
        }
    }
}
