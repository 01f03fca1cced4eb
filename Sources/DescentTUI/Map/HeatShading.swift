/// How the heatmap looks on a given terminal: half blocks in ramp colours (two pixels per
/// cell), coloured blanks without Unicode, or a ramp of shading glyphs without colour.
struct HeatShading {
    let heat: HeatField
    let capabilities: TerminalCapabilities
    let glyphs: GlyphSet
    /// The levels that bound the bands between iso-lines, from 0 to 255.
    private let bandEdges: [Double]

    init(heat: HeatField, capabilities: TerminalCapabilities, glyphs: GlyphSet) {
        self.heat = heat
        self.capabilities = capabilities
        self.glyphs = glyphs
        bandEdges = [0] + heat.contourLevels + [255]
    }

    /// A pixel under an iso-line: the ramp a stretch darker, as much as the line covers it, a
    /// shadow of the same hue rather than a hard line. In the darkest quarter there is nothing
    /// darker to draw with, so the line is a stretch lighter.
    static func shaded(_ level: UInt8, coverage: UInt8) -> CellColor {
        let stretch = level >= 64 ? -64 : 48
        return .heat(UInt8(Int(level) + stretch * Int(coverage) / 255))
    }

    /// The map cell at `column`, `row` of the plot: its upper and lower pixel.
    func cell(column: Int, row: Int) -> Cell {
        cell(
            upper: heat.level(x: column, y: 2 * row), lower: heat.level(x: column, y: 2 * row + 1),
            coverage: (heat.coverage(x: column, y: 2 * row), heat.coverage(x: column, y: 2 * row + 1)))
    }

    /// A cell of two pixels at ramp levels `upper` and `lower`, as much under iso-lines as
    /// `coverage` says: the map's, or the colour bar's beside it.
    func cell(upper: UInt8, lower: UInt8, coverage: (upper: UInt8, lower: UInt8)) -> Cell {
        switch (capabilities.colors, capabilities.unicode) {
        case (.monochrome, _):
            let shades = glyphs.shades
            return Cell(shades[Int(Self.average(upper, lower)) * shades.count / 256])
        case (.indexed256, true):
            // The palette's 14 steps of the ramp are iso-loss bands already; darkened
            // contours on top of them only checker the coarse steps.
            return Cell(glyphs.halfBlock, foreground: .heat(upper), background: .heat(lower))
        case (.truecolor, true):
            return Cell(
                glyphs.halfBlock, foreground: Self.shaded(upper, coverage: coverage.upper),
                background: Self.shaded(lower, coverage: coverage.lower))
        case (_, false):
            return Cell(" ", background: .heat(band(of: Self.average(upper, lower))))
        }
    }

    /// A cell without Unicode is one colour: that of the band between two iso-lines its level
    /// falls in (the band's middle), so band edges run as clean steps instead of speckling
    /// where levels straddle a line.
    func band(of level: UInt8) -> UInt8 {
        let upper = bandEdges.firstIndex { $0 > Double(level) } ?? bandEdges.count - 1
        return UInt8((bandEdges[max(upper - 1, 0)] + bandEdges[upper]) / 2)
    }

    /// What a glyph drawn over the map cell at `column`, `row` (a path, a marker) sits on.
    func background(column: Int, row: Int) -> CellColor {
        guard capabilities.colors != .monochrome else { return .terminalDefault }
        let level = Self.average(heat.level(x: column, y: 2 * row), heat.level(x: column, y: 2 * row + 1))
        return .heat(capabilities.unicode ? level : band(of: level))
    }

    private static func average(_ a: UInt8, _ b: UInt8) -> UInt8 { UInt8((Int(a) + Int(b)) / 2) }
}
