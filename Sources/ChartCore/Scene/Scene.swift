/// What a chart's files say about it besides the drawing: the title, the description for readers
/// who cannot see it (alt text), the source line and the language.
public struct SceneMetadata: Equatable, Sendable {
    /// The chart's title.
    public var title: String
    /// The alt text: written in the spec, or generated from the chart.
    public var description: String
    /// The source line, if any.
    public var source: String?
    /// The language of the texts (BCP 47).
    public var language: String
    /// How an SVG of the scene carries its fonts.
    public var svgFonts: ChartSpec.SVGFonts

    /// Creates metadata.
    public init(title: String = "", description: String = "", source: String? = nil, language: String = "en",
                svgFonts: ChartSpec.SVGFonts = .embedded) {
        self.title = title
        self.description = description
        self.source = source
        self.language = language
        self.svgFonts = svgFonts
    }
}

/// A laid-out chart: a canvas size and the list of primitives that draw it, in paint order.
///
/// A scene is a value: layout produces it, backends only replay it, and tests compare scenes
/// (or their JSON form) with no pixels involved. Coordinates are 1× pixels, y downwards.
public struct Scene: Equatable, Sendable {
    /// Canvas width in 1× pixels.
    public var width: Double
    /// Canvas height in 1× pixels.
    public var height: Double
    /// The primitives in paint order.
    public var items: [SceneItem]
    /// What each datum is called in the data (a bar's category, an event's label), by the index
    /// that ``SceneItem/datum`` refers to: the audit compares drawn labels with these.
    public var datumNames: [String]
    /// What the files say about the chart: its title, its description for readers who cannot see
    /// it, its source and language.
    public var metadata: SceneMetadata

    /// Creates a scene.
    public init(width: Double, height: Double, items: [SceneItem] = [], datumNames: [String] = []) {
        self.width = width
        self.height = height
        self.items = items
        self.datumNames = datumNames
        metadata = SceneMetadata()
    }

    /// Every item, with clipped groups flattened, in paint order.
    public var allItems: [SceneItem] {
        guard items.contains(where: { if case .clip = $0.shape { return true } else { return false } }) else { return items }
        return items.flatMap { item -> [SceneItem] in
            if case .clip(_, let inner) = item.shape { return [item] + inner }
            return [item]
        }
    }

    /// The text items with the given role.
    public func texts(_ role: SceneRole) -> [TextRun] {
        allItems.compactMap { item in
            if item.role == role, case .text(let run) = item.shape { return run }
            return nil
        }
    }

    /// The items with the given role.
    public func items(_ role: SceneRole) -> [SceneItem] {
        allItems.filter { $0.role == role }
    }
}

/// What a scene item stands for; it names the item in the scene JSON (`"role"`).
public enum SceneRole: String, Sendable, CaseIterable, Codable {
    case background
    case bar
    case valueLabel = "value-label"
    case grid
    case axis
    case tick
    case tickLabel = "tick-label"
    case categoryLabel = "category-label"
    case categoryDetail = "category-detail"
    case axisTitle = "axis-title"
    case title
    case subtitle
    case legend
    case legendSwatch = "legend-swatch"
    case annotation
    case annotationLabel = "annotation-label"
    case note
    case source
    case lane
    case trackLabel = "track-label"
    case era
    case eraLabel = "era-label"
    case marker
    case span
    case stem
    case labelHalo = "label-halo"
    case eventLabel = "event-label"
    case eventDate = "event-date"
}

/// One primitive of a scene and what it stands for.
public struct SceneItem: Equatable, Sendable {
    /// What the item stands for.
    public var role: SceneRole
    /// What it draws.
    public var shape: Shape
    /// The datum it stands for (a bar's category, a timeline event), as an index into
    /// ``Scene/datumNames``; `nil` for axes, titles and other chart furniture. A label, its mark
    /// and the leader between them share one datum, so the audit lets them touch.
    public var datum: Int?

    /// Creates an item.
    public init(_ role: SceneRole, _ shape: Shape, datum: Int? = nil) {
        self.role = role
        self.shape = shape
        self.datum = datum
    }

