import CPangoCairo
import Foundation

/// Compares a rendered PNG with a golden one, tolerating small antialiasing differences.
///
/// A pixel differs when any channel differs by more than 24/255. On a mismatch the actual image
/// and a diff (differing pixels in red over a faded golden) are written beside the golden.
public enum GoldenImage {
    /// The comparison's outcome.
    public struct Result {
        /// The share of pixels that differ beyond the tolerance.
        public var differingFraction: Double
        /// What differs and where the actual image and the diff were written.
        public var summary: String
    }

    /// Compares PNG bytes with the golden PNG at `golden`.
    public static func compare(actual: Data, golden: URL) throws -> Result {
        let base = golden.deletingPathExtension()
        let actualURL = URL(fileURLWithPath: base.path + ".actual.png")
        let diffURL = URL(fileURLWithPath: base.path + ".diff.png")
        try actual.write(to: actualURL)
        guard let expected = load(golden.path), let got = load(actualURL.path) else {
            return Result(differingFraction: 1, summary: "cannot read \(golden.path); run with UPDATE_GOLDENS=1 and look at it")
        }
        defer {
            cairo_surface_destroy(expected)
            cairo_surface_destroy(got)
        }
        let width = cairo_image_surface_get_width(expected), height = cairo_image_surface_get_height(expected)
        guard width == cairo_image_surface_get_width(got), height == cairo_image_surface_get_height(got) else {
            return Result(differingFraction: 1, summary: "size differs from \(golden.lastPathComponent); see \(actualURL.path)")
        }
        let stride = Int(cairo_image_surface_get_stride(expected))
        let a = cairo_image_surface_get_data(expected)!, b = cairo_image_surface_get_data(got)!
        let diff = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height)!
        defer { cairo_surface_destroy(diff) }
        let d = cairo_image_surface_get_data(diff)!
        var differing = 0
        for y in 0..<Int(height) {
            for x in 0..<Int(width) {
                let offset = y * stride + x * 4
                let delta = (0..<4).map { abs(Int(a[offset + $0]) - Int(b[offset + $0])) }.max()!
                let faded = UInt8(255 - (255 - Int(a[offset + 1])) / 4)
                if delta > 24 {
                    differing += 1
                    (d[offset], d[offset + 1], d[offset + 2], d[offset + 3]) = (0, 0, 255, 255)
                } else {
                    (d[offset], d[offset + 1], d[offset + 2], d[offset + 3]) = (faded, faded, faded, 255)
                }
            }
        }
        let fraction = Double(differing) / Double(width * height)
        if differing == 0 {
            try? FileManager.default.removeItem(at: actualURL)
            try? FileManager.default.removeItem(at: diffURL)
        } else {
            cairo_surface_mark_dirty(diff)
            cairo_surface_write_to_png(diff, diffURL.path)
        }
        return Result(differingFraction: fraction,
                      summary: "\(differing) of \(width * height) pixels differ; see \(actualURL.lastPathComponent) and \(diffURL.lastPathComponent)")
    }

    private static func load(_ path: String) -> OpaquePointer? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        let surface = cairo_image_surface_create_from_png(path)!
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            return nil
        }
        return surface
    }
}

