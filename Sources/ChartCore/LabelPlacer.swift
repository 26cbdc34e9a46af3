/// Places event labels beside their markers so that no label overlaps another label, a marker,
/// a span, a stem or any other obstacle, and every label stays inside its allowed area.
///
/// The algorithm is greedy and deterministic: labels are placed one at a time in the order given
/// (timelines give the latest first, so that earlier labels stack above later ones like stairs),
/// each at the first free candidate position in a fixed order, and what is placed becomes an
/// obstacle for the labels after it. For a marker at `(x, y)` the candidates are, for
/// level 0, 1, 2, … (each level one label height further from the axis): above the axis, then
/// below it, with the label to the right of its stem; only when no level has room there, the
/// levels from the farthest inwards with the label to the left of its stem, then shifted across it
/// by ¼, ½ and ¾ of its width (so a label pushed left leaves room under it for earlier events). A stem (leader line) joins every label to its marker and
/// must not cross a placed label either. When no candidate fits, the label is not drawn and is
/// reported with the reason; nothing is ever overlapped. No randomness: the same input always
/// gives the same placement.
public struct LabelPlacer {
    /// A label to place.
    public struct Request {
        /// The marker's centre.
        public var anchor: Point
        /// Half the marker's extent across the axis (stems start there).
        public var clearance: Double
        /// The label's size.
        public var size: (width: Double, height: Double)
        /// Where the label (and its stem) may go.
        public var bounds: Rect

        /// Creates a request.
        public init(anchor: Point, clearance: Double, size: (width: Double, height: Double), bounds: Rect) {
            self.anchor = anchor
            self.clearance = clearance
            self.size = size
            self.bounds = bounds
        }
    }

    /// Where a label went.
    public struct Placement: Equatable {
        /// The label's box.
        public var box: Rect
        /// The stem from the marker to the label.
        public var stem: (Point, Point)

        public static func == (a: Placement, b: Placement) -> Bool {
            a.box == b.box && a.stem.0 == b.stem.0 && a.stem.1 == b.stem.1
        }
    }

    /// Everything a label must not overlap: markers, spans, axis text, and the labels and stems placed so far.
    public private(set) var obstacles: [Rect]
    /// Space kept between a label and anything else.
    public var gap: Double

    /// Creates a placer with the given fixed obstacles.
    public init(obstacles: [Rect], gap: Double) {
        self.obstacles = obstacles
        self.gap = gap
    }

    /// Places one label, or returns `nil` when no candidate position is free.
    public mutating func place(_ request: Request) -> Placement? {
        let (width, height) = request.size
        let x = request.anchor.x, y = request.anchor.y
        let levels = Int(max(0, (request.bounds.height / 2) / (height + gap))) + 1
        // Right of the stem at every level first, nearest the axis first (the staircase); then the
        // other anchors farthest from the axis first, so that a label pushed left does not cover
        // the stems of the earlier events still to come.
        let anchorGroups: [([Double], [Int])] = [
            ([x + gap], Array(0..<levels)),
            ([x - gap - width, x - width / 4, x - width / 2, x - 3 * width / 4], Array((0..<levels).reversed())),
        ]
        for (anchors, levelOrder) in anchorGroups {
            for level in levelOrder {
                for above in [true, false] {
                    let top = above
                        ? y - request.clearance - gap - Double(level + 1) * height - Double(level) * gap
                        : y + request.clearance + gap + Double(level) * (height + gap)
                    for left in anchors {
                        let box = Rect(x: left, y: top, width: width, height: height)
                        guard request.bounds.contains(box) else { continue }
                        let covers = box.x <= x && x <= box.maxX
                        let end = above ? (covers ? box.maxY : box.y) : (covers ? box.y : box.maxY)
                        let start = above ? y - request.clearance : y + request.clearance
                        // The stem leaves the marker's edge; a hair's inset keeps it off the marker itself.
                        let leave = above ? start - 0.01 : start + 0.01
                        let stem = Rect.spanning(Point(x - 0.5, leave), Point(x + 0.5, end))
                        let padded = box.insetBy(-gap / 2)
                        if obstacles.contains(where: { $0.intersects(padded) || $0.intersects(stem) }) { continue }
                        obstacles.append(box)
                        if stem.height > 0 { obstacles.append(stem) }
                        return Placement(box: box, stem: (Point(x, start), Point(x, end)))
                    }
                }
            }
        }
        return nil
    }

    /// Adds an obstacle (a marker or span placed after the fixed ones).
    public mutating func block(_ rect: Rect) {
        obstacles.append(rect)
    }
}
