import Dataset

extension Scene {
    /// One diagnostic per text of the scene that has characters no installed font can draw.
    ///
    /// Rendering such text would show boxes ("tofu"), so it is an error naming the chart and the text.
    public func undrawableText(measurer: any TextMeasurer, file: String) -> [Diagnostic] {
        var seen: [String] = []
        var problems: [Diagnostic] = []
        for item in allItems {
            guard case .text(let run) = item.shape, !seen.contains(run.text) else { continue }
            seen.append(run.text)
            let missing = measurer.missingCharacters(in: run.text)
            guard !missing.isEmpty else { continue }
            let codes = missing.map { character in
                character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }.joined(separator: " ")
            }
            problems.append(Diagnostic(file: file, message: "no installed font can draw \(codes.joined(separator: ", ")) in the \(item.role.rawValue) “\(run.text)”",
                                       hint: "install a font that has it (fonts-noto-cjk covers Chinese) or change the text"))
        }
        return problems
    }
}
