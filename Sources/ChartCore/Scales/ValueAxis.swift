/// A value axis as a component: a scale whose tick labels fit their room, drawn as gridlines,
/// tick labels and a baseline, in either orientation.
///
/// The tick count follows the axis length (one tick per `spacing` pixels, 2–10, as d3's default
/// of about ten ticks for a full axis), then comes down while neighbouring labels would crowd;
/// when even two or three ticks crowd, every other one goes unlabelled.
struct ValueAxis {
    var scale: ValueScale
    /// Each tick's label, with its measured size.
    var labels: [(text: String, size: TextSize)]

    /// The axis for `extent` on the pixel `range` (from the smallest value's end).
    static func fitted(_ kind: BarOptions.Scale, extent: (Double, Double), range: (Double, Double),
                       orientation: Orientation, spacing: Double, gap: Double,
                       texts: (ValueScale) -> [String], measure: (String) -> TextSize) -> ValueAxis {
        var target = min(10, max(2, abs(range.1 - range.0) / spacing))
        while true {
            let scale = ValueScale(kind, extent: extent, range: range, tickCount: target)
            var labels = texts(scale).map { ($0, measure($0)) }
            let crowded = zip(labels.indices.dropLast(), labels.indices.dropFirst()).contains { a, b in
                let room = abs(scale(scale.ticks[b]) - scale(scale.ticks[a]))
                let sizes = [labels[a].1, labels[b].1].map { orientation.along(($0.width, $0.height)) }
                return room < (sizes[0] + sizes[1]) / 2 + 3 * gap
            }
            if !crowded { return ValueAxis(scale: scale, labels: labels) }
            if target <= (kind == .log ? 1 : 2) {
                // Still too wide (long units on a narrow axis): label every other tick from the base,
                // keeping every gridline.
                for index in labels.indices where index % 2 == 1 { labels[index] = ("", TextSize(width: 0, height: 0, baseline: 0)) }
                return ValueAxis(scale: scale, labels: labels)
            }
            target -= 1
        }
    }

    /// The widest or tallest tick label across the axis (the room the labels take beside the plot).
    func labelExtent(_ orientation: Orientation) -> Double {
        labels.map { orientation == .vertical ? $0.size.width : $0.size.height }.max() ?? 0
    }

    /// How far the end tick labels reach past the plot along the axis: (at the base end, at the far end).
    func overhang(_ orientation: Orientation) -> (Double, Double) {
        let half = labels.map { orientation.along(($0.size.width, $0.size.height)) / 2 }
        return (half.first ?? 0, half.last ?? 0)
    }

    /// Draws gridlines across `plot` at each tick but the base, and the tick labels beside the
    /// plot (left of vertical bars, under horizontal ones).
    func drawTicks(in plot: Rect, orientation: Orientation, theme: Theme, into builder: inout SceneBuilder) {
        let across = orientation.across(plot)
        for (tick, label) in zip(scale.ticks, labels) {
            let at = Crisp.half(scale(tick))
            if tick != scale.base {
                builder.line(from: orientation.point(along: at, across: across.0), to: orientation.point(along: at, across: across.1),
                             stroke: Stroke(color: theme.grid, width: theme.hairline), role: .grid)
            }
            let anchor: (Point, TextAnchor) = orientation == .vertical
                ? (Point(plot.x - 2 * theme.gap, scale(tick)), .middleRight)
                : (Point(scale(tick), plot.maxY + theme.gap), .topCenter)
            if !label.text.isEmpty { builder.text(label.text, font: theme.tick, color: theme.mutedInk, at: anchor.0, anchor: anchor.1, role: .tickLabel) }
        }
    }

    /// Draws the baseline (zero, or the log axis's first decade) across `plot`, over the bars.
    func drawBaseline(in plot: Rect, orientation: Orientation, theme: Theme, into builder: inout SceneBuilder) {
        let across = orientation.across(plot)
        let base = Crisp.half(scale(scale.base))
        builder.line(from: orientation.point(along: base, across: across.0), to: orientation.point(along: base, across: across.1),
                     stroke: Stroke(color: theme.baseline, width: 1), role: .axis)
    }
}
