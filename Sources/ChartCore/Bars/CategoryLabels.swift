import Dataset

/// The category labels of a bar chart, planned for the room each band gives them.
///
/// A label is its name (wrapped only between words, or between CJK characters) and, when the
/// spec asks, a detail line. When labels do not fit their band, the planner takes the next move
/// and says which: ordered categories (years, months, dates, numbers) are **thinned** to every
/// k-th label at round values (every 2, 5, 10 years; quarters, years), so that each shown label
/// has k bands of room, as an axis thins its ticks (silently: every bar is still there); other
/// names are **shortened** with "…" after the start that fits, unless that would make them read
/// alike; as a last resort, labels are **turned** 45° (one line each, ending under their bar),
/// when that shows more of them. A label is never broken inside a word or a number. (Turning the
/// chart horizontal is the bar layout's move, taken before these when it may.)
struct CategoryLabels {
    /// The block drawn for each category; empty for a category whose label is thinned out.
    var blocks: [TextBlock]
    /// Show every `every`-th label (1: all).
    var every: Int
    /// How many labels were shortened with "…".
    var shortened: Int
    /// How many detail lines were left out for want of room.
    var droppedDetails: Int
    /// How many shortened labels were left out because they read like another category's.
    var droppedAmbiguous = 0
    /// How many labels were left out because, centred on their band, they would reach past an end of the plot.
    var leftOut = 0
    /// Whether the labels are turned 45° (each one line).
    var turned = false

    /// The sine and cosine of 45°.
    static let diagonal = 0.5.squareRoot()

    /// Whether every label is shown whole.
    var complete: Bool { every == 1 && shortened == 0 && droppedDetails == 0 && droppedAmbiguous == 0 && leftOut == 0 }
    /// How many labels are shown whole, then how many are shown at all: the better of two plans
    /// is the one with more of the first, then of the second.
    var shown: (whole: Int, any: Int) {
        let drawn = blocks.filter { !$0.isEmpty }
        return (drawn.filter { block in !block.lines.contains { $0.text.hasSuffix("…") } }.count, drawn.count)
    }

    /// The tallest block.
    var height: Double { blocks.map(\.height).max() ?? 0 }
    /// The widest block.
    var width: Double { blocks.map(\.width).max() ?? 0 }
    /// How far the labels reach from the axis: the tallest block, or, turned, the deepest diagonal.
    var depth: Double {
        turned ? (blocks.map { Self.diagonal * ($0.width + $0.height) }.max() ?? 0) : height
    }

    /// Draws the label of `index` under the plot: level and centred on `center` from `top`, or
    /// turned −45° with its end just under `center` (the text rising towards its bar).
    func draw(_ index: Int, center: Double, top: Double, into builder: inout SceneBuilder) {
        let block = blocks[index]
        guard turned, let line = block.lines.first else {
            block.draw(at: Point(center, top), anchor: .topCenter, datum: index, into: &builder)
            return
        }
        // The end of the line's middle, (w, h/2) in the run's frame, sits at the pivot; the turned
        // box then starts 0.35 h above the pivot, so the pivot is that far under `top`.
        let w = line.size.width, h = line.size.height, d = Self.diagonal
        let pivot = Point(center + 0.25 * h, top + d * h / 2)
        let origin = Point(pivot.x - d * (w + h / 2), pivot.y + d * (w - h / 2))
        builder.append(SceneItem(line.role, .text(TextRun(text: line.text, font: line.font, color: line.color, origin: origin,
                                                          size: line.size, alignment: .left, rotation: -.pi / 4)),
                                 datum: index))
    }

    /// What the reader should be told about the labels, if anything.
    /// The automatic choices to report: labels set at 45° (nothing lost).
    func information(count: Int) -> [String] {
        turned && !blocks.allSatisfy(\.isEmpty) ? ["category labels set at 45° to fit under \(count) vertical bars"] : []
    }

    func warnings(count: Int) -> [String] {
        var result: [String] = []
        if blocks.allSatisfy(\.isEmpty) {
            return ["category labels left out: \(count) bars leave too little room for any; make the chart larger"]
        }
        if shortened > 0 { result.append("\(shortened) category label(s) shortened with “…” to fit") }
        if leftOut > 0 && every == 1 { result.append("\(leftOut) category label(s) left out: they would reach past the end of the plot") }
        if droppedAmbiguous > 0 {
            result.append("\(droppedAmbiguous) shortened category label(s) left out: what they keep is also the start of another category's name")
        }
        if droppedDetails > 0 { result.append("\(droppedDetails) detail line(s) under category labels left out to fit") }
        return result
    }

