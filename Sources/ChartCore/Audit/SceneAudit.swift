/// Checks a finished scene against the layout's guarantees, whatever the layout meant to do.
///
/// The checks, each through a spatial index (never all pairs):
/// - no two texts share area;
/// - no text lies on a bar, marker, span, legend swatch or axis line, unless it sits wholly
///   inside a bar or span of its own datum (a label inside its segment or range);
/// - no leader, stem or annotation bracket crosses a mark or text of another datum;
/// - every item lies inside the canvas;
/// - no two category labels read the same unless their data do;
/// - no mark of one row (a bar, segment, marker or span) is hidden: 80% or more of its area
///   under one mark of another row drawn after it.
///
/// Overlaps up to ``tolerance`` (half a pixel, rounding) are not findings. Items of one datum
/// (a label, its mark and the leader between them) may touch each other's ends, and a stem may
/// cross the marks that overlap its own mark (a pile of markers on close dates), which no stem
/// from that mark could avoid.
public struct SceneAudit {
    /// Overlap, in 1× pixels, below which two boxes count as touching.
    public static let tolerance = 0.5

    private let scene: Scene
    private let items: [SceneItem]

    /// Audits `scene`; the findings come in a fixed order (by kind, then paint order).
    public static func findings(in scene: Scene) -> [AuditFinding] {
        SceneAudit(scene: scene).run()
    }

    private init(scene: Scene) {
        self.scene = scene
        items = scene.allItems
    }

    private func run() -> [AuditFinding] {
        let canvas = Rect(x: 0, y: 0, width: scene.width, height: scene.height)
        var texts = RectIndex(bounds: canvas, cell: 48), marks = RectIndex(bounds: canvas, cell: 48)
        var textItems: [Int] = [], markItems: [Int] = []
        for (index, item) in items.enumerated() {
            if case .text(let run) = item.shape {
                texts.insert(run.bounds)
                textItems.append(index)
            } else if Self.isMark(item) {
                marks.insert(item.bounds)
                markItems.append(index)
            }
        }
        return textOverlaps(texts, textItems) + textsOnMarks(marks, markItems, textItems)
            + leaderCrossings(texts, textItems, marks, markItems) + outside(canvas) + duplicateLabels()
            + hiddenData(marks, markItems)
    }

    /// The share of a mark's area that one later mark of another row may cover before the first
    /// counts as hidden.
    public static let hiddenShare = 0.8

    /// Whether a mark hides what lies under its bounds: a filled shape, or a stroked line (whose
    /// bounds are its stroke); an outline such as a highlight's ring leaves the inside seen.
    private static func isOpaque(_ item: SceneItem) -> Bool {
        switch item.shape {
        case .rect, .line: return true
        case .circle(_, _, let fill, _), .path(_, _, let fill, _): return fill != nil
        default: return false
        }
    }

    private func hiddenData(_ index: RectIndex, _ markItems: [Int]) -> [AuditFinding] {
        var found: [AuditFinding] = [], hidden = Set<Int>()
        for (position, mark) in markItems.enumerated() where items[mark].datum != nil && items[mark].role != .legendSwatch {
            let bounds = items[mark].bounds, area = bounds.width * bounds.height
            guard area > 0, !hidden.contains(items[mark].datum!) else { continue }
            for other in index.overlapping(shrunk(bounds)) where other > position {
                let cover = markItems[other]
                guard let datum = items[cover].datum, datum != items[mark].datum, items[cover].role != .legendSwatch,
                      items[cover].role != .axis, Self.isOpaque(items[cover]) else { continue }
                let shared = bounds.intersection(items[cover].bounds)
                guard shared.width * shared.height >= Self.hiddenShare * area else { continue }
                hidden.insert(items[mark].datum!)
                found.append(AuditFinding(kind: .hiddenDatum, items: [mark, cover],
                                          message: "\(name(mark)) is hidden under \(name(cover))"))
                break
            }
        }
        return found
    }

