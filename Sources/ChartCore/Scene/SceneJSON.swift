import Foundation

/// The scene as JSON for tests, debugging and outside checks (`charts render NAME --scene`).
///
/// `{"width": W, "height": H, "items": [{"kind", "role", "text" and "angle" (degrees, when turned;
/// text only), "datum" (the row it
/// stands for, if any), "bbox": {"x", "y", "width", "height"}}], "audit": [{"kind", "items",
/// "message"}]}` in 1× pixels, numbers rounded to 1/1000 px, keys sorted, so the same
/// scene always gives the same bytes. Clipped groups are flattened after their clip item.
public enum SceneJSON {
    struct Box: Encodable {
        var x, y, width, height: Double
    }

    struct Item: Encodable {
        var kind: String
        var role: String
        var text: String?
        var angle: Double?
        var datum: Int?
        var bbox: Box
    }

    struct Finding: Encodable {
        var kind: String
        var items: [Int]
        var message: String
    }

    struct Document: Encodable {
        var width: Double
        var height: Double
        var items: [Item]
        var audit: [Finding]
    }

    /// The JSON bytes of `scene`, with the audit's `findings` (item numbers index `items`).
    public static func encode(_ scene: Scene, findings: [AuditFinding] = []) -> Data {
        func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
        let items = scene.allItems.map { item -> Item in
            let bounds = item.bounds
            var text: String?, angle: Double?
            if case .text(let run) = item.shape {
                text = run.text
                if run.rotation != 0 { angle = round(run.rotation * 180 / .pi) }
            }
            return Item(kind: item.kind, role: item.role.rawValue, text: text, angle: angle, datum: item.datum,
                        bbox: Box(x: round(bounds.x), y: round(bounds.y), width: round(bounds.width), height: round(bounds.height)))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain structs of strings and finite numbers cannot fail.
        return try! encoder.encode(Document(width: scene.width, height: scene.height, items: items,
                                                  audit: findings.map { Finding(kind: $0.kind.rawValue, items: $0.items, message: $0.message) }))
    }
}
