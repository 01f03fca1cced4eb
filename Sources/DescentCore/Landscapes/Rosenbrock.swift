/// Rosenbrock's banana valley, `(a − x)² + b(y − x²)²`: easy to find, slow to follow.
public struct Rosenbrock: Landscape, Hashable {
    var a: Double
    var b: Double

    init(a: Double = 1, b: Double = 100) {
        self.a = a
        self.b = b
    }

    func value(at p: Vector2) -> Double {
        let u = a - p.x, v = p.y - p.x * p.x
        return u * u + b * v * v
    }

    func gradient(at p: Vector2) -> Vector2 {
        let v = p.y - p.x * p.x
        return Vector2(-2 * (a - p.x) - 4 * b * p.x * v, 2 * b * v)
    }

    var defaultView: ViewBox { ViewBox(x: -2...2, y: -1...3) }
    var defaultStart: Vector2 { Vector2(-1.5, 2) }
    var minima: [KnownMinimum] { [KnownMinimum(Vector2(a, a * a), value: 0)] }
}