    /// Marks that text must not cover: bars, markers, spans, legend swatches and axis lines.
    private static func isMark(_ item: SceneItem) -> Bool {
        switch item.role {
        case .bar, .marker, .span, .legendSwatch: return true
        case .axis: if case .line = item.shape { return true } else { return false }
        default: return false
        }
    }

    private func textOverlaps(_ index: RectIndex, _ textItems: [Int]) -> [AuditFinding] {
        var found: [AuditFinding] = []
        for (position, item) in textItems.enumerated() {
            for other in index.overlapping(shrunk(items[item].bounds)) where other > position
                && box(item).inset(Self.tolerance).intersects(box(textItems[other]).inset(Self.tolerance)) {
                let a = item, b = textItems[other]
                found.append(AuditFinding(kind: .textOverlap, items: [a, b],
                                          message: "\(name(a)) overlaps \(name(b)) by \(overlap(a, b))"))
            }
        }
        return found
    }

    private func textsOnMarks(_ index: RectIndex, _ markItems: [Int], _ textItems: [Int]) -> [AuditFinding] {
        var found: [AuditFinding] = []
        for text in textItems {
            let bounds = items[text].bounds, textBox = box(text).inset(Self.tolerance)
            for position in index.overlapping(shrunk(bounds)) {
                let mark = markItems[position]
                switch items[mark].shape {
                case .rect(let rect, _):
                    // A label wholly inside its own bar or segment is meant to be there.
                    if (items[mark].role == .bar || items[mark].role == .span) && items[mark].datum == items[text].datum && rect.contains(bounds) { continue }
                    if !textBox.intersects(OrientedBox(rect)) { continue }
                case .line(let from, let to, _):
                    if !textBox.crossed(from: from, to: to) { continue }
                default:
                    if !textBox.intersects(OrientedBox(items[mark].bounds)) { continue }
                }
                found.append(AuditFinding(kind: .textOnMark, items: [text, mark],
                                          message: "\(name(text)) lies on \(name(mark))"))
            }
        }
        return found
    }

    private func leaderCrossings(_ texts: RectIndex, _ textItems: [Int], _ marks: RectIndex,
                                 _ markItems: [Int]) -> [AuditFinding] {
        var found: [AuditFinding] = []
        // A stem starts at its own mark, so it cannot avoid the marks piled on that one.
        var ownMarks: [Int: [Rect]] = [:]
        for mark in markItems {
            if let datum = items[mark].datum { ownMarks[datum, default: []].append(items[mark].bounds) }
        }
        func piledOnOwnMark(_ stem: Int, _ other: Int) -> Bool {
            guard let datum = items[stem].datum, Self.isMark(items[other]) else { return false }
            let bounds = shrunk(items[other].bounds)
            return ownMarks[datum]?.contains { $0.intersects(bounds) } ?? false
        }
        for (index, item) in items.enumerated() where item.role == .stem || item.role == .annotation {
            let points: [Point]
            switch item.shape {
            case .line(let from, let to, _): points = [from, to]
            case .path(let path, let closed, _, _): points = closed ? path + path.prefix(1) : path
            default: continue
            }
            var crossed: [Int] = []
            for (from, to) in zip(points, points.dropFirst()) {
                let reach = Rect.spanning(from, to).insetBy(-1)
                let candidates = marks.overlapping(reach).map { markItems[$0] } + texts.overlapping(reach).map { textItems[$0] }
                for other in candidates where !crossed.contains(other) && !sameDatum(index, other)
                    && items[other].role != .axis && box(other).inset(Self.tolerance).crossed(from: from, to: to)
                    && !piledOnOwnMark(index, other) {
                    crossed.append(other)
                }
            }
            for other in crossed.sorted() {
                found.append(AuditFinding(kind: .leaderCrossing, items: [index, other],
                                          message: "\(name(index)) crosses \(name(other))"))
            }
        }
        return found
    }

