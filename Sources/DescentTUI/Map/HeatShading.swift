/// How the heatmap looks on a given terminal: half blocks in ramp colours (two pixels per
/// cell), coloured blanks without Unicode, or a ramp of shading glyphs without colour.
struct HeatShading {
    let heat: HeatField
    let capabilities: TerminalCapabilities
    let glyphs: GlyphSet

    /// Iso-loss lines: the ramp a stretch darker than the band they border, a shadow of the
    /// same hue rather than a hard line, so that dense contours do not blacken a slope. In the
    /// darkest quarter there is nothing darker to draw with, so the line is a stretch lighter.
    static func contour(_ level: UInt8) -> CellColor {
        .heat(level >= 64 ? level - 64 : level + 48)
    }

    /// The map cell at `column`, `row` of the plot: its upper and lower pixel.
    func cell(column: Int, row: Int) -> Cell {
        let upper = heat.level(x: column, y: 2 * row), lower = heat.level(x: column, y: 2 * row + 1)
        let upperContour = heat.isContour(x: column, y: 2 * row), lowerContour = heat.isContour(x: column, y: 2 * row + 1)
        switch (capabilities.colors, capabilities.unicode) {
        case (.monochrome, _):
            let shades = glyphs.shades
            return Cell(shades[Int(Self.average(upper, lower)) * shades.count / 256])
        case (.indexed256, true):
            // The palette's 14 steps of the ramp are iso-loss bands already; darkened
            // contours on top of them only checker the coarse steps.
            return Cell(glyphs.halfBlock, foreground: .heat(upper), background: .heat(lower))
        case (_, true):
            return Cell(
                glyphs.halfBlock, foreground: upperContour ? Self.contour(upper) : .heat(upper),
                background: lowerContour ? Self.contour(lower) : .heat(lower))
        case (_, false):
            let level = Self.average(upper, lower)
            return Cell(" ", background: upperContour && lowerContour ? Self.contour(level) : .heat(level))
        }
    }

    /// What a glyph drawn over the map cell at `column`, `row` (a path, a marker) sits on.
    func background(column: Int, row: Int) -> CellColor {
        guard capabilities.colors != .monochrome else { return .terminalDefault }
        return .heat(Self.average(heat.level(x: column, y: 2 * row), heat.level(x: column, y: 2 * row + 1)))
    }

    private static func average(_ a: UInt8, _ b: UInt8) -> UInt8 { UInt8((Int(a) + Int(b)) / 2) }
}
