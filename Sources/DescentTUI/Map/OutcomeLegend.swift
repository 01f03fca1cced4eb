import DescentCore

/// The key right of a map, where the landscape has its colour bar: on a map of lr and μ the
/// ramp of steps to tolerance (fewest at the top) and the marks; on a map of basins each
/// basin's colour and number.
struct OutcomeLegend {
    let rect: Rect
    let shading: OutcomeShading
    /// The row under the bar, which names it.
    let titleRow: Int
    let basins: Int
    let marksBoundary: Bool
    let marksOptimum: Bool

    func draw(_ painter: inout Painter) {
        guard !rect.isEmpty else { return }
        let glyphs = painter.glyphs
        let diverged = (shading.diverged, "div")
        var entries: [(Cell, String)]
        switch shading.kind {
        case .parameters:
            entries = [(shading.unconverged(closeness: 0.5), "gap"), diverged]
            if marksBoundary { entries.append((Cell(glyphs.boundary, foreground: .accent, style: .bold), "ρ=1")) }
            if marksOptimum { entries.append((Cell(glyphs.minimum, foreground: .accent, style: .bold), "opt")) }
            drawRamp(rows: max(rect.height - entries.count - 1, 0), &painter)
            painter.text("steps", x: rect.x + 1, y: titleRow, .muted, limit: rect.width - 1)
        case .basins:
            entries = (0..<basins).map { (shading.basin($0 + 1, speed: 1), "\($0 + 1)") }
            entries += [(Cell(glyphs.stalled, foreground: .muted), "none"), diverged]
            painter.text("basin", x: rect.x + 1, y: titleRow, .muted, limit: rect.width - 1)
        }
        let first = max(rect.maxY - entries.count, rect.y)
        for (offset, (cell, label)) in entries.enumerated() where first + offset < rect.maxY {
            painter.grid[rect.x, first + offset] = cell
            painter.text(label, x: rect.x + 2, y: first + offset, .muted, limit: rect.width - 2)
        }
    }

    /// From the fewest steps (top) to the most, labelled at both ends.
    private func drawRamp(rows: Int, _ painter: inout Painter) {
        guard rows > 0, let steps = shading.steps else { return }
        for row in 0..<rows {
            let fraction = rows > 1 ? 1 - Double(row) / Double(rows - 1) : 1
            painter.grid[rect.x, rect.y + row] = shading.colorful
                ? Cell(" ", background: .heat(UInt8(fraction * 255))) : Cell(shading.shade(fraction))
        }
        painter.text(CompactNumber.format(steps.lowerBound, digits: 2), x: rect.x + 2, y: rect.y, .muted, limit: rect.width - 2)
        if rows > 1 {
            painter.text(CompactNumber.format(steps.upperBound, digits: 2), x: rect.x + 2, y: rect.y + rows - 1, .muted, limit: rect.width - 2)
        }
    }
}
