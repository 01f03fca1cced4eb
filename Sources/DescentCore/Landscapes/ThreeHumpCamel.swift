/// The three-hump camel: one global minimum at the origin between two local ones.
public struct ThreeHumpCamel: Landscape, Hashable {
    init() {}

    func value(at p: Vector2) -> Double {
        let x = p.x, x2 = x * x
        return 2 * x2 - 1.05 * x2 * x2 + x2 * x2 * x2 / 6 + x * p.y + p.y * p.y
    }

    func gradient(at p: Vector2) -> Vector2 {
        let x = p.x, x2 = x * x
        return Vector2(4 * x - 4.2 * x2 * x + x2 * x2 * x + p.y, x + 2 * p.y)
    }

    var defaultView: ViewBox { .square(5) }
    var defaultStart: Vector2 { Vector2(-2.5, 2.5) }
    var minima: [KnownMinimum] { [KnownMinimum(.zero, value: 0)] }
}
