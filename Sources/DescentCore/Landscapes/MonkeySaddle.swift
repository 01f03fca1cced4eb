/// The monkey saddle `x³ − 3xy²`: a degenerate critical point at the origin with three valleys.
public struct MonkeySaddle: Landscape, Hashable {
    public init() {}

    public func value(at p: Vector2) -> Double { p.x * p.x * p.x - 3 * p.x * p.y * p.y }

    public func gradient(at p: Vector2) -> Vector2 {
        Vector2(3 * p.x * p.x - 3 * p.y * p.y, -6 * p.x * p.y)
    }

    public var defaultView: ViewBox { .square(2) }
    public var defaultStart: Vector2 { Vector2(1.5, 0.2) }
    public var minima: [KnownMinimum] { [] }
}
