import Dataset

/// A time axis as a component: a time scale with calendar ticks that fit their room, drawn as
/// gridlines across the plot and tick labels on one side, in either orientation.
///
/// Horizontal timelines put the labels under the plot; vertical ones left of the spine. Year
/// ticks are drawn a little stronger; a tick label never reaches past `bounds` (the first and
/// last are nudged inwards).
struct TimeAxis {
    var scale: TimeScale
    var ticks: [CalendarTicks.Tick]

    /// The axis over `domain` (day numbers) on the pixel `range`, one tick per `spacing` pixels at most.
    init(domain: (Double, Double), range: (Double, Double), spacing: Double) {
        scale = TimeScale(domain: domain, range: range)
        ticks = CalendarTicks.ticks(from: domain.0, to: domain.1, maxCount: Int(abs(range.1 - range.0) / max(1, spacing)))
    }

    /// Moves each tick to the middle of the period it starts when the ticks are exactly one period
    /// of `months` apart (yearly ticks under yearly bars, monthly under monthly ones): a label
    /// then names the bar above it rather than the boundary between two bars.
    mutating func centre(onPeriodsOf months: Int) {
        func month(_ day: Int) -> Int { let date = CivilCalendar.civil(fromDayNumber: day); return date.year * 12 + date.month - 1 }
        guard ticks.count >= 2, month(ticks[1].day) - month(ticks[0].day) == months else { return }
        for index in ticks.indices {
            let start = month(ticks[index].day) + months
            let end = CivilCalendar.dayNumber(year: start / 12, month: start % 12 + 1, day: 1)
            ticks[index].day = (ticks[index].day + end) / 2
        }
        // A period that starts inside the domain may have its middle past the end.
        ticks.removeAll { Double($0.day) > scale.domain.1 }
    }

    /// The widest tick label.
    func labelWidth(measurer: any TextMeasurer, theme: Theme) -> Double {
        ticks.map { measurer.measure($0.label, font: theme.tick).width }.max() ?? 0
    }

    /// Draws each tick's gridline from `across.0` to `across.1` (reaching one gap further on the
    /// labels' side) and its label beyond `across` on that side: after it when horizontal (under
    /// the plot), before it when vertical (left of the spine). Returns the labels' boxes.
    @discardableResult
    func draw(across: (Double, Double), orientation: Orientation, bounds: Rect, theme: Theme,
              into builder: inout SceneBuilder) -> [Rect] {
        let gap = theme.gap
        let year = Stroke(color: theme.axis.mixed(with: theme.background, amount: 0.5), width: theme.hairline)
        let month = Stroke(color: theme.grid, width: theme.hairline)
        var boxes: [Rect] = []
        for tick in ticks {
            let at = scale(Double(tick.day))
            let line = Crisp.half(at)
            let (from, to) = orientation == .horizontal ? (across.0, across.1 + gap) : (across.0 - gap, across.1)
            builder.line(from: orientation.point(along: line, across: from), to: orientation.point(along: line, across: to),
                         stroke: tick.isYear ? year : month, role: .grid)
            var run = builder.run(tick.label, font: theme.tick, color: theme.mutedInk,
                                  at: orientation == .horizontal ? Point(at, across.1 + 2 * gap) : Point(across.0 - 2 * gap, at),
                                  anchor: orientation == .horizontal ? .topCenter : .middleRight)
            run.origin.x = min(max(run.origin.x, bounds.x), bounds.maxX - run.size.width)
            run.origin.y = min(max(run.origin.y, bounds.y), bounds.maxY - run.size.height)
            builder.append(SceneItem(.tickLabel, .text(run)))
            boxes.append(run.bounds)
        }
        return boxes
    }
}