    private func outside(_ canvas: Rect) -> [AuditFinding] {
        items.enumerated().compactMap { index, item in
            if item.role == .background { return nil }
            if case .clip = item.shape { return nil }
            let box = item.bounds
            guard !canvas.insetBy(-Self.tolerance).contains(box) else { return nil }
            let past = max(canvas.x - box.x, box.maxX - canvas.maxX, canvas.y - box.y, box.maxY - canvas.maxY)
            return AuditFinding(kind: .outsideCanvas, items: [index],
                                message: "\(name(index)) reaches \(Self.pixels(past)) past the canvas edge")
        }
    }

    private func duplicateLabels() -> [AuditFinding] {
        var labels: [Int: (text: String, first: Int)] = [:]
        for (index, item) in items.enumerated() where item.role == .categoryLabel {
            guard let datum = item.datum, case .text(let run) = item.shape else { continue }
            let line = run.text
            labels[datum] = labels[datum].map { ($0.text + " " + line, $0.first) } ?? (line, index)
        }
        var firstDatum: [String: Int] = [:]
        var found: [AuditFinding] = []
        for datum in labels.keys.sorted() {
            let label = labels[datum]!
            guard let other = firstDatum[label.text] else {
                firstDatum[label.text] = datum
                continue
            }
            if dataName(other) != dataName(datum) {
                found.append(AuditFinding(kind: .duplicateLabel, items: [labels[other]!.first, label.first],
                                          message: "two category labels read “\(label.text)”, for “\(dataName(other))” and “\(dataName(datum))”"))
            }
        }
        return found
    }

    // MARK: Helpers

    private func sameDatum(_ a: Int, _ b: Int) -> Bool {
        items[a].datum != nil && items[a].datum == items[b].datum
    }

    private func dataName(_ datum: Int) -> String {
        datum < scene.datumNames.count ? scene.datumNames[datum] : "#\(datum + 1)"
    }

    /// An item's area as a box: a text's (possibly turned) logical box, else its bounds.
    private func box(_ index: Int) -> OrientedBox {
        if case .text(let run) = items[index].shape { return run.box }
        return OrientedBox(items[index].bounds)
    }

    private func shrunk(_ rect: Rect) -> Rect {
        rect.insetBy(Self.tolerance)
    }

    /// How a finding names an item: a text by its words, a mark by what it stands for.
    private func name(_ index: Int) -> String {
        let item = items[index]
        let role = String(item.role.rawValue.map { $0 == "-" ? " " : $0 })
        if case .text(let run) = item.shape { return "the \(role) “\(run.text)”" }
        if let datum = item.datum { return "the \(role) of “\(dataName(datum))”" }
        return "the \(role)"
    }

    private func overlap(_ a: Int, _ b: Int) -> String {
        let one = items[a].bounds, two = items[b].bounds
        let width = min(one.maxX, two.maxX) - max(one.x, two.x)
        let height = min(one.maxY, two.maxY) - max(one.y, two.y)
        return "\(Self.pixels(width)) × \(Self.pixels(height))"
    }

    private static func pixels(_ value: Double) -> String {
        "\(Int(value.rounded(.up))) px"
    }

    /// Whether the segment from `a` to `b` passes through the interior of `rect`
    /// (Liang–Barsky clipping).
    static func segment(_ a: Point, _ b: Point, crosses rect: Rect) -> Bool {
        guard rect.width > 0 && rect.height > 0 else { return false }
        var low = 0.0, high = 1.0
        let dx = b.x - a.x, dy = b.y - a.y
        for (p, q) in [(-dx, a.x - rect.x), (dx, rect.maxX - a.x), (-dy, a.y - rect.y), (dy, rect.maxY - a.y)] {
            if p == 0 {
                if q <= 0 { return false }
                continue
            }
            let t = q / p
            if p < 0 { low = max(low, t) } else { high = min(high, t) }
            if low >= high { return false }
        }
        return true
    }
}
