import Foundation

/// Rastrigin's function: a bowl covered in a regular grid of local minima.
public struct Rastrigin: Landscape, Hashable {
    init() {}

    func value(at p: Vector2) -> Double {
        20 + p.x * p.x - 10 * cos(2 * .pi * p.x) + p.y * p.y - 10 * cos(2 * .pi * p.y)
    }

    func gradient(at p: Vector2) -> Vector2 {
        Vector2(2 * p.x + 20 * .pi * sin(2 * .pi * p.x), 2 * p.y + 20 * .pi * sin(2 * .pi * p.y))
    }

    var defaultView: ViewBox { .square(5.12) }
    var defaultStart: Vector2 { Vector2(3.5, 4.2) }
    var minima: [KnownMinimum] { [KnownMinimum(.zero, value: 0)] }
}
