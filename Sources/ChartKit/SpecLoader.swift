import ChartCore
import Dataset
import Foundation
import TOMLKit

/// Reads a TOML spec (`charts/NAME.toml`) into a `ChartSpec` with TOMLKit, turning every
/// failure into a diagnostic that points at the file, line and key.
public enum SpecLoader {
    /// The decoded spec of the file at `url` and where it came from (`display` names it in messages).
    public static func load(url: URL, display: String) throws(DiagnosticList) -> (ChartSpec, SpecContext) {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw DiagnosticList([Diagnostic(file: display, message: "cannot read the spec file")])
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticList([Diagnostic(file: display, message: "the spec is not valid UTF-8", hint: "save it as UTF-8")])
        }
        return try load(text: text, display: display)
    }

    /// The decoded spec of TOML `text` and where it came from (`display` names it in messages).
    public static func load(text: String, display: String) throws(DiagnosticList) -> (ChartSpec, SpecContext) {
        let context = SpecContext(file: display, locator: SpecLocator(text: text))
        do {
            // Collect every wrong value of the spec, not only the first.
            var decoder = TOMLDecoder()
            decoder.userInfo[.specProblems] = SpecProblemCollector()
            return (try decoder.decode(ChartSpec.self, from: text), context)
        } catch let error as TOMLParseError {
            var diagnostic = Diagnostic(file: display, line: error.source.begin.line, message: "TOML syntax: \(error.description)")
            diagnostic.column = error.source.begin.column
            throw DiagnosticList([diagnostic])
        } catch let problem as SpecProblem {
            throw DiagnosticList([context.diagnostic(problem)])
        } catch let list as SpecProblemList {
            throw DiagnosticList(list.problems.map(context.diagnostic))
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
            return context.problem(path, "expected \(SpecTypes.name(type))", hint: SpecTypes.example(type))
        case .keyNotFound(let key, let detail):
            return context.problem(SpecProblem.keyPath(detail.codingPath + [key]), "missing required key")
        case .dataCorrupted(let detail):
            return context.problem(SpecProblem.keyPath(detail.codingPath), detail.debugDescription)
        @unknown default:
            return Diagnostic(file: context.file, message: "\(error)")
        }
    }
}
