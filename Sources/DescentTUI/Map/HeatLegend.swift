import DescentPlot
import Foundation

/// The colour bar right of the map, as btop draws its meters: the ramp from the highest loss in
/// view (top) to the lowest (bottom), shaded as the map is, with the loss at each iso-line, the
/// edges of the bands. Where edges crowd, the decades keep their labels first.
struct HeatLegend {
    let rect: Rect
    let shading: HeatShading
    /// The row under the bar, which names it.
    let titleRow: Int

    func draw(_ painter: inout Painter) {
        guard !rect.isEmpty else { return }
        let pixels = rect.height * 2, contours = shading.heat.contourLevels
        // Pixel p spans the levels from `edge(p)` down to `edge(p + 1)`.
        func edge(_ p: Int) -> Double { 255 * (1 - Double(p) / Double(pixels)) }
        func level(_ p: Int) -> UInt8 { UInt8(Int(truncating: (edge(p) + edge(p + 1)) / 2, within: 0...255)) }
        func coverage(_ p: Int) -> UInt8 { contours.contains { $0 <= edge(p) && $0 > edge(p + 1) } ? 255 : 0 }
        for row in 0..<rect.height {
            painter.grid[rect.x, rect.y + row] = shading.cell(
                upper: level(2 * row), lower: level(2 * row + 1), coverage: (coverage(2 * row), coverage(2 * row + 1)))
        }
        for (row, label) in labels() {
            painter.text(label, x: rect.x + 2, y: rect.y + row, .muted, limit: rect.width - 2)
        }
        painter.text("loss", x: rect.x + 2, y: titleRow, .muted, limit: rect.width - 2)
    }

    /// A label per iso-line on a row of its own: the loss there, with the digits that read back
    /// within a fifth of the band below it.
    private func labels() -> [(row: Int, text: String)] {
        guard let scale = shading.heat.scale else { return [] }
        let values = scale.contourValues
        var taken: [Int: String] = [:]
        let decadesFirst = values.indices.sorted { ContourLevels.isDecade(values[$0] - scale.low) && !ContourLevels.isDecade(values[$1] - scale.low) }
        for i in decadesFirst {
            let row = min(Int(truncating: (1 - scale.position(values[i])) * Double(rect.height), within: 0...rect.height), rect.height - 1)
            guard taken[row] == nil else { continue }
            let below = i > 0 ? values[i - 1] : scale.low
            taken[row] = CompactNumber.shortest(values[i], within: (values[i] - below) / 5, fewest: 1)
        }
        return taken.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }
}
