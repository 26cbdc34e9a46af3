import ArgumentParser
import ChartCore

extension Charts {
    /// `charts schema`: print the JSON Schema of chart specs.
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema",
            abstract: "Print the JSON Schema of chart specs, for editors.",
            discussion: """
            The same schema is in the repository as schema/chart-spec.schema.json. TOML editors
            that read JSON Schemas (Even Better TOML, Taplo) use it when a spec starts with
              #:schema ../schema/chart-spec.schema.json

            Example:
              charts schema > chart-spec.schema.json
            """)

        func run() {
            print(SpecSchema.json(), terminator: "")
        }
    }
}
