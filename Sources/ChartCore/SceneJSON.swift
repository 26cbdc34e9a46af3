import Foundation

/// The scene as JSON for tests, debugging and outside checks (`charts render NAME --scene`).
///
/// `{"width": W, "height": H, "items": [{"kind", "role", "text" (text only), "bbox": {"x", "y",
/// "width", "height"}}]}` in 1× pixels, numbers rounded to 1/1000 px, keys sorted, so the same
/// scene always gives the same bytes. Clipped groups are flattened after their clip item.
public enum SceneJSON {
    struct Box: Encodable {
        var x, y, width, height: Double
    }

    struct Item: Encodable {
        var kind: String
        var role: String
        var text: String?
        var bbox: Box
    }

    struct Document: Encodable {
        var width: Double
        var height: Double
        var items: [Item]
    }

    /// The JSON bytes of `scene`.
    public static func encode(_ scene: Scene) -> Data {
        func round(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
        let items = scene.allItems.map { item -> Item in
            let bounds = item.bounds
            var text: String?
            if case .text(let run) = item.shape { text = run.text }
            return Item(kind: item.kind, role: item.role.rawValue, text: text,
                        bbox: Box(x: round(bounds.x), y: round(bounds.y), width: round(bounds.width), height: round(bounds.height)))
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        // Encoding plain structs of strings and finite numbers cannot fail.
        return try! encoder.encode(Document(width: scene.width, height: scene.height, items: items))
    }
}
