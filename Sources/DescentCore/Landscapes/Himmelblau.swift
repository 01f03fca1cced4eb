/// Himmelblau's function: four global minima of value 0, so the start decides where a run ends.
public struct Himmelblau: Landscape, Hashable {
    init() {}

    func value(at p: Vector2) -> Double {
        let u = p.x * p.x + p.y - 11, v = p.x + p.y * p.y - 7
        return u * u + v * v
    }

    func gradient(at p: Vector2) -> Vector2 {
        let u = p.x * p.x + p.y - 11, v = p.x + p.y * p.y - 7
        return Vector2(4 * p.x * u + 2 * v, 2 * u + 4 * p.y * v)
    }

    var defaultView: ViewBox { .square(5) }
    var defaultStart: Vector2 { Vector2(0, 0) }
    var minima: [KnownMinimum] {
        [
            KnownMinimum(Vector2(3, 2), value: 0),
            KnownMinimum(Vector2(-2.805118086952745, 3.131312518250573), value: 0),
            KnownMinimum(Vector2(-3.779310253377747, -3.2831859912861696), value: 0),
            KnownMinimum(Vector2(3.5844283403304917, -1.8481265269644036), value: 0),
        ]
    }
}
