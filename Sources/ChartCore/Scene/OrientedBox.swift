import Foundation

/// A rectangle turned by an angle about its top-left corner: the box of a turned text run.
///
/// Level rectangles are oriented boxes at angle 0, so the audit tests every pair of boxes (and
/// every leader against every box) the same way: by separating axes, exactly.
public struct OrientedBox: Equatable, Sendable {
    /// The corner the box is turned about (its top-left before turning).
    public var origin: Point
    public var width: Double
    public var height: Double
    /// Radians, clockwise on the canvas.
    public var angle: Double

    /// Creates a box.
    public init(origin: Point, width: Double, height: Double, angle: Double = 0) {
        self.origin = origin
        self.width = width
        self.height = height
        self.angle = angle
    }

    /// A level rectangle as a box.
    public init(_ rect: Rect) {
        self.init(origin: Point(rect.x, rect.y), width: rect.width, height: rect.height)
    }

    /// The point at (`x`, `y`) in the box's own frame.
    public func point(_ x: Double, _ y: Double) -> Point {
        let c = cos(angle), s = sin(angle)
        return Point(origin.x + x * c - y * s, origin.y + x * s + y * c)
    }

    /// The four corners, clockwise from the origin.
    public var corners: [Point] {
        [point(0, 0), point(width, 0), point(width, height), point(0, height)]
    }

    /// The smallest level rectangle around the box.
    public var bounds: Rect {
        let points = corners
        let xs = points.map(\.x), ys = points.map(\.y)
        return Rect(x: xs.min()!, y: ys.min()!, width: xs.max()! - xs.min()!, height: ys.max()! - ys.min()!)
    }

    /// The box shrunk by `amount` on every side (not below nothing).
    public func inset(_ amount: Double) -> OrientedBox {
        let dx = min(amount, width / 2), dy = min(amount, height / 2)
        return OrientedBox(origin: point(dx, dy), width: width - 2 * dx, height: height - 2 * dy, angle: angle)
    }

    /// Whether the two boxes share interior area (separating-axis test).
    public func intersects(_ other: OrientedBox) -> Bool {
        guard width > 0, height > 0, other.width > 0, other.height > 0 else { return false }
        let mine = corners, theirs = other.corners
        for axis in [angle, angle + .pi / 2, other.angle, other.angle + .pi / 2] {
            let direction = (cos(axis), sin(axis))
            func project(_ points: [Point]) -> (Double, Double) {
                let values = points.map { $0.x * direction.0 + $0.y * direction.1 }
                return (values.min()!, values.max()!)
            }
            let a = project(mine), b = project(theirs)
            if a.1 <= b.0 || b.1 <= a.0 { return false }
        }
        return true
    }

    /// Whether the segment from `a` to `b` passes through the box's interior.
    public func crossed(from a: Point, to b: Point) -> Bool {
        // In the box's own frame the box is level: clip the segment there (Liang–Barsky).
        let c = cos(angle), s = sin(angle)
        func local(_ p: Point) -> Point {
            let dx = p.x - origin.x, dy = p.y - origin.y
            return Point(dx * c + dy * s, -dx * s + dy * c)
        }
        return SceneAudit.segment(local(a), local(b), crosses: Rect(x: 0, y: 0, width: width, height: height))
    }
}
