import DescentCore
import DescentPlot

/// Where the parts of a figure go: the map on the left at the view's own aspect (round
/// things stay round), its colour bar beside it, and a column on the right with the legend
/// over the loss chart. Every part keeps some room however small the figure is asked.
struct FigureLayout {
    let width: Double
    let height: Double
    let map: PlotProjection
    let colorBar: Box
    /// The first legend row's top left, and the right edge its rows stay left of.
    let legend: (x: Double, y: Double)
    let legendRight: Double
    let chart: Box

    static let top = 48.0
    static let legendRow = 20.0
    /// Room left of the map and the chart for tick labels, under them for labels and a title.
    static let tickRoom = (left: 64.0, below: 48.0)

    init(width: Int, height: Int, view: ViewBox, runs: Int) {
        let w = Double(width), h = Double(height), top = Self.top, room = Self.tickRoom
        self.width = w
        self.height = h
        map = PlotProjection(
            fitting: view, left: room.left, top: top, width: max(w * 0.58 - room.left, 16),
            height: max(h - top - room.below, 16))
        colorBar = Box(x: map.left + map.width + 18, y: top, width: 14, height: map.height)
        let column = (left: colorBar.maxX + 78, right: w - 24)
        legend = (column.left, top)
        legendRight = column.right
        // The legend's rows, then a row saying what the marks mean.
        let chartTop = top + Self.legendRow * Double(runs + 1) + 36
        let chartBottom = min(max(top + map.height, chartTop + 120), h - room.below)
        chart = Box(
            x: column.left + room.left, y: chartTop, width: max(column.right - column.left - room.left, 16),
            height: max(chartBottom - chartTop, 16))
    }
}
