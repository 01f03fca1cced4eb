/// The monkey saddle `x³ − 3xy²`: a degenerate critical point at the origin with three valleys.
public struct MonkeySaddle: Landscape, Hashable {
    init() {}

    func value(at p: Vector2) -> Double { p.x * p.x * p.x - 3 * p.x * p.y * p.y }

    func gradient(at p: Vector2) -> Vector2 {
        Vector2(3 * p.x * p.x - 3 * p.y * p.y, -6 * p.x * p.y)
    }

    var defaultView: ViewBox { .square(2) }
    var defaultStart: Vector2 { Vector2(1.5, 0.2) }
    var minima: [KnownMinimum] { [] }
}
