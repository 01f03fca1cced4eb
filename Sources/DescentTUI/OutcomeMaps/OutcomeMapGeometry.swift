import DescentCore
import Foundation

/// Where a map's cells and values sit on the plot. The grid is stretched over the whole plot,
/// each cell over the screen cells whose centres fall in it; a value sits at its fraction of
/// each axis (lr on a log scale), y up.
struct OutcomeMapGeometry {
    let plot: Rect
    let grid: MapGrid
    let axes: MapAxes

    /// The map cell (column, row from the bottom) that screen cell (x, y) of the plot shows.
    func mapCell(screenX x: Int, screenY y: Int) -> (x: Int, y: Int) {
        ((x - plot.x) * grid.width / max(plot.width, 1), (plot.maxY - 1 - y) * grid.height / max(plot.height, 1))
    }

    /// The screen cell at fractions (fx, fy) of the axes, or nil outside the plot.
    func screenCell(fractions f: (x: Double, y: Double)) -> (x: Int, y: Int)? {
        guard (0..<1).contains(f.x), (0..<1).contains(f.y) else { return nil }
        return (plot.x + Int(f.x * Double(plot.width)), plot.maxY - 1 - Int(f.y * Double(plot.height)))
    }

    /// The screen cell at the centre of map cell (x, y).
    func screenCell(ofMapCell x: Int, _ y: Int) -> (x: Int, y: Int)? {
        screenCell(fractions: ((Double(x) + 0.5) / Double(grid.width), (Double(y) + 0.5) / Double(grid.height)))
    }

    /// The map cell holding fractions (fx, fy), kept on the grid.
    func mapCell(fractions f: (x: Double, y: Double)) -> (x: Int, y: Int) {
        (min(max(Int((f.x * Double(grid.width)).rounded(.down)), 0), grid.width - 1),
            min(max(Int((f.y * Double(grid.height)).rounded(.down)), 0), grid.height - 1))
    }

    /// Where lr and μ sit on a map of parameters (μ halfway up when the map has no μ axis), or
    /// a point on a map of starts.
    func fractions(lr: Double, momentum: Double?) -> (x: Double, y: Double) {
        guard case .parameters(let lrRange, let momentumRange) = axes else { return (.nan, .nan) }
        let x = log(lr / lrRange.lowerBound) / log(lrRange.upperBound / lrRange.lowerBound)
        guard let momentum, grid.height > 1 else { return (x, 0.5) }
        return (x, (momentum - momentumRange.lowerBound) / (momentumRange.upperBound - momentumRange.lowerBound))
    }

    func fractions(point: Vector2) -> (x: Double, y: Double) {
        guard case .starts(let box) = axes else { return (.nan, .nan) }
        return ((point.x - box.x.lowerBound) / box.width, (point.y - box.y.lowerBound) / box.height)
    }
}