    /// Labels set under vertical bars: each in `step` of width (k × `step` when thinned), at most
    /// three lines and the detail line, and never wider than twice `edge(index)` (the room from
    /// the label's centre to the nearer side of the canvas).
    /// Turned labels may reach `depth` under the plot and `left(index)` left of their band's centre.
    static func below(_ chart: BarChart, order: CategoryOrder, step: Double, edge: (Int) -> Double = { _ in .infinity },
                      depth: Double = .infinity, left: (Int) -> Double = { _ in .infinity },
                      theme: Theme, measurer: any TextMeasurer, mayThin: Bool) -> CategoryLabels {
        let whole = plan(chart, order: order, width: step - theme.gap, lines: 3, theme: theme, measurer: measurer, edge: edge)
        if whole.complete { return whole }
        guard mayThin && order.isOrdered else {
            // The last resort: turned labels, when they show more than shortened level ones.
            let diagonal = turned(chart, order: order, step: step, depth: depth, left: left, theme: theme, measurer: measurer)
            return diagonal.shown > whole.shown ? diagonal : whole
        }
        // Thin by intervals that leave a shown label room for its shortest name at least.
        let letters = order.calendar == nil ? chart.categories.map(\.name.count).min() ?? 1 : 3
        let shortest = Double(letters) * measurer.measure("0", font: theme.label).width
        for every in order.thinningSteps where every > 1 {
            let room = Double(order.spacing(every: every)) * step - theme.gap
            guard room >= shortest else { continue }
            let thinned = plan(chart, order: order, width: room, lines: 1, theme: theme,
                               measurer: measurer, every: every, edge: edge)
            if thinned.shortened == 0 && thinned.droppedDetails == 0 && thinned.blocks.contains(where: { !$0.isEmpty }) {
                return thinned
            }
        }
        return CategoryLabels(blocks: chart.categories.map { _ in TextBlock() }, every: chart.categories.count + 1,
                              shortened: 0, droppedDetails: 0)
    }

    /// Labels turned −45° under vertical bars, one line each: neighbours' lines lie `step` × sin 45°
    /// apart, which must hold a line and a gap (ordered categories are thinned until it does);
    /// each reaches at most `depth` under the plot and `left(index)` left of its band's centre,
    /// shortened with "…" to fit. Detail lines are left out.
    static func turned(_ chart: BarChart, order: CategoryOrder, step: Double, depth: Double, left: (Int) -> Double,
                       theme: Theme, measurer: any TextMeasurer) -> CategoryLabels {
        let lineHeight = measurer.measure("Hg", font: theme.label).height
        let every = order.isOrdered
            ? order.thinningSteps.first { Double(order.spacing(every: $0)) * step * diagonal >= lineHeight + theme.gap }
            : (step * diagonal >= lineHeight + theme.gap ? 1 : nil)
        var result = CategoryLabels(blocks: chart.categories.map { _ in TextBlock() }, every: chart.categories.count + 1,
                                    shortened: 0, droppedDetails: 0, turned: true)
        guard let every else { return result }
        result.every = every
        let shown = order.shown(every: every)
        var previous: Int?
        for (index, category) in chart.categories.enumerated() where shown.contains(index) {
            let font = category.highlighted ? theme.labelBold : theme.label
            let wrapper = TextWrapper(measurer: measurer, font: font)
            // Deep enough for the line's diagonal, and clear of the canvas's left edge.
            let room = min(depth / diagonal - lineHeight, left(index) / diagonal - lineHeight / 2)
            if category.detail != nil { result.droppedDetails += 1 }
            var text = order.label(index, of: chart, every: every, previous: previous).replacingOccurrences(of: "\n", with: " ")
            if wrapper.width(text) > room {
                guard let cut = wrapper.shortened(text, maxWidth: room) else { result.leftOut += 1; continue }
                text = cut
                result.shortened += 1
            }
            result.blocks[index] = TextBlock([text], font: font, color: theme.ink, role: order.labelRole, measurer: measurer)
            previous = index
        }
        if order.calendar == nil { result.dropIdenticalShortenings(chart) }
        return result
    }

    /// Labels set beside horizontal bars: each in `maxWidth` and in the height of one band
    /// (k bands when thinned), and never taller than twice `edge(index)` (the room from the
    /// label's centre to the nearer end of the plot).
    static func beside(_ chart: BarChart, order: CategoryOrder, step: Double, maxWidth: Double,
                       edge: (Int) -> Double = { _ in .infinity }, theme: Theme, measurer: any TextMeasurer) -> CategoryLabels {
        let lineHeight = measurer.measure("Hg", font: theme.label).height
        let lines = Int(((step - theme.gap) / lineHeight).rounded(.down))
        if lines >= 1 {
            return plan(chart, order: order, width: maxWidth, lines: lines, theme: theme, measurer: measurer,
                        height: step - theme.gap, edge: edge)
        }
        if order.isOrdered {
            for every in order.thinningSteps where Double(order.spacing(every: every)) * step - theme.gap >= lineHeight {
                return plan(chart, order: order, width: maxWidth, lines: 1, theme: theme, measurer: measurer,
                            height: Double(order.spacing(every: every)) * step - theme.gap, every: every, edge: edge)
            }
        }
        return CategoryLabels(blocks: chart.categories.map { _ in TextBlock() }, every: chart.categories.count + 1,
                              shortened: 0, droppedDetails: 0)
    }

