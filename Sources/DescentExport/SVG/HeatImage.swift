import DescentCore
import DescentPlot

/// The landscape sampled on a grid over the map, one sample per pixel of the image that
/// shows it, on the same log scale and ramp as the terminal's heatmap; its iso-lines come
/// from the same samples, so lines and colours agree.
struct HeatImage {
    let map: PlotProjection
    let scale: LogLossScale?
    /// Ramp positions (`LogLossScale.rampPosition`), row by row from the top left.
    let field: SampledField

    /// About one sample per `spacing` pixels of the figure each way.
    init(landscape: AnyLandscape, over map: PlotProjection, spacing: Double) {
        self.map = map
        let columns = max(2, Int((map.width / spacing).rounded(.up))), rows = max(2, Int((map.height / spacing).rounded(.up)))
        var points: [Vector2] = []
        points.reserveCapacity(columns * rows)
        for y in 0..<rows {
            for x in 0..<columns {
                points.append(map.plane(x: map.left + (Double(x) + 0.5) * map.width / Double(columns),
                                        y: map.top + (Double(y) + 0.5) * map.height / Double(rows)))
            }
        }
        let values = landscape.values(at: points)
        let scale = LogLossScale(spanning: values)
        self.scale = scale
        field = SampledField(width: columns, height: rows, values: values.map { LogLossScale.rampPosition(of: $0, on: scale) })
    }

    /// The samples as ramp colours.
    var png: IndexedPNG {
        IndexedPNG(
            width: field.width, height: field.height, palette: HeatRamp.colors,
            pixels: field.values.map { UInt8(HeatRamp.level(atPosition: $0)) })
    }

    /// The lines of each iso-line level (`LogLossScale.contourValues`), in figure pixels.
    var contours: [[[Vector2]]] {
        guard let scale else { return [] }
        let segments = MarchingSquares.segments(in: field, at: scale.contourValues.map(scale.position))
        let cell = (x: map.width / Double(field.width), y: map.height / Double(field.height))
        return segments.map { segments in
            ContourLines.join(segments).map { line in
                line.map { Vector2(map.left + ($0.x + 0.5) * cell.x, map.top + ($0.y + 0.5) * cell.y) }
            }
        }
    }
}
