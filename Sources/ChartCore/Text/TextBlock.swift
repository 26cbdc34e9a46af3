/// Lines of text set one under another, measured once: what the layout plans is what is drawn.
///
/// A block is sized from the measured height of each of its lines (a line with a glyph from a
/// taller fallback font is taller), and drawn from the same measurements, so that a block never
/// takes more room on the canvas than the layout gave it.
public struct TextBlock: Equatable, Sendable {
    /// One measured line of a block.
    public struct Line: Equatable, Sendable {
        public var text: String
        public var font: FontStyle
        public var color: Color
        public var role: SceneRole
        public var size: TextSize
    }

    /// The lines, top to bottom.
    public private(set) var lines: [Line] = []

    /// An empty block.
    public init() {}

    /// A block of `texts` in one font, colour and role.
    public init(_ texts: [String], font: FontStyle, color: Color, role: SceneRole, measurer: any TextMeasurer) {
        append(texts, font: font, color: color, role: role, measurer: measurer)
    }

    /// Adds lines under the block.
    public mutating func append(_ texts: [String], font: FontStyle, color: Color, role: SceneRole,
                                measurer: any TextMeasurer) {
        for text in texts {
            lines.append(Line(text: text, font: font, color: color, role: role, size: measurer.measure(text, font: font)))
        }
    }

    /// The total height of the lines.
    public var height: Double { lines.reduce(0) { $0 + $1.size.height } }
    /// The width of the widest line.
    public var width: Double { lines.map(\.size.width).max() ?? 0 }
    /// Whether the block has no line.
    public var isEmpty: Bool { lines.isEmpty }

    /// Adds the lines to `builder`, the block placed by `anchor` at `point`; returns its box.
    @discardableResult
    public func draw(at point: Point, anchor: TextAnchor, datum: Int? = nil, into builder: inout SceneBuilder) -> Rect {
        let top: Double
        switch anchor.vertical {
        case .top: top = point.y
        case .middle: top = point.y - height / 2
        case .bottom: top = point.y - height
        }
        return draw(x: point.x, top: top, align: anchor.horizontal, datum: datum, into: &builder)
    }

    /// Adds the lines to `builder` from `top`, aligned on `x`; returns the box the block covers.
    @discardableResult
    public func draw(x: Double, top: Double, align: TextAnchor.Horizontal = .left, datum: Int? = nil,
                     into builder: inout SceneBuilder) -> Rect {
        var y = top
        for line in lines {
            var left = x
            switch align {
            case .left: break
            case .center: left -= line.size.width / 2
            case .right: left -= line.size.width
            }
            let run = TextRun(text: line.text, font: line.font, color: line.color, origin: Point(left, y), size: line.size,
                              alignment: align)
            builder.append(SceneItem(line.role, .text(run), datum: datum))
            y += line.size.height
        }
        let left = align == .left ? x : align == .center ? x - width / 2 : x - width
        return Rect(x: left, y: top, width: width, height: height)
    }
}
