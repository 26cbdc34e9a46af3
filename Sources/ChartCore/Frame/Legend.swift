/// A colour key: swatch and label pairs in a row that wraps, at the top of the plot area.
///
/// Placed between the subtitle and the plot, so it never covers data.
public enum Legend {
    /// Adds the legend to `builder` at the top of `content` and returns the area left below it.
    public static func layout(_ entries: [(label: String, color: Color)], in content: Rect, theme: Theme,
                              into builder: inout SceneBuilder) -> Rect {
        let font = theme.label
        let lineHeight = builder.lineHeight(font)
        let swatch = 0.75 * lineHeight
        var x = content.x, y = content.y
        for entry in entries {
            let width = swatch + theme.gap * 1.5 + builder.measurer.measure(entry.label, font: font).width
            if x > content.x && x + width > content.maxX {
                x = content.x
                y += lineHeight + theme.gap
            }
            builder.rect(Rect(x: x, y: y + (lineHeight - swatch) / 2, width: swatch, height: swatch), fill: entry.color,
                         role: .legendSwatch)
            builder.text(entry.label, font: font, color: theme.ink, at: Point(x + swatch + theme.gap * 1.5, y), role: .legend)
            x += width + 5 * theme.gap
        }
        let bottom = y + lineHeight + 3 * theme.gap
        return Rect(x: content.x, y: bottom, width: content.width, height: max(0, content.maxY - bottom))
    }
}