    /// The drawing primitives.
    public enum Shape: Equatable, Sendable {
        /// A filled rectangle.
        case rect(Rect, fill: Color)
        /// A straight stroked segment.
        case line(from: Point, to: Point, stroke: Stroke)
        /// A polyline or polygon, filled and/or stroked.
        case path(points: [Point], closed: Bool, fill: Color?, stroke: Stroke?)
        /// A circle, filled and/or stroked.
        case circle(center: Point, radius: Double, fill: Color?, stroke: Stroke?)
        /// A measured, positioned run of text.
        case text(TextRun)
        /// Items drawn clipped to a rectangle.
        case clip(Rect, [SceneItem])
    }

    /// The scene JSON kind: `rect`, `line`, `path`, `circle`, `text` or `clip`.
    public var kind: String {
        switch shape {
        case .rect: return "rect"
        case .line: return "line"
        case .path: return "path"
        case .circle: return "circle"
        case .text: return "text"
        case .clip: return "clip"
        }
    }

    /// The area the item covers (stroke widths included for lines and paths).
    public var bounds: Rect {
        switch shape {
        case .rect(let rect, _): return rect
        case .line(let from, let to, let stroke):
            return Rect.spanning(from, to).insetBy(-stroke.width / 2)
        case .path(let points, _, _, let stroke):
            guard let first = points.first else { return Rect(x: 0, y: 0, width: 0, height: 0) }
            let box = points.dropFirst().reduce(Rect(x: first.x, y: first.y, width: 0, height: 0)) {
                $0.union(Rect(x: $1.x, y: $1.y, width: 0, height: 0))
            }
            return box.insetBy(-(stroke?.width ?? 0) / 2)
        case .circle(let center, let radius, _, let stroke):
            let outer = radius + (stroke?.width ?? 0) / 2
            return Rect(x: center.x - outer, y: center.y - outer, width: 2 * outer, height: 2 * outer)
        case .text(let run): return run.bounds
        case .clip(let rect, _): return rect
        }
    }
}

/// How a line or path outline is drawn.
public struct Stroke: Equatable, Sendable {
    public var color: Color
    public var width: Double
    /// Dash lengths (on, off, …); empty for a solid line.
    public var dash: [Double]

    /// Creates a stroke.
    public init(color: Color, width: Double, dash: [Double] = []) {
        self.color = color
        self.width = width
        self.dash = dash
    }
}

/// A run of text, already measured by the engine that will draw it and placed by its top-left.
public struct TextRun: Equatable, Sendable {
    /// The text, one line.
    public var text: String
    /// The font it was measured with.
    public var font: FontStyle
    /// The fill colour.
    public var color: Color
    /// The top-left corner of the text's logical box.
    public var origin: Point
    /// The measured size of the logical box.
    public var size: TextSize
    /// How the run was aligned when placed, so that a backend drawing with other fonts (an SVG
    /// viewer) can keep it centred or right-aligned.
    public var alignment: TextAnchor.Horizontal
    /// The angle the run is turned by about its origin, in radians, clockwise on the canvas
    /// (y grows downwards); 0 for level text. Category labels that fit no other way are set at −45°.
    public var rotation: Double

    /// Creates a run.
    public init(text: String, font: FontStyle, color: Color, origin: Point, size: TextSize,
                alignment: TextAnchor.Horizontal = .left, rotation: Double = 0) {
        self.text = text
        self.font = font
        self.color = color
        self.origin = origin
        self.size = size
        self.alignment = alignment
        self.rotation = rotation
    }

    /// The logical box as it lies on the canvas (turned by ``rotation`` about the origin).
    public var box: OrientedBox {
        OrientedBox(origin: origin, width: size.width, height: size.height, angle: rotation)
    }

    /// The smallest level rectangle around the (possibly turned) logical box.
    public var bounds: Rect {
        rotation == 0 ? Rect(x: origin.x, y: origin.y, width: size.width, height: size.height) : box.bounds
    }
}