    /// Every category's block in `width` × `height` (unbounded height when `nil`) and at most
    /// `lines` name lines, showing only the categories at round values of `every`. A name keeps
    /// priority over its detail line: the detail is left out when the name would otherwise be shortened.
    private static func plan(_ chart: BarChart, order: CategoryOrder, width: Double, lines: Int, theme: Theme,
                             measurer: any TextMeasurer, height: Double? = nil, every: Int = 1,
                             edge: (Int) -> Double = { _ in .infinity }) -> CategoryLabels {
        var result = CategoryLabels(blocks: [], every: every, shortened: 0, droppedDetails: 0)
        // Narrower than one letter (thousands of bars): nothing to measure, every label left out.
        guard width >= measurer.measure("0", font: theme.label).width else {
            result.blocks = chart.categories.map { _ in TextBlock() }
            result.leftOut = chart.categories.count
            return result
        }
        let shown = order.shown(every: every)
        var previous: Int?
        let detailHeight = measurer.measure("Hg", font: theme.detail).height
        let lineHeight = measurer.measure("Hg", font: theme.label).height
        let detailWrapper = TextWrapper(measurer: measurer, font: theme.detail)
        for (index, category) in chart.categories.enumerated() {
            guard shown.contains(index) else {
                result.blocks.append(TextBlock())
                continue
            }
            let font = category.highlighted ? theme.labelBold : theme.label
            let wrapper = TextWrapper(measurer: measurer, font: font)
            var detailLines: [String] = []
            if let detail = category.detail {
                if detailWrapper.width(detail) <= width {
                    detailLines = [detail]
                } else if height == nil, let fitted = detailWrapper.fit(detail, maxWidth: width, maxLines: 2), !fitted.shortened {
                    detailLines = fitted.lines
                } else {
                    result.droppedDetails += 1
                }
            }
            let label = order.label(index, of: chart, every: every, previous: previous)
            var nameLines = lines
            if !detailLines.isEmpty, let height {
                let withDetail = min(lines, Int(((height - detailHeight) / lineHeight).rounded(.down)))
                if withDetail < 1 || wrapper.fit(label, maxWidth: width, maxLines: withDetail)?.shortened != false {
                    detailLines = []
                    result.droppedDetails += 1
                } else {
                    nameLines = withDetail
                }
            }
            var block = TextBlock()
            if let fitted = wrapper.fit(label, maxWidth: width, maxLines: max(1, nameLines)) {
                if fitted.shortened { result.shortened += 1 }
                block.append(fitted.lines, font: font, color: theme.ink, role: order.labelRole, measurer: measurer)
                block.append(detailLines, font: theme.detail, color: theme.mutedInk, role: .categoryDetail, measurer: measurer)
            } else {
                result.shortened += 1
            }
            // A label centred on its band must not reach past the end of the plot (below vertical
            // bars its width, beside horizontal ones its height): one that would is left out.
            if 2 * edge(index) < (height == nil ? block.width : block.height) - 1e-9 {
                block = TextBlock()
                result.leftOut += 1
            }
            if !block.isEmpty { previous = index }
            result.blocks.append(block)
        }
        if order.calendar == nil { result.dropIdenticalShortenings(chart) }
        return result
    }

    /// Leaves out shortened labels that do not tell their category from another: "P…" or
    /// "Department of…" when another category's name starts the same way tells the reader
    /// nothing, or the wrong thing.
    private mutating func dropIdenticalShortenings(_ chart: BarChart) {
        // Compared without spaces: wrapping drops the spaces it breaks at, and adds none between
        // Chinese characters.
        func key(_ text: String) -> String { text.filter { !$0.isWhitespace } }
        let names: [String] = chart.categories.map { key($0.name) }.sorted()
        for index in blocks.indices where blocks[index].lines.contains(where: { $0.text.hasSuffix("…") }) {
            var shown = ""
            for line in blocks[index].lines where line.role == .categoryLabel { shown += key(line.text) }
            guard !shown.isEmpty else { continue }
            shown.removeLast()
            let name = key(chart.categories[index].name)
            // The names starting with `shown` sit together in sorted order: is one of them another name?
            var position = Self.lowerBound(of: shown, in: names)
            var ambiguous = false
            while position < names.count && names[position].hasPrefix(shown) {
                if names[position] != name { ambiguous = true }
                position += 1
            }
            if ambiguous {
                blocks[index] = TextBlock()
                droppedAmbiguous += 1
            }
        }
    }

    /// The first position in sorted `names` whose name is not below `text` (binary search).
    private static func lowerBound(of text: String, in names: [String]) -> Int {
        var lower = 0, upper = names.count
        while lower < upper {
            let middle = (lower + upper) / 2
            if names[middle] < text { lower = middle + 1 } else { upper = middle }
        }
        return lower
    }
}

extension BarChart {
    /// Whether the categories are ordered values (years, months, dates or numbers), whose labels
    /// may be thinned without losing the reader's place.
    public var categoriesAreOrdered: Bool { CategoryOrder(self).isOrdered }
}
