import DescentPlot

/// The ramp beside the map, from the highest loss in view (top) to the lowest, a line across
/// it at each iso-line's loss and the decades labelled, as the terminal's legend does.
struct ColorBar {
    let box: Box
    let scale: LogLossScale?

    func draw(into svg: inout SVGDocument) {
        let c = FixedDecimal.coordinate
        let ramp = IndexedPNG(width: 1, height: 256, palette: HeatRamp.colors, pixels: (0...255).reversed().map(UInt8.init))
        svg.element(
            "image",
            [
                "x": c(box.x), "y": c(box.y), "width": c(box.width), "height": c(box.height), "preserveAspectRatio": "none",
                "xlink:href": "data:image/png;base64," + Base64.encode(ramp.bytes),
            ])
        svg.element(
            "rect",
            ["x": c(box.x), "y": c(box.y), "width": c(box.width), "height": c(box.height), "fill": "none",
             "stroke": FigureStyle.muted])
        svg.text("loss", ["x": c(box.x), "y": c(box.y - 8), "fill": FigureStyle.text])
        guard let scale else { return }
        for value in scale.contourValues {
            let y = box.maxY - scale.position(value) * box.height
            svg.element(
                "line",
                ["x1": c(box.x), "y1": c(y), "x2": c(box.maxX), "y2": c(y), "stroke": "#ffffff", "stroke-opacity": "0.5"])
            guard ContourLevels.isDecade(value - scale.low) else { continue }
            svg.text(
                SignificantDigits.format(value, digits: 3),
                ["x": c(box.maxX + 6), "y": c(y + 4), "fill": FigureStyle.muted])
        }
    }
}
