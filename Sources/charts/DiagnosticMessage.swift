/// A plain message as an error.
struct DiagnosticMessage: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
