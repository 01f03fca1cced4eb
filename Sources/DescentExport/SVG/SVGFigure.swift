import DescentCore

/// `descent render --svg`: a scenario's runs up to a step as a standalone SVG 1.1 figure: the
/// map (heatmap, iso-lines, every run's path at every sample, its marks, axes) with its colour
/// bar, a legend, and the loss chart. Text is text; numbers have fixed decimals; the same
/// scenario and step give the same bytes.
public enum SVGFigure {
    public static let defaultSize = (width: 1200, height: 800)
    /// The figure's sides in pixels: room for the map and the chart at the least, a poster
    /// at the most.
    public static let sides = 320...8000
    /// Figure pixels per landscape sample each way: fine enough for a smooth heatmap, coarse
    /// enough to keep the embedded image small.
    static let heatSpacing = 3.0

    /// The figure of `spec`'s runs up to `step` (nil: each to its end), `width` × `height`
    /// pixels (each in `sides`).
    public static func render(_ spec: SimulationSpec, throughStep step: Int?, width: Int, height: Int) -> String {
        let shown = min(step ?? spec.steps, spec.steps)
        let runs = RunPath.all(of: spec, through: shown)
        let layout = FigureLayout(width: width, height: height, view: spec.view, runs: runs.count)
        let heat = HeatImage(landscape: spec.landscape, over: layout.map, spacing: heatSpacing)
        var svg = SVGDocument(width: width, height: height)
        svg.begin(
            "g",
            ["font-family": FigureStyle.font, "font-size": FigureStyle.fontSize])
        svg.element("rect", ["width": "\(width)", "height": "\(height)", "fill": FigureStyle.background])
        svg.text(
            "\(DisplayText.clean(spec.name)) · step \(shown) of \(spec.steps)",
            ["x": "20", "y": "28", "fill": FigureStyle.text, "font-size": "16", "font-weight": "bold"])
        let minima = spec.landscape.minima.map(\.position).filter(spec.view.contains)
        MapPanel(map: layout.map, view: spec.view, heat: heat, runs: runs, minima: minima).draw(into: &svg)
        ColorBar(box: layout.colorBar, scale: heat.scale).draw(into: &svg)
        Legend(origin: layout.legend, right: layout.legendRight, runs: runs).draw(into: &svg)
        LossChart(box: layout.chart, runs: runs, steps: spec.steps, shownStep: shown).draw(into: &svg)
        return svg.finish()
    }
}
