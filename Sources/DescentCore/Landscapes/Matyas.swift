/// Matyas' function: a long, flat, diagonal valley (Hessian eigenvalues 1 and 0.04, κ = 25).
public struct Matyas: Landscape, Hashable {
    init() {}

    func value(at p: Vector2) -> Double {
        0.26 * (p.x * p.x + p.y * p.y) - 0.48 * p.x * p.y
    }

    func gradient(at p: Vector2) -> Vector2 {
        Vector2(0.52 * p.x - 0.48 * p.y, 0.52 * p.y - 0.48 * p.x)
    }

    var defaultView: ViewBox { .square(10) }
    var defaultStart: Vector2 { Vector2(-8, 6) }
    var minima: [KnownMinimum] { [KnownMinimum(.zero, value: 0)] }
}
