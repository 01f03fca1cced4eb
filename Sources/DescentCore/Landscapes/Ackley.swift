import Foundation

/// Ackley's function: a nearly flat, rippled plain around a deep funnel with a cusp at the origin.
public struct Ackley: Landscape, Hashable {
    init() {}

    func value(at p: Vector2) -> Double {
        let r = (0.5 * p.squaredNorm).squareRoot()
        let ripple = 0.5 * (cos(2 * .pi * p.x) + cos(2 * .pi * p.y))
        return -20 * exp(-0.2 * r) - exp(ripple) + 20 + exp(1)
    }

    /// At the cusp (r = 0) the gradient is undefined; 0 is a valid subgradient there, and it
    /// keeps runs finite when they land exactly on the minimum.
    func gradient(at p: Vector2) -> Vector2 {
        let r = (0.5 * p.squaredNorm).squareRoot()
        let ripple = exp(0.5 * (cos(2 * .pi * p.x) + cos(2 * .pi * p.y)))
        let funnel = r > 0 ? 2 * exp(-0.2 * r) / r : 0
        return Vector2(
            funnel * p.x + .pi * sin(2 * .pi * p.x) * ripple,
            funnel * p.y + .pi * sin(2 * .pi * p.y) * ripple
        )
    }

    var defaultView: ViewBox { .square(32.768) }
    var defaultStart: Vector2 { Vector2(20, 25) }
    var minima: [KnownMinimum] { [KnownMinimum(.zero, value: 0)] }
}
