import Dataset

/// A problem with a chart spec, located by its key path (`annotations[1].from`).
///
/// The spec loader turns it into a ``Diagnostic`` with the spec file and the line of the key.
public struct SpecProblem: Error, Equatable, Sendable {
    /// The key path, dotted, with array indices from 1 as a reader counts (`annotations[1].from`).
    public var keyPath: String
    /// What was found and what was expected.
    public var message: String
    /// How to fix it.
    public var hint: String?

    /// Creates a problem.
    public init(keyPath: String, message: String, hint: String? = nil) {
        self.keyPath = keyPath
        self.message = message
        self.hint = hint
    }

    /// Renders a coding path the way the spec's reader writes it.
    public static func keyPath(_ path: [any CodingKey]) -> String {
        var text = ""
        for key in path {
            if let index = key.intValue {
                text += "[\(index + 1)]"
            } else {
                text += (text.isEmpty ? "" : ".") + key.stringValue
            }
        }
        return text
    }
}

/// A coding key for any name, used to list the keys a spec table actually has.
struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int?
    init(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}

/// A spec key whose value is one of a fixed set of names.
public protocol SpecChoice: RawRepresentable, CaseIterable, Sendable where RawValue == String {}

extension Decoder {
    /// Throws a ``SpecProblem`` for every key of this table that is not in `known`, with a did-you-mean.
    func rejectUnknownKeys<Key: CodingKey & CaseIterable>(_ known: Key.Type) throws {
        let names = Key.allCases.map(\.stringValue)
        let table = try container(keyedBy: AnyKey.self)
        let unknown = table.allKeys.map(\.stringValue).filter { !names.contains($0) }.sorted()
        guard let first = unknown.first else { return }
        throw SpecProblem(
            keyPath: SpecProblem.keyPath(codingPath + [AnyKey(stringValue: first)]),
            message: "unknown key",
            hint: SpecSuggestion.hint(first, names, noun: "known keys"))
    }
}

extension KeyedDecodingContainer {
    /// Decodes a named choice, with a did-you-mean for a misspelt one.
    func decodeChoice<T: SpecChoice>(_ type: T.Type, forKey key: Key) throws -> T? {
        guard let text = try decodeIfPresent(String.self, forKey: key) else { return nil }
        if let value = T(rawValue: text) { return value }
        let names = T.allCases.map(\.rawValue)
        throw SpecProblem(keyPath: SpecProblem.keyPath(codingPath + [key]),
                          message: "`\(text)` is not a valid value",
                          hint: SpecSuggestion.hint(text, names, noun: "expected one of"))
    }
}

/// Did-you-mean hints for spec keys and values (delegates to ``Dataset`` 's ``Suggestion``).
enum SpecSuggestion {
    static func hint(_ word: String, _ names: [String], noun: String) -> String {
        Suggestion.hint(for: word, in: names, noun: noun)
    }
}
