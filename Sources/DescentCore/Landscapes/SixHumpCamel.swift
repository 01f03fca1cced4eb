/// The six-hump camel: two global minima among four local ones.
public struct SixHumpCamel: Landscape, Hashable {
    init() {}

    func value(at p: Vector2) -> Double {
        let x = p.x, y = p.y, x2 = x * x, y2 = y * y
        return (4 - 2.1 * x2 + x2 * x2 / 3) * x2 + x * y + (-4 + 4 * y2) * y2
    }

    func gradient(at p: Vector2) -> Vector2 {
        let x = p.x, y = p.y, x2 = x * x
        return Vector2(8 * x - 8.4 * x2 * x + 2 * x2 * x2 * x + y, x - 8 * y + 16 * y * y * y)
    }

    var defaultView: ViewBox { ViewBox(x: -3...3, y: -2...2) }
    var defaultStart: Vector2 { Vector2(-2, 1.5) }
    var minima: [KnownMinimum] {
        [
            KnownMinimum(Vector2(0.08984201310031807, -0.7126564030207396), value: -1.0316284534898774),
            KnownMinimum(Vector2(-0.08984201310031807, 0.7126564030207396), value: -1.0316284534898774),
        ]
    }
}
