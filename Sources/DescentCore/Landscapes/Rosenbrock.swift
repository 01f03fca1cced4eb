/// Rosenbrock's banana valley, `(a − x)² + b(y − x²)²`: easy to find, slow to follow.
public struct Rosenbrock: LaneLandscape, Hashable {
    var a: Double
    var b: Double

    init(a: Double = 1, b: Double = 100) {
        self.a = a
        self.b = b
    }

    @inline(__always)
    func value<S: LaneScalar>(at p: LaneVector<S>) -> S {
        let u = a - p.x, v = p.y - p.x * p.x
        return u * u + b * v * v
    }

    @inline(__always)
    func gradient<S: LaneScalar>(at p: LaneVector<S>) -> LaneVector<S> {
        let v = p.y - p.x * p.x
        return LaneVector(-2 * (a - p.x) - 4 * b * p.x * v, 2 * b * v)
    }

    var defaultView: ViewBox { ViewBox(x: -2...2, y: -1...3) }
    var defaultStart: Vector2 { Vector2(-1.5, 2) }
    var minima: [KnownMinimum] { [KnownMinimum(Vector2(a, a * a), value: 0)] }
}
