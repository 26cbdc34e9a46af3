import Foundation
import Testing
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

    @Test func choicesListEveryAllowedValue() throws {
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(SpecSchema.json().utf8)) as? [String: Any])
        let properties = try #require(schema["properties"] as? [String: [String: Any]])
        #expect(properties["kind"]?["enum"] as? [String] == ["bar", "timeline"])
        #expect(properties["scale"]?["enum"] as? [String] == ["linear", "log"])
        #expect(schema["required"] as? [String] == ["kind", "data", "title"])
        #expect(schema["additionalProperties"] as? Bool == false)
    }
}
