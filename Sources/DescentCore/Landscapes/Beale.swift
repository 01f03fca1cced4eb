/// Beale's function: flat plateaus and sharp ridges around a single minimum at (3, 0.5).
public struct Beale: LaneLandscape, Hashable {
    init() {}

    @inline(__always)
    func value<S: LaneScalar>(at p: LaneVector<S>) -> S {
        let (r1, r2, r3) = residuals(p)
        return r1 * r1 + r2 * r2 + r3 * r3
    }

    @inline(__always)
    func gradient<S: LaneScalar>(at p: LaneVector<S>) -> LaneVector<S> {
        let (r1, r2, r3) = residuals(p)
        let y = p.y, y2 = y * y
        return LaneVector(
            2 * r1 * (y - 1) + 2 * r2 * (y2 - 1) + 2 * r3 * (y2 * y - 1),
            2 * p.x * (r1 + 2 * r2 * y + 3 * r3 * y2)
        )
    }

    @inline(__always)
    func residuals<S: LaneScalar>(_ p: LaneVector<S>) -> (S, S, S) {
        let x = p.x, y = p.y
        return (1.5 - x + x * y, 2.25 - x + x * y * y, 2.625 - x + x * y * y * y)
    }

    var defaultView: ViewBox { .square(4.5) }
    var defaultStart: Vector2 { Vector2(-1, 1.5) }
    var minima: [KnownMinimum] { [KnownMinimum(Vector2(3, 0.5), value: 0)] }
}
