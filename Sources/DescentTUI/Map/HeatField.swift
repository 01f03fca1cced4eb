import DescentCore
import DescentPlot
import Foundation

/// The landscape sampled at every heatmap pixel, log-scaled to ramp levels, with its iso-loss
/// lines. Costly (one evaluation per sample), so `DerivedData` keeps one and builds it again
/// only when its key changes (on resize, pan, zoom and landscape).
struct HeatField: Equatable {
    /// What the field depends on.
    struct Key: Hashable {
        var landscape: AnyLandscape
        var projection: MapProjection
    }

    let key: Key
    /// How loss maps onto the ramp; nil where the view is flat (every level 0).
    let scale: LogLossScale?
    /// Ramp level per pixel, row by row from the top left: 0 = lowest loss in view.
    let levels: [UInt8]
    /// How much of each pixel an iso-loss line covers, 0 … 255: the lines are placed between
    /// the sub-pixel samples by marching squares and drawn anti-aliased, so they run smooth
    /// where pixel steps would alias into stairs.
    let contourCoverage: [UInt8]

    var width: Int { key.projection.pixelWidth }
    var height: Int { key.projection.pixelHeight }

    /// Samples per pixel along each axis: each pixel is the mean level of n × n samples, so a
    /// narrow valley (Rosenbrock's floor is thinner than a pixel) shades smoothly instead of
    /// aliasing into a checkerboard, and iso-lines are placed at sub-pixel resolution.
    static let subsamples = 2

    init(_ key: Key) {
        self.key = key
        let projection = key.projection, width = projection.pixelWidth, height = projection.pixelHeight
        let n = Self.subsamples
        var points: [Vector2] = []
        points.reserveCapacity(width * height * n * n)
        for y in 0..<height * n {
            for x in 0..<width * n {
                points.append(projection.world(pixelX: (Double(x) + 0.5) / Double(n), pixelY: (Double(y) + 0.5) / Double(n)))
            }
        }
        let values = key.landscape.values(at: points)
        let found = LogLossScale(spanning: values)
        scale = found
        let positions = values.map { LogLossScale.rampPosition(of: $0, on: found) }
        levels = Self.pixelLevels(positions, width: width, height: height)
        let field = SampledField(width: width * n, height: height * n, values: positions)
        contourCoverage = Self.coverage(
            of: field, at: found.map { s in s.contourValues.map(s.position) } ?? [], width: width, height: height)
    }

    func level(x: Int, y: Int) -> UInt8 { levels[y * width + x] }
    func coverage(x: Int, y: Int) -> UInt8 { contourCoverage[y * width + x] }

    /// The iso-lines' places on the ramp, in levels (0 … 255, fractional).
    var contourLevels: [Double] {
        guard let scale else { return [] }
        return scale.contourValues.map { scale.position($0) * 255 }
    }

    private static func pixelLevels(_ positions: [Double], width: Int, height: Int) -> [UInt8] {
        let n = subsamples
        var result = [UInt8](repeating: 0, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                var sum = 0
                for dy in 0..<n {
                    for dx in 0..<n { sum += HeatRamp.level(atPosition: positions[(y * n + dy) * width * n + x * n + dx]) }
                }
                result[y * width + x] = UInt8(sum / (n * n))
            }
        }
        return result
    }

    /// Each line's pieces from marching squares, drawn into the pixels as a tent one pixel
    /// wide each way from the line. Where the ramp climbs more than half the gap between two
    /// lines within a pixel, the lines would crowd into a dark smear: the colour steps show
    /// the slope there already, so those pieces are left out.
    private static func coverage(of field: SampledField, at contours: [Double], width: Int, height: Int) -> [UInt8] {
        var coverage = [Double](repeating: 0, count: width * height)
        let n = Double(subsamples)
        let gap = zip(contours, contours.dropFirst()).map { $1 - $0 }.min() ?? 1
        for segments in MarchingSquares.segments(in: field, at: contours) {
            for segment in segments {
                guard climb(of: field, around: segment) * n <= gap / 2 else { continue }
                // Sample (i, j) sits at pixel coordinates ((i + 0.5) / n, (j + 0.5) / n).
                let a = Vector2((segment.from.x + 0.5) / n, (segment.from.y + 0.5) / n)
                let b = Vector2((segment.to.x + 0.5) / n, (segment.to.y + 0.5) / n)
                for y in max(0, Int(min(a.y, b.y) - 1))...min(height - 1, Int(max(a.y, b.y) + 1)) {
                    for x in max(0, Int(min(a.x, b.x) - 1))...min(width - 1, Int(max(a.x, b.x) + 1)) {
                        let d = distance(from: Vector2(Double(x) + 0.5, Double(y) + 0.5), toSegment: a, b)
                        coverage[y * width + x] = max(coverage[y * width + x], 1 - d)
                    }
                }
            }
        }
        return coverage.map { UInt8(($0 * 255).rounded()) }
    }

    /// How much the field changes across the grid cell a piece lies in.
    private static func climb(of field: SampledField, around segment: ContourSegment) -> Double {
        // A piece along a cell's far edge has its middle on the next cell's near edge.
        let x = min(Int((segment.from.x + segment.to.x) / 2), field.width - 2)
        let y = min(Int((segment.from.y + segment.to.y) / 2), field.height - 2)
        let corners = [field[x, y], field[x + 1, y], field[x, y + 1], field[x + 1, y + 1]]
        return corners.max()! - corners.min()!
    }

    private static func distance(from p: Vector2, toSegment a: Vector2, _ b: Vector2) -> Double {
        let ab = b - a, ap = p - a
        let lengthSquared = ab.x * ab.x + ab.y * ab.y
        let t = lengthSquared > 0 ? min(max((ap.x * ab.x + ap.y * ab.y) / lengthSquared, 0), 1) : 0
        let d = ap - t * ab
        return (d.x * d.x + d.y * d.y).squareRoot()
    }
}
