import DescentPlot

/// How a figure looks around the data: dark, as the terminal view, so that the run colours
/// (light, chosen to stand out on viridis) read in the legend and the chart as on the map.
enum FigureStyle {
    static let background = InterfaceColors.panel.hex
    static let text = InterfaceColors.text.hex
    static let muted = InterfaceColors.muted.hex
    static let accent = InterfaceColors.accent.hex
    static let danger = InterfaceColors.danger.hex
    static let font = "DejaVu Sans, Helvetica, Arial, sans-serif"
    static let fontSize = "13"
}
