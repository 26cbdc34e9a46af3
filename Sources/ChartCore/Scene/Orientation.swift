/// Which way a chart's value or time axis runs on the canvas.
///
/// Layouts work in orientation-free coordinates, **along** the value (or time) axis and
/// **across** it, and an orientation maps them to x and y at the end, as Observable Plot's
/// `barX` and `barY` are one mark. Scales already give pixel positions on their own axis, so
/// the mapping only decides which of x and y each one is.
public enum Orientation: Sendable, Equatable {
    /// The value axis runs up the canvas (vertical bars): along is y, across is x.
    case vertical
    /// The value axis runs left to right (horizontal bars): along is x, across is y.
    case horizontal

    /// The canvas point at `along` on the value axis and `across` on the other.
    public func point(along: Double, across: Double) -> Point {
        self == .vertical ? Point(across, along) : Point(along, across)
    }

    /// The rectangle spanning `along` on the value axis and `across` on the other (either order).
    public func rect(along: (Double, Double), across: (Double, Double)) -> Rect {
        Rect.spanning(point(along: along.0, across: across.0), point(along: along.1, across: across.1))
    }

    /// A size's extent along the value axis.
    public func along(_ size: (width: Double, height: Double)) -> Double {
        self == .vertical ? size.height : size.width
    }

    /// A size's extent across the value axis.
    public func across(_ size: (width: Double, height: Double)) -> Double {
        self == .vertical ? size.width : size.height
    }

    /// The rectangle's start and end along the value axis (in canvas order).
    public func along(_ rect: Rect) -> (Double, Double) {
        self == .vertical ? (rect.y, rect.maxY) : (rect.x, rect.maxX)
    }

    /// The rectangle's start and end across the value axis (in canvas order).
    public func across(_ rect: Rect) -> (Double, Double) {
        self == .vertical ? (rect.x, rect.maxX) : (rect.y, rect.maxY)
    }

    /// The canvas direction in which values grow: −1 up the canvas, +1 to the right.
    public var forward: Double { self == .vertical ? -1 : 1 }

    /// How a text sits just beyond a point in the direction `sign` (+1: towards larger values),
    /// centred across: above or below it when vertical, right or left of it when horizontal.
    public func beyond(_ sign: Double) -> TextAnchor {
        switch (self, sign > 0) {
        case (.vertical, true): return .bottomCenter
        case (.vertical, false): return .topCenter
        case (.horizontal, true): return .middleLeft
        case (.horizontal, false): return .middleRight
        }
    }
}
