/// The parts of a chart around its plot: the background, title and subtitle on top, notes and
/// source below.
///
/// Title and subtitle are set top-left, wrapped to the canvas; notes and the source line sit at
/// the bottom-left in the footer style. What is left between them is the content area.
public struct ChartFrame {
    /// The texts of the frame.
    public struct Texts: Equatable, Sendable {
        public var title: String
        public var subtitle: String?
        public var notes: String?
        public var source: String?

        /// Creates the frame texts.
        public init(title: String, subtitle: String? = nil, notes: String? = nil, source: String? = nil) {
            self.title = title
            self.subtitle = subtitle
            self.notes = notes
            self.source = source
        }
    }

    /// Adds the background and the frame's texts to `builder`; returns the content area left for the plot.
    public static func layout(_ texts: Texts, width: Double, height: Double, theme: Theme,
                              into builder: inout SceneBuilder) -> Rect {
        builder.rect(Rect(x: 0, y: 0, width: width, height: height), fill: theme.background, role: .background)
        let margin = theme.margin
        let innerWidth = width - 2 * margin
        var top = margin
        let titleLines = TextWrapper(measurer: builder.measurer, font: theme.title)
            .wrap(texts.title, maxWidth: innerWidth).lines
        top += builder.lines(titleLines, font: theme.title, color: theme.ink, x: margin, top: top, role: .title)
        if let subtitle = texts.subtitle, !subtitle.isEmpty {
            top += theme.gap
            let lines = TextWrapper(measurer: builder.measurer, font: theme.subtitle)
                .wrap(subtitle, maxWidth: innerWidth).lines
            top += builder.lines(lines, font: theme.subtitle, color: theme.secondaryInk, x: margin, top: top,
                                 role: .subtitle)
        }
        top += 4 * theme.gap

        let footerWrapper = TextWrapper(measurer: builder.measurer, font: theme.footer)
        var footer = TextBlock()
        for (text, role) in [(texts.notes, SceneRole.note), (texts.source, .source)] {
            guard let text else { continue }
            footer.append(footerWrapper.wrap(text, maxWidth: innerWidth).lines, font: theme.footer, color: theme.mutedInk,
                          role: role, measurer: builder.measurer)
        }
        let footerHeight = footer.height
        footer.draw(x: margin, top: height - margin - footerHeight, into: &builder)
        let contentBottom = height - margin - footerHeight - (footerHeight > 0 ? 3 * theme.gap : 0)
        return Rect(x: margin, y: top, width: innerWidth, height: max(0, contentBottom - top))
    }
}
