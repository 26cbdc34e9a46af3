import Foundation

/// Compares a scene JSON (`charts render NAME --scene`) with a golden one checked by eye.
///
/// Everything the layout decides must match exactly (each item's kind, role, text and datum, in
/// paint order, and the audit's findings); positions and sizes may differ by up to `tolerance`
/// pixels, as font builds round glyph advances differently.
public enum GoldenScene {
    /// The differences found, at most ten, as readable lines (empty when the scenes match).
    public static func differences(actual: Data, golden: URL, tolerance: Double = 0.5) throws -> [String] {
        guard let expectedData = FileManager.default.contents(atPath: golden.path) else {
            return ["cannot read \(golden.path); run with UPDATE_GOLDENS=1 and look at the scene"]
        }
        let got = try JSONSerialization.jsonObject(with: actual) as? [String: Any] ?? [:]
        let want = try JSONSerialization.jsonObject(with: expectedData) as? [String: Any] ?? [:]
        var found: [String] = []
        for key in ["width", "height"] where !close(got[key], want[key], tolerance) {
            found.append("\(key): \(got[key] ?? "none") instead of \(want[key] ?? "none")")
        }
        let gotItems = got["items"] as? [[String: Any]] ?? [], wantItems = want["items"] as? [[String: Any]] ?? []
        if gotItems.count != wantItems.count { found.append("\(gotItems.count) items instead of \(wantItems.count)") }
        for (index, (a, b)) in zip(gotItems, wantItems).enumerated() {
            for key in ["kind", "role", "text", "datum"] where "\(a[key] ?? "-")" != "\(b[key] ?? "-")" {
                found.append("item \(index) \(key): \(a[key] ?? "none") instead of \(b[key] ?? "none")")
            }
            let boxA = a["bbox"] as? [String: Any] ?? [:], boxB = b["bbox"] as? [String: Any] ?? [:]
            for key in ["x", "y", "width", "height"] where !close(boxA[key], boxB[key], tolerance) {
                found.append("item \(index) (\(a["text"] ?? a["role"] ?? "")) \(key): \(boxA[key] ?? "none") instead of \(boxB[key] ?? "none")")
            }
        }
        let audit = { (scene: [String: Any]) in (scene["audit"] as? [[String: Any]] ?? []).map { "\($0["message"] ?? "")" } }
        if audit(got) != audit(want) { found.append("audit: \(audit(got)) instead of \(audit(want))") }
        return Array(found.prefix(10))
    }

    private static func close(_ a: Any?, _ b: Any?, _ tolerance: Double) -> Bool {
        guard let x = (a as? NSNumber)?.doubleValue, let y = (b as? NSNumber)?.doubleValue else { return false }
        return abs(x - y) <= tolerance
    }
}
