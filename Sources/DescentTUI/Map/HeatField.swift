import DescentCore
import Foundation

/// The landscape sampled at every heatmap pixel, log-scaled to ramp levels, with the pixels
/// that lie on an iso-loss contour. Costly (one evaluation per pixel), so `DerivedData` keeps
/// one and builds it again only when its key changes (on resize, pan, zoom and landscape).
struct HeatField: Equatable {
    /// What the field depends on.
    struct Key: Hashable {
        var landscape: AnyLandscape
        var projection: MapProjection
    }

    /// Contour lines are drawn where the level crosses one of this many equal steps of log loss.
    static let bands = 10

    let key: Key
    /// Ramp level per pixel, row by row from the top left: 0 = lowest loss in view.
    let levels: [UInt8]
    /// True where a pixel's band differs from its right or lower neighbour's.
    let contours: [Bool]

    var width: Int { key.projection.pixelWidth }
    var height: Int { key.projection.pixelHeight }

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
        levels = Self.pixelLevels(Self.logLevels(values), width: width, height: height)
        contours = Self.contours(levels, width: width, height: height)
    }

    /// Each pixel is the mean level of n × n samples: a narrow valley (Rosenbrock's floor is
    /// thinner than a pixel) then shades smoothly instead of aliasing into a checkerboard.
    static let subsamples = 2

    private static func pixelLevels(_ samples: [UInt8], width: Int, height: Int) -> [UInt8] {
        let n = subsamples
        var result = [UInt8](repeating: 0, count: width * height)
        for y in 0..<height {
            for x in 0..<width {
                var sum = 0
                for dy in 0..<n {
                    for dx in 0..<n { sum += Int(samples[(y * n + dy) * width * n + x * n + dx]) }
                }
                result[y * width + x] = UInt8(sum / (n * n))
            }
        }
        return result
    }

    func level(x: Int, y: Int) -> UInt8 { levels[y * width + x] }
    func isContour(x: Int, y: Int) -> Bool { contours[y * width + x] }

    /// log(f − f_min + δ) spread over 0 … 255. δ, a thousandth of the range, decides how many
    /// decades the ramp shows below the highest loss (three): enough to see a valley floor
    /// without the noise of the last digits around the minimum.
    private static func logLevels(_ values: [Double]) -> [UInt8] {
        // One pass without a filtered copy: a frame at 300×100 samples about 200,000 points.
        var low = Double.infinity, high = -Double.infinity
        for v in values where v.isFinite {
            low = min(low, v)
            high = max(high, v)
        }
        guard high > low else {
            return [UInt8](repeating: 0, count: values.count)
        }
        let delta = (high - low) * 1e-3
        let floor = log(delta), span = log(high - low + delta) - floor
        return values.map { v in
            guard v.isFinite else { return 255 }
            return UInt8(Int(truncating: (log(v - low + delta) - floor) / span * 255, within: 0...255))
        }
    }

    /// A pixel is on a contour where its band differs from its right or lower neighbour's,
    /// unless the level changes by more than half a band there: where bands are that thin the
    /// colour steps show them already, and lines would only blacken the slope.
    private static func contours(_ levels: [UInt8], width: Int, height: Int) -> [Bool] {
        let bandWidth = 256 / bands
        func crosses(_ i: Int, _ j: Int) -> Bool {
            let a = Int(levels[i]), b = Int(levels[j])
            return a / bandWidth != b / bandWidth && abs(a - b) <= bandWidth / 2
        }
        var result = [Bool](repeating: false, count: levels.count)
        for y in 0..<height {
            for x in 0..<width {
                let i = y * width + x
                result[i] = (x + 1 < width && crosses(i, i + 1)) || (y + 1 < height && crosses(i, i + width))
            }
        }
        return result
    }
}
