/// Where everything goes on a screen of a given size: the map (with its tick labels) on the
/// left, the side panel on the right, the status line at the bottom. A pure function of the
/// size, so `update` (mouse hits, the heatmap's key) and `view` agree without sharing state.
struct ScreenLayout: Hashable {
    static let minimumWidth = 60
    static let minimumHeight = 16
    /// Room for a y tick label such as `-2.5e3` and a space.
    static let tickColumnWidth = 7
    /// The colour bar right of the plot: the bar, a space and a label such as `-78.33`.
    static let legendWidth = 8
    /// Narrower than this, the map keeps the colour bar's columns for itself.
    static let legendMinimumWidth = 80

    let width: Int
    let height: Int
    /// The heatmap itself.
    let plot: Rect
    /// Labels left of the plot.
    let yTicks: Rect
    /// Labels under the plot.
    let xTicks: Rect
    /// The colour bar right of the plot (empty on a narrow terminal).
    let legend: Rect
    /// The vertical rule between map and panel.
    let separatorX: Int
    let panel: Rect
    let statusRow: Int

    init(width: Int, height: Int) {
        self.width = width
        self.height = height
        // About a third of the width, within what the run rows and charts need to read well;
        // on a narrow terminal no wider than the map, which matters more.
        let preferred = min(42, max(36, width * 3 / 10))
        let panelWidth = width - preferred - 1 - Self.tickColumnWidth >= preferred ? preferred : max(28, (width - 8) / 2)
        separatorX = width - panelWidth - 1
        panel = Rect(x: separatorX + 1, y: 0, width: panelWidth, height: height - 1)
        let mapRows = height - 2
        yTicks = Rect(x: 0, y: 0, width: Self.tickColumnWidth, height: mapRows)
        let legendWidth = width >= Self.legendMinimumWidth ? Self.legendWidth : 0
        plot = Rect(x: Self.tickColumnWidth, y: 0, width: separatorX - Self.tickColumnWidth - legendWidth, height: mapRows)
        legend = Rect(x: plot.maxX, y: 0, width: legendWidth, height: mapRows)
        xTicks = Rect(x: plot.x, y: mapRows, width: plot.width, height: 1)
        statusRow = height - 1
    }

    /// False below the minimum size: the view shows a notice instead of a cramped frame.
    var fits: Bool { width >= Self.minimumWidth && height >= Self.minimumHeight }
}
