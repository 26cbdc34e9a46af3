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
    /// Where each tick sits (a day number): its day, or the middle of the bar's period it starts.
    var positions: [Double]

    /// The axis over `domain` (day numbers) on the pixel `range`, one tick per `spacing` pixels at
    /// most, every `minimumMonths` months at least (0: days allowed), labelled in `locale`.
    init(domain: (Double, Double), range: (Double, Double), spacing: Double, minimumMonths: Int = 0, locale: ChartLocale) {
        scale = TimeScale(domain: domain, range: range)
        ticks = CalendarTicks.ticks(from: domain.0, to: domain.1, maxCount: Int(abs(range.1 - range.0) / max(1, spacing)),
                                    minimumMonths: minimumMonths, locale: locale)
        positions = ticks.map { Double($0.day) }
    }

    /// Moves each tick to the middle of the bar period (a year, a month or a day) that starts on
    /// its day, so that a label sits under the bar of the date it names, not between two bars;
    /// ticks whose middle falls past the end of the domain are dropped.
    mutating func centre(onBarsOf precision: PartialDate.Precision) {
        positions = ticks.map { tick in
            let date = CivilCalendar.civil(fromDayNumber: tick.day)
            let next = switch precision {
            case .year: CivilCalendar.dayNumber(year: date.year + 1, month: 1, day: 1)
            case .month: CivilCalendar.dayNumber(year: date.year + date.month / 12, month: date.month % 12 + 1, day: 1)
            case .day: tick.day + 1
            }
            return Double(tick.day + next) / 2
        }
        let kept = positions.indices.filter { positions[$0] <= scale.domain.1 }
        ticks = kept.map { ticks[$0] }
        positions = kept.map { positions[$0] }
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
        for (tick, position) in zip(ticks, positions) {
            let at = scale(position)
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
