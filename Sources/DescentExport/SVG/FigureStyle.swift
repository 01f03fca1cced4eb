/// How a figure looks around the data: dark, as the terminal view, so that the run colours
/// (light, chosen to stand out on viridis) read in the legend and the chart as on the map.
enum FigureStyle {
    static let background = "#1c1c1c"
    static let text = "#e6e6e6"
    static let muted = "#8a8a8a"
    static let accent = "#ffd75f"
    static let font = "DejaVu Sans, Helvetica, Arial, sans-serif"
    static let fontSize = "13"
}
