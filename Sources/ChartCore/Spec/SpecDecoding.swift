import Foundation
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

/// Collects the problems of one spec as it is decoded, so that a wrong value does not hide the
/// next one: pass one in the decoder's `userInfo` under ``Foundation/CodingUserInfoKey/specProblems``
/// and the spec types record value problems in it instead of stopping at the first.
///
/// `@unchecked Sendable` (a decoder's `userInfo` holds only Sendable values): its one stored
/// variable is read and written only while `lock` is held.
public final class SpecProblemCollector: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [SpecProblem] = []

    /// Creates an empty collector.
    public init() {}

    /// The problems so far, in decoding order.
    public var problems: [SpecProblem] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    /// Records a problem, or throws it when there is no collector.
    static func report(_ problem: SpecProblem, to collector: SpecProblemCollector?) throws {
        guard let collector else { throw problem }
        collector.lock.lock()
        collector.recorded.append(problem)
        collector.lock.unlock()
    }
}

extension CodingUserInfoKey {
    /// Where a ``SpecProblemCollector`` goes in a decoder's `userInfo`.
    public static let specProblems = CodingUserInfoKey(rawValue: "charts.specProblems")!
}

extension Decoder {
    /// The problem collector of this decode, if the caller gave one.
    var collector: SpecProblemCollector? {
        userInfo[.specProblems] as? SpecProblemCollector
    }
}

/// Several spec problems found together (every unknown key of a table at once).
public struct SpecProblemList: Error, Sendable {
    /// The problems, in key order.
    public var problems: [SpecProblem]

    /// Creates a list.
    public init(problems: [SpecProblem]) {
        self.problems = problems
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
        guard !unknown.isEmpty else { return }
        let problems = unknown.map { key in
            SpecProblem(keyPath: SpecProblem.keyPath(codingPath + [AnyKey(stringValue: key)]), message: "unknown key",
                        hint: SpecSuggestion.hint(key, names, noun: "known keys"))
        }
        guard let collector else {
            throw problems.count == 1 ? problems[0] as any Error : SpecProblemList(problems: problems)
        }
        for problem in problems { try SpecProblemCollector.report(problem, to: collector) }
    }
}

extension KeyedDecodingContainer {
    /// Decodes an optional value, turning a wrong type into a ``SpecProblem`` that names the key
    /// (recorded in `collector` when there is one, and the key then reads as absent).
    func optional<T: Decodable>(_ type: T.Type, _ key: Key, _ collector: SpecProblemCollector? = nil) throws -> T? {
        do {
            return try decodeIfPresent(type, forKey: key)
        } catch let problem as SpecProblem {
            try SpecProblemCollector.report(problem, to: collector)
        } catch let list as SpecProblemList {
            guard collector != nil else { throw list }
            for problem in list.problems { try SpecProblemCollector.report(problem, to: collector) }
        } catch {
            try SpecProblemCollector.report(SpecProblem(keyPath: SpecProblem.keyPath(codingPath + [key]),
                                                        message: "expected \(SpecTypes.name(type))", hint: SpecTypes.example(type)),
                                            to: collector)
        }
        return nil
    }

    /// Decodes a named choice, with a did-you-mean for a misspelt one.
    func decodeChoice<T: SpecChoice>(_ type: T.Type, forKey key: Key, _ collector: SpecProblemCollector? = nil) throws -> T? {
        guard let text = try optional(String.self, key, collector) else { return nil }
        if let value = T(rawValue: text) { return value }
        let names = T.allCases.map(\.rawValue)
        try SpecProblemCollector.report(SpecProblem(keyPath: SpecProblem.keyPath(codingPath + [key]),
                                                    message: "`\(text)` is not a valid value",
                                                    hint: SpecSuggestion.hint(text, names, noun: "expected one of")),
                                        to: collector)
        return nil
    }

    /// Decodes a list of named choices, each once in the order given, with a did-you-mean for
    /// each misspelt one at its place in the list (``noun``: "a theme", …); `nil` when absent.
    func decodeChoices<T: SpecChoice & Equatable>(_ type: T.Type, forKey key: Key, naming noun: String,
                                                  _ collector: SpecProblemCollector? = nil) throws -> [T]? {
        guard let texts = try optional([String].self, key, collector) else { return nil }
        var values: [T] = []
        for (index, text) in texts.enumerated() {
            guard let value = T(rawValue: text) else {
                try SpecProblemCollector.report(SpecProblem(keyPath: SpecProblem.keyPath(codingPath + [key]) + "[\(index + 1)]",
                                                            message: "`\(text)` is not \(noun)",
                                                            hint: SpecSuggestion.hint(text, T.allCases.map(\.rawValue), noun: "expected one of")),
                                                to: collector)
                continue
            }
            if !values.contains(value) { values.append(value) }
        }
        return values
    }
}

/// Did-you-mean hints for spec keys and values (delegates to ``Dataset`` 's ``Suggestion``).
enum SpecSuggestion {
    static func hint(_ word: String, _ names: [String], noun: String) -> String {
        Suggestion.hint(for: word, in: names, noun: noun)
    }
}

/// Reader-facing names of the value types a spec uses.
public enum SpecTypes {
    /// "a whole number", "a string", …
    public static func name(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is [String].Type: return "a list of strings"
        case is NumberFormatSpec.Type: return "a table"
        case is [SeriesSpec].Type, is [AnnotationSpec].Type, is [EraSpec].Type: return "a list of tables"
        default: return "a value of another type"
        }
    }

    /// How to write a value of the type, when there is a short example.
    public static func example(_ type: Any.Type) -> String? {
        switch type {
        case is String.Type: return "quote it: key = \"text\""
        case is Int.Type: return "write digits without quotes, e.g. 800"
        case is Bool.Type: return "write true or false without quotes"
        case is [String].Type: return "e.g. [\"first\", \"second\"]"
        case is NumberFormatSpec.Type: return "write it as a [table] section"
        case is [SeriesSpec].Type, is [AnnotationSpec].Type, is [EraSpec].Type: return "write each entry as a [[table]] section"
        default: return nil
        }
    }
}
