import DescentCore
import Foundation
import Testing

@testable import DescentPlot

/// Iso-lines against closed forms: the circles of a quadratic bowl.
@Suite struct MarchingSquaresTests {
    /// f = x² + y² on a grid of `n` × `n` points over [−1, 1]², in grid coordinates.
    func bowl(_ n: Int) -> (field: SampledField, plane: (Vector2) -> Vector2) {
        let scale = 2 / Double(n - 1)
        let plane = { (p: Vector2) in Vector2(-1 + p.x * scale, -1 + p.y * scale) }
        var values: [Double] = []
        for y in 0..<n {
            for x in 0..<n {
                let p = plane(Vector2(Double(x), Double(y)))
                values.append(p.x * p.x + p.y * p.y)
            }
        }
        return (SampledField(width: n, height: n, values: values), plane)
    }

    /// Every end lies on the circle f = level, to within what linear interpolation between
    /// samples a grid step apart can miss (f'' = 2, so about h²/4 of f).
    @Test(arguments: [0.04, 0.25, 0.5, 0.81])
    func endsLieOnTheCircle(level: Double) {
        let n = 41, (field, plane) = bowl(n), h = 2 / Double(n - 1)
        let segments = MarchingSquares.segments(in: field, at: level)
        #expect(segments.count > 8)
        for segment in segments {
            for end in [segment.from, segment.to] {
                let p = plane(end)
                #expect(abs(p.x * p.x + p.y * p.y - level) <= h * h / 2, "\(p)")
            }
        }
        // The pieces go all round: the longest way round in grid steps is about 2πr / h.
        let length = segments.map { s in let d = plane(s.to) - plane(s.from); return (d.x * d.x + d.y * d.y).squareRoot() }
        #expect(abs(length.reduce(0, +) - 2 * Double.pi * level.squareRoot()) < 0.02 * 2 * Double.pi * level.squareRoot())
    }

    /// A circle inside the grid is closed: each end meets exactly one other piece, bit for bit
    /// (at 0.5 the circle runs through grid points, (±0.5, ±0.5)).
    @Test(arguments: [0.04, 0.5, 0.81])
    func aCircleIsClosed(level: Double) {
        let segments = MarchingSquares.segments(in: bowl(33).field, at: level)
        var ends: [Vector2: Int] = [:]
        for segment in segments {
            ends[segment.from, default: 0] += 1
            ends[segment.to, default: 0] += 1
        }
        #expect(!ends.isEmpty)
        #expect(ends.values.allSatisfy { $0 == 2 })
    }

    /// A level above every sample, or below, has no line; a cell with a corner that is not a
    /// number has none either.
    @Test func noLineWhereTheLevelIsNotCrossed() {
        let field = bowl(9).field
        #expect(MarchingSquares.segments(in: field, at: 3).isEmpty)
        #expect(MarchingSquares.segments(in: field, at: -1).isEmpty)
        let holed = SampledField(width: 2, height: 2, values: [0, .nan, 1, 1])
        #expect(MarchingSquares.segments(in: holed, at: 0.5).isEmpty)
    }

    /// A saddle cell (opposite corners above the level) is split by the mean of its corners:
    /// above it, the high corners join through the middle and the lines cut off the low ones.
    @Test func saddlesFollowTheCentre() {
        // Top left 1, top right 0, bottom left 0.1, bottom right 1: the mean 0.525 is above 0.5.
        let high = SampledField(width: 2, height: 2, values: [1, 0, 0.1, 1])
        let lines = MarchingSquares.segments(in: high, at: 0.5)
        #expect(lines.count == 2)
        // The low corners are top right (1, 0) and bottom left (0, 1): each line stays near one.
        let nearTopRight = lines.filter { s in s.from.x > 0.4 && s.to.x > 0.4 && s.from.y < 0.6 && s.to.y < 0.6 }
        #expect(nearTopRight.count == 1)
    }
}
