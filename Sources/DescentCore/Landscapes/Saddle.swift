/// The plain saddle `a·x² − b·y²`: gradient descent reaches (0, 0) only from y = 0 exactly.
public struct Saddle: Landscape, Hashable {
    var a: Double
    var b: Double

    init(a: Double = 1, b: Double = 1) {
        self.a = a
        self.b = b
    }

    func value(at p: Vector2) -> Double { a * p.x * p.x - b * p.y * p.y }

    func gradient(at p: Vector2) -> Vector2 { Vector2(2 * a * p.x, -2 * b * p.y) }

    var defaultView: ViewBox { .square(2) }
    var defaultStart: Vector2 { Vector2(-1.5, 0.1) }
    var minima: [KnownMinimum] { [] }
}
