extension TimelineLayout {
    /// Draws the eras as shaded bands along the time axis, across `across`, each labelled at its
    /// start: in a row before the plot when horizontal (cut with "…" where the next era starts),
    /// inside the band at its far edge when vertical (cut to the room right of `marksEnd`, clear of
    /// the marks). A label that would
    /// cover another era's is left out; every cut or omission is a warning. Returns the bands and
    /// the labels' boxes.
    func drawEras(scale: TimeScale, plot: Rect, across: (Double, Double), orientation o: Orientation, labelRow: Double,
                  marksEnd: Double = 0, into builder: inout SceneBuilder, warnings: inout [String]) -> (bands: [Rect], labels: [Rect]) {
        let gap = theme.gap
        let along = o.along(plot)
        let starts = chart.eras.map { max(along.0, scale(Double($0.start.period.lowerBound))) }
        var bands: [Rect] = [], labels: [Rect] = []
        for (index, era) in chart.eras.enumerated() {
            let start = starts[index], end = min(along.1, scale(Double(era.end.period.upperBound)))
            let band = o.rect(along: (start, max(start, end)), across: across)
            bands.append(band)
            builder.rect(band, fill: eraFill, role: .era)
            let room: Double, at: Point, anchor: TextAnchor
            switch o {
            case .horizontal:
                let next = starts.filter { $0 > start }.min() ?? plot.maxX
                room = min(next, plot.maxX) - start - 2 * gap
                (at, anchor) = (Point(start + gap, labelRow), .topLeft)
            case .vertical:
                room = across.1 - max(across.0, marksEnd) - 2 * gap
                (at, anchor) = (Point(across.1, start + gap / 2), TextAnchor(.right, .top))
            }
            guard let (text, shortened) = eraLabel(era.label, maxWidth: room) else {
                warnings.append("the era label “\(era.label)” was left out: no room for it")
                continue
            }
            let run = builder.run(text, font: theme.detail, color: theme.secondaryInk, at: at, anchor: anchor)
            if labels.contains(where: { $0.insetBy(-gap).intersects(run.bounds) }) {
                warnings.append("the era label “\(era.label)” was left out: it would cover the label of another era")
                continue
            }
            builder.append(SceneItem(.eraLabel, .text(run)))
            labels.append(run.bounds)
            if shortened { warnings.append("the era label “\(era.label)” was shortened to fit") }
        }
        return (bands, labels)
    }
}
