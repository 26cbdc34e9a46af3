import ChartCore
import Dataset
import Foundation
import TOMLKit

/// Reads `charts/NAME.toml` into a ``ChartSpec`` with TOMLKit, turning every failure into a
/// diagnostic that points at the file, line and key.
enum SpecLoader {
    /// The decoded spec and where it came from.
    static func load(url: URL, display: String) throws(DiagnosticList) -> (ChartSpec, SpecContext) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DiagnosticList([Diagnostic(file: display, message: "cannot read the spec file")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticList([Diagnostic(file: display, message: "the spec is not valid UTF-8", hint: "save it as UTF-8")])
        }
        let context = SpecContext(file: display, locator: SpecLocator(text: text))
        do {
            return (try TOMLDecoder().decode(ChartSpec.self, from: text), context)
        } catch let error as TOMLParseError {
            throw DiagnosticList([Diagnostic(file: display, line: error.source.begin.line,
                                             message: "TOML syntax: \(error.description)")])
        } catch let problem as SpecProblem {
            throw DiagnosticList([context.diagnostic(problem)])
        } catch let error as DecodingError {
            throw DiagnosticList([diagnostic(error, context: context)])
        } catch {
            throw DiagnosticList([Diagnostic(file: display, message: "cannot read the spec: \(error)")])
        }
    }

    static func diagnostic(_ error: DecodingError, context: SpecContext) -> Diagnostic {
        switch error {
        case .typeMismatch(let type, let detail), .valueNotFound(let type, let detail):
            let path = SpecProblem.keyPath(detail.codingPath)
            return context.problem(path, "expected \(typeName(type))", hint: example(type))
        case .keyNotFound(let key, let detail):
            return context.problem(SpecProblem.keyPath(detail.codingPath + [key]), "missing required key")
        case .dataCorrupted(let detail):
            return context.problem(SpecProblem.keyPath(detail.codingPath), detail.debugDescription)
        @unknown default:
            return Diagnostic(file: context.file, message: "\(error)")
        }
    }

    static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: return "a string"
        case is Int.Type: return "a whole number"
        case is Double.Type: return "a number"
        case is Bool.Type: return "true or false"
        case is [String].Type: return "a list of strings"
        default: return "a \(type)"
        }
    }

    static func example(_ type: Any.Type) -> String? {
        switch type {
        case is String.Type: return "quote it: key = \"text\""
        case is Int.Type: return "write digits without quotes, e.g. 800"
        case is Bool.Type: return "write true or false without quotes"
        case is [String].Type: return "e.g. [\"first\", \"second\"]"
        default: return nil
        }
    }
}
