import DescentCore
import DescentPlot

/// Maps the plane to the plot and back. A heatmap pixel is one cell wide and half a cell
/// tall (the ▀ half block), a braille dot half a pixel each way; both are about square, so
/// one scale serves x and y and the landscape keeps its true shape (gradients cross contours
/// at right angles). The view box is widened in one direction to the plot's aspect, around its centre.
struct MapProjection: Hashable {
    let plot: Rect
    /// The plane in heatmap pixels from the plot's top left.
    let pixels: PlotProjection

    /// A `view` beyond what can be shown is clamped first (`ViewBox.clamped`), so that the
    /// scale and the origin are finite whatever box a spec holds.
    init(view requested: ViewBox, plot: Rect) {
        self.plot = plot
        let view = requested.clamped
        let pixelWidth = Double(max(plot.width, 1)), pixelHeight = Double(max(plot.height * 2, 1))
        let scale = max(view.width / pixelWidth, view.height / pixelHeight)
        let center = view.center
        pixels = PlotProjection(
            origin: Vector2(center.x - scale * pixelWidth / 2, center.y + scale * pixelHeight / 2), scale: scale,
            width: Double(plot.width), height: Double(plot.height * 2))
    }

    /// World units per pixel.
    var scale: Double { pixels.scale }
    var pixelWidth: Int { plot.width }
    var pixelHeight: Int { plot.height * 2 }

    /// The part of the plane the plot shows.
    var visible: ViewBox { pixels.visible }

    /// The world point at pixel coordinates (from the plot's top left, y down; 0.5 is a pixel's centre).
    func world(pixelX: Double, pixelY: Double) -> Vector2 {
        pixels.plane(x: pixelX, y: pixelY)
    }

    /// Braille dot coordinates of a world point, continuous (x right, y down from the plot's top left).
    func dot(_ p: Vector2) -> (x: Double, y: Double) {
        let pixel = pixels.picture(p)
        return (pixel.x * 2, pixel.y * 2)
    }

    /// The screen cell that shows a world point, or nil when it is outside the plot (or not finite).
    func cell(_ p: Vector2) -> (x: Int, y: Int)? {
        let d = dot(p)
        guard d.x >= 0, d.y >= 0, d.x < Double(plot.width * 2), d.y < Double(plot.height * 4) else { return nil }
        return (plot.x + Int(screen: d.x) / 2, plot.y + Int(screen: d.y) / 4)
    }

    /// The world point at the centre of a screen cell.
    func world(cellX: Int, cellY: Int) -> Vector2 {
        world(pixelX: Double(cellX - plot.x) + 0.5, pixelY: Double(cellY - plot.y) * 2 + 1)
    }
}
