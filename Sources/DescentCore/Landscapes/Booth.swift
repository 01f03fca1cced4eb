/// Booth's function: a gently tilted quadratic bowl with its minimum at (1, 3).
public struct Booth: LaneLandscape, Hashable {
    init() {}

    @inline(__always)
    func value<S: LaneScalar>(at p: LaneVector<S>) -> S {
        let u = p.x + 2 * p.y - 7, v = 2 * p.x + p.y - 5
        return u * u + v * v
    }

    @inline(__always)
    func gradient<S: LaneScalar>(at p: LaneVector<S>) -> LaneVector<S> {
        LaneVector(10 * p.x + 8 * p.y - 34, 8 * p.x + 10 * p.y - 38)
    }

    var defaultView: ViewBox { .square(10) }
    var defaultStart: Vector2 { Vector2(-8, 8) }
    var minima: [KnownMinimum] { [KnownMinimum(Vector2(1, 3), value: 0)] }
}
