/// A uniform grid over rectangles, to ask quickly whether a rectangle touches any of them.
///
/// The grid covers `bounds` (rectangles beyond it are filed in the edge cells); each rectangle is
/// filed under every cell it covers, and a query looks only at the cells it covers. Only
/// membership is asked, so the storage order never shows in any result.
struct RectIndex {
    private let bounds: Rect
    private let cell: Double
    private let columns: Int
    private let rows: Int
    private var cells: [[Int32]]
    private(set) var rects: [Rect] = []

    /// An empty index over `bounds` with square cells of about `cell` pixels.
    init(bounds: Rect, cell: Double) {
        self.bounds = bounds
        self.cell = max(1, cell)
        columns = max(1, min(4096, Int((bounds.width / self.cell).rounded(.up))))
        rows = max(1, min(4096, Int((bounds.height / self.cell).rounded(.up))))
        cells = Array(repeating: [], count: columns * rows)
    }

    private func columnRange(_ rect: Rect) -> ClosedRange<Int> {
        clamp(Int(((rect.x - bounds.x) / cell).rounded(.down)), columns)...clamp(Int(((rect.maxX - bounds.x) / cell).rounded(.down)), columns)
    }

    private func rowRange(_ rect: Rect) -> ClosedRange<Int> {
        clamp(Int(((rect.y - bounds.y) / cell).rounded(.down)), rows)...clamp(Int(((rect.maxY - bounds.y) / cell).rounded(.down)), rows)
    }

    private func clamp(_ value: Int, _ count: Int) -> Int {
        min(count - 1, max(0, value))
    }

    /// Adds a rectangle.
    mutating func insert(_ rect: Rect) {
        rects.append(rect)
        let index = Int32(rects.count - 1)
        for row in rowRange(rect) {
            for column in columnRange(rect) {
                cells[row * columns + column].append(index)
            }
        }
    }

    /// Whether some rectangle shares interior area with `rect`.
    func intersects(_ rect: Rect) -> Bool {
        for row in rowRange(rect) {
            for column in columnRange(rect) where cells[row * columns + column].contains(where: { rects[Int($0)].intersects(rect) }) {
                return true
            }
        }
        return false
    }

    /// The indices (in insertion order) of the rectangles that share interior area with `rect`.
    func overlapping(_ rect: Rect) -> [Int] {
        var found: [Int32] = []
        for row in rowRange(rect) {
            for column in columnRange(rect) {
                for index in cells[row * columns + column] where rects[Int(index)].intersects(rect) {
                    found.append(index)
                }
            }
        }
        return Set(found).sorted().map(Int.init)
    }
}
