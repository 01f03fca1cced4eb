/// The plain saddle `a·x² − b·y²`: gradient descent reaches (0, 0) only from y = 0 exactly.
public struct Saddle: Landscape, Hashable {
    public var a: Double
    public var b: Double

    public init(a: Double = 1, b: Double = 1) {
        self.a = a
        self.b = b
    }

    public func value(at p: Vector2) -> Double { a * p.x * p.x - b * p.y * p.y }

    public func gradient(at p: Vector2) -> Vector2 { Vector2(2 * a * p.x, -2 * b * p.y) }

    public var defaultView: ViewBox { .square(2) }
    public var defaultStart: Vector2 { Vector2(-1.5, 0.1) }
    public var minima: [KnownMinimum] { [] }
}
