/// Where a text box sits relative to the point it is placed at.
public struct TextAnchor: Equatable, Sendable {
    /// Horizontal alignment.
    public enum Horizontal: Sendable { case left, center, right }
    /// Vertical alignment.
    public enum Vertical: Sendable { case top, middle, bottom }
    public var horizontal: Horizontal
    public var vertical: Vertical

    /// Creates an anchor.
    public init(_ horizontal: Horizontal, _ vertical: Vertical) {
        self.horizontal = horizontal
        self.vertical = vertical
    }

    public static let topLeft = TextAnchor(.left, .top)
    public static let topCenter = TextAnchor(.center, .top)
    public static let bottomCenter = TextAnchor(.center, .bottom)
    public static let middleLeft = TextAnchor(.left, .middle)
    public static let middleRight = TextAnchor(.right, .middle)
    public static let middleCenter = TextAnchor(.center, .middle)
}

/// Accumulates scene items, measuring text as it is placed.
public struct SceneBuilder {
    /// The measurer every text is measured with.
    public let measurer: any TextMeasurer
    /// The items so far, in paint order.
    public private(set) var items: [SceneItem] = []

    /// Creates an empty builder.
    public init(measurer: any TextMeasurer) {
        self.measurer = measurer
    }

    /// A run of `text` positioned by `anchor` at `point`, not yet added.
    public func run(_ text: String, font: FontStyle, color: Color, at point: Point, anchor: TextAnchor) -> TextRun {
        let size = measurer.measure(text, font: font)
        var x = point.x, y = point.y
        switch anchor.horizontal {
        case .left: break
        case .center: x -= size.width / 2
        case .right: x -= size.width
        }
        switch anchor.vertical {
        case .top: break
        case .middle: y -= size.height / 2
        case .bottom: y -= size.height
        }
        return TextRun(text: text, font: font, color: color, origin: Point(x, y), size: size, alignment: anchor.horizontal)
    }

    /// Adds a text run and returns its box.
    @discardableResult
    public mutating func text(_ text: String, font: FontStyle, color: Color, at point: Point,
                              anchor: TextAnchor = .topLeft, role: SceneRole, datum: Int? = nil) -> Rect {
        let placed = run(text, font: font, color: color, at: point, anchor: anchor)
        items.append(SceneItem(role, .text(placed), datum: datum))
        return placed.bounds
    }

    /// Adds lines stacked downwards from `top`, aligned on `x`; returns the total height.
    @discardableResult
    public mutating func lines(_ lines: [String], font: FontStyle, color: Color, x: Double, top: Double,
                               align: TextAnchor.Horizontal = .left, role: SceneRole, datum: Int? = nil) -> Double {
        var y = top
        for line in lines {
            y += text(line, font: font, color: color, at: Point(x, y), anchor: TextAnchor(align, .top), role: role,
                      datum: datum).height
        }
        return y - top
    }

    /// Adds a filled rectangle.
    public mutating func rect(_ rect: Rect, fill: Color, role: SceneRole, datum: Int? = nil) {
        items.append(SceneItem(role, .rect(rect, fill: fill), datum: datum))
    }

    /// Adds a straight line.
    public mutating func line(from: Point, to: Point, stroke: Stroke, role: SceneRole, datum: Int? = nil) {
        items.append(SceneItem(role, .line(from: from, to: to, stroke: stroke), datum: datum))
    }

    /// Adds an open or closed polyline.
    public mutating func path(_ points: [Point], closed: Bool = false, fill: Color? = nil, stroke: Stroke?,
                              role: SceneRole, datum: Int? = nil) {
        items.append(SceneItem(role, .path(points: points, closed: closed, fill: fill, stroke: stroke), datum: datum))
    }

    /// Adds a circle, filled and/or stroked.
    public mutating func circle(_ center: Point, radius: Double, fill: Color? = nil, stroke: Stroke? = nil, role: SceneRole,
                                datum: Int? = nil) {
        items.append(SceneItem(role, .circle(center: center, radius: radius, fill: fill, stroke: stroke), datum: datum))
    }

    /// Adds an already placed item.
    public mutating func append(_ item: SceneItem) {
        items.append(item)
    }

    /// The height of one line of `font`.
    public func lineHeight(_ font: FontStyle) -> Double {
        measurer.measure("Hg", font: font).height
    }
}

/// Crisp placement of hairlines: a 1-pixel rule centred on a half pixel.
enum Crisp {
    /// `value` moved to the nearest half pixel.
    static func half(_ value: Double) -> Double {
        (value - 0.5).rounded() + 0.5
    }
}
