import Foundation

/// The names of the files `charts` writes into an output folder, so that nothing it did not write
/// is ever removed, whatever the build record says.
///
/// A chart `NAME` writes `NAME.FORMAT` for its default edition and `NAME.PART….FORMAT` for the
/// others, where each part is a locale, a size or a theme (lower-case letters, digits and `-`)
/// and the format is `png`, `svg`, `pdf` or `scene.json`. The build record is data on disk like
/// any other input: a name in it that does not have this form is refused, never trusted.
enum OutputName {
    /// The endings of the files a chart's render writes.
    static let formats = ["png", "svg", "pdf", "scene.json"]

    /// Whether `name` can be a chart's name: a spec file's stem, so not empty, not hidden, and
    /// without a folder separator or a NUL.
    static func isChartName(_ name: String) -> Bool {
        !name.isEmpty && !name.hasPrefix(".") && !name.contains("/") && !name.contains("\0")
    }

    /// Whether `file` is a name `charts` writes for the chart `chart` (see the type's summary).
    static func isWritten(_ file: String, for chart: String) -> Bool {
        guard isChartName(chart), file.hasPrefix(chart + ".") else { return false }
        let rest = file.dropFirst(chart.count + 1)
        guard let format = formats.first(where: { rest == $0 || rest.hasSuffix("." + $0) }) else { return false }
        let parts = rest.dropLast(format.count).split(separator: ".", omittingEmptySubsequences: false).dropLast()
        return parts.allSatisfy { part in
            !part.isEmpty && part.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }
        }
    }

    /// Whether the entry `name` of `folder` is a regular file (not a symbolic link, a folder or
    /// anything else): the only kind of entry `charts` writes.
    static func isRegularFile(_ name: String, in folder: URL) -> Bool {
        var info = stat()
        return lstat(folder.appendingPathComponent(name).path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFREG
    }
}
