/// Places event labels beside their markers so that no label overlaps another label, a marker,
/// a span, a stem or any other obstacle, and every label stays inside its allowed area.
///
/// The algorithm is greedy and deterministic: labels are placed one at a time in the order given
/// (timelines give the latest first, so that earlier labels stack above later ones like stairs),
/// each at the first free candidate position in a fixed order, and what is placed becomes an
/// obstacle for the labels after it. For a marker at `(x, y)` the candidates are, for
/// level 0, 1, 2, … (each level one label height further from the axis): above the axis, then
/// below it, with the label to the right of its stem; only when no level has room there, the same
/// levels with the label to the left of its stem, then shifted across it by ¼, ½ and ¾ of its width.
/// Within each of these two groups, positions that do not cover a marker still waiting for its
/// label are tried before those that do; a label pushed left that has to cover one takes the
/// farthest free level, so that the waiting marker's stem and label fit under it. A stem (leader line) joins every label to its marker and
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
        /// Positions along the axis of the markers still to be placed in the same lane, sorted: a
        /// label avoids covering them when it can, to leave their stems a way out.
        public var pending: [Double]
        /// Where the stem leaves the label's own mark going up and going down (the mark's edges),
        /// when nearer the axis than `clearance`: the stem is checked from there, so that it
        /// crosses no other mark on its way out.
        public var stemStart: (up: Double, down: Double)?
        /// The label's own mark, which its stem may start inside (with the marks overlapping it,
        /// which no stem from it could avoid).
        public var ownMark: Rect?

        /// Creates a request.
        public init(anchor: Point, clearance: Double, size: (width: Double, height: Double), bounds: Rect,
                    pending: [Double] = [], stemStart: (up: Double, down: Double)? = nil, ownMark: Rect? = nil) {
            self.anchor = anchor
            self.clearance = clearance
            self.size = size
            self.bounds = bounds
            self.pending = pending
            self.stemStart = stemStart
            self.ownMark = ownMark
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
    private var index: RectIndex
    /// Space kept between a label and anything else.
    public var gap: Double

    /// Every obstacle other than the markers: the fixed ones, then the labels and stems placed so far.
    public var obstacles: [Rect] { index.rects }

    /// The markers, sorted by their left edge, the widest one's width, and the horizontal bands
    /// (merged vertical extents) they occupy.
    private let marks: [Rect]
    private let widestMark: Double
    private let markBands: [(Double, Double)]

    /// Creates a placer for labels inside `canvas`, with the event markers and the other fixed
    /// obstacles (axis text, era labels) that labels must not cover.
    ///
    /// Markers sit in dense rows along the lanes, so they are kept sorted along the axis and
    /// searched by position; everything else goes into a grid.
    public init(canvas: Rect, marks: [Rect], obstacles: [Rect], gap: Double) {
        var index = RectIndex(bounds: canvas, cell: 32)
        for obstacle in obstacles { index.insert(obstacle) }
        self.index = index
        self.marks = marks.sorted { ($0.x, $0.y) < ($1.x, $1.y) }
        widestMark = marks.map(\.width).max() ?? 0
        var bands: [(Double, Double)] = []
        for mark in marks.sorted(by: { $0.y < $1.y }) {
            if let last = bands.last, mark.y <= last.1 {
                bands[bands.count - 1].1 = max(last.1, mark.maxY)
            } else {
                bands.append((mark.y, mark.maxY))
            }
        }
        markBands = bands
        self.gap = gap
    }

    /// Whether `rect` covers an obstacle or a marker (other than `own`).
    private func blocked(_ rect: Rect, except own: Rect? = nil) -> Bool {
        if index.intersects(rect) { return true }
        // Labels and stems mostly stay clear of the rows of markers: only then look at markers.
        guard markBands.contains(where: { $0.0 < rect.maxY && rect.y < $0.1 }) else { return false }
        // Markers whose left edge lies within one marker width before the rectangle, or inside it.
        var lower = 0, upper = marks.count
        let from = rect.x - widestMark
        while lower < upper {
            let middle = (lower + upper) / 2
            if marks[middle].x < from { lower = middle + 1 } else { upper = middle }
        }
        var position = lower
        while position < marks.count && marks[position].x < rect.maxX {
            if marks[position].intersects(rect) && !(own.map { marks[position].intersects($0) || marks[position] == $0 } ?? false) {
                return true
            }
            position += 1
        }
        return false
    }

    /// Places one label, or returns `nil` when no candidate position is free.
    public mutating func place(_ request: Request) -> Placement? {
        guard let (placement, stem) = search(request) else { return nil }
        index.insert(placement.box)
        if stem.height > 0 { index.insert(stem) }
        return placement
    }

    /// Whether a label of the request's size would find a free position (nothing is placed).
    ///
    /// Placement is monotonic in the width: a wider label of the same height covers a narrower
    /// one's box at every candidate position, so when a lower bound of a label's width does not
    /// fit, the label does not either, and it need not be measured.
    public func fits(_ request: Request) -> Bool {
        search(request) != nil
    }

    /// The first free candidate position for the request, in the fixed order, with the area its
    /// stem takes.
    private func search(_ request: Request) -> (Placement, Rect)? {
        let (width, height) = request.size
        let x = request.anchor.x, y = request.anchor.y
        let levels = Int(max(0, (request.bounds.height / 2) / (height + gap))) + 1
        // Right of the stem at every level first, nearest the axis first (the staircase); then the
        // other anchors, again nearest first, so that labels stay close to their marks.
        // Every candidate at a level keeps its stem's column free from the mark up to the box's far
        // edge (its stem, or its stem and padded box when the box covers the stem): an obstacle in
        // that column rules out the level and all beyond it, for every anchor.
        func top(_ level: Int, above: Bool) -> Double {
            above ? y - request.clearance - gap - Double(level + 1) * height - Double(level) * gap
                  : y + request.clearance + gap + Double(level) * (height + gap)
        }
        func stemStart(above: Bool) -> Double {
            above ? request.stemStart?.up ?? y - request.clearance : request.stemStart?.down ?? y + request.clearance
        }
        func reach(above: Bool) -> Int {
            guard gap >= 0.5 else { return levels }
            let leave = above ? stemStart(above: true) - 0.01 : stemStart(above: false) + 0.01
            func open(_ level: Int) -> Bool {
                let end = above ? top(level, above: true) : top(level, above: false) + height
                return !index.intersects(Rect.spanning(Point(x - 0.5, leave), Point(x + 0.5, end)))
            }
            var lower = 0, upper = levels  // the first closed level lies in lower...upper
            while lower < upper {
                let middle = (lower + upper) / 2
                if open(middle) { lower = middle + 1 } else { upper = middle }
            }
            return lower
        }
        let reachUp = reach(above: true), reachDown = reach(above: false)
        let anchorGroups: [([Double], [Int])] = [
            ([x + gap], Array(0..<levels)),
            ([x - gap - width, x - width / 4, x - width / 2, x - 3 * width / 4], Array(0..<levels)),
        ]
        for (anchors, levelOrder) in anchorGroups {
          for sparing in [true, false] {
            // A label that must cover a waiting marker goes as far out as it can, so that the
            // waiting marker's label fits under it.
            for level in sparing || anchors.count == 1 ? levelOrder : levelOrder.reversed() {
                for above in [true, false] where level < (above ? reachUp : reachDown) {
                    let top = top(level, above: above)
                    for left in anchors {
                        let box = Rect(x: left, y: top, width: width, height: height)
                        guard request.bounds.contains(box) else { continue }
                        // The first pass tries the positions that cover no waiting marker; the second
                        // only those that do (the others were tried and found blocked already).
                        if Self.anyPending(request.pending, from: box.x - gap, to: box.maxX + gap) == sparing { continue }
                        let covers = box.x <= x && x <= box.maxX
                        let end = above ? (covers ? box.maxY : box.y) : (covers ? box.y : box.maxY)
                        let start = stemStart(above: above)
                        // The stem leaves the marker's edge; a hair's inset keeps it off the marker itself.
                        let leave = above ? start - 0.01 : start + 0.01
                        let stem = Rect.spanning(Point(x - 0.5, leave), Point(x + 0.5, end))
                        // Keep labels a gap apart vertically and two gaps apart side by side.
                        let padded = Rect(x: box.x - gap, y: box.y - gap / 2, width: box.width + 2 * gap, height: box.height + gap)
                        if blocked(padded) || blocked(stem, except: request.ownMark) { continue }
                        return (Placement(box: box, stem: (Point(x, start), Point(x, end))), stem)
                    }
                }
            }
          }
        }
        return nil
    }

    /// Whether a sorted list has a value in `low...high` (binary search).
    static func anyPending(_ sorted: [Double], from low: Double, to high: Double) -> Bool {
        var lower = 0, upper = sorted.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if sorted[middle] < low { lower = middle + 1 } else { upper = middle }
        }
        return lower < sorted.count && sorted[lower] <= high
    }
}
