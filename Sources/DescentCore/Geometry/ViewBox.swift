/// The rectangle of the plane that a landscape is shown in (and that `start: random` draws from).
public struct ViewBox: Hashable, Sendable {
    public var x: ClosedRange<Double>
    public var y: ClosedRange<Double>

    public init(x: ClosedRange<Double>, y: ClosedRange<Double>) {
        self.x = x
        self.y = y
    }

    /// A square box centred on the origin.
    public static func square(_ halfWidth: Double) -> ViewBox {
        ViewBox(x: -halfWidth...halfWidth, y: -halfWidth...halfWidth)
    }

    /// The length of its diagonal: the scale of "near" in it.
    var diagonal: Double {
        Vector2(x.upperBound - x.lowerBound, y.upperBound - y.lowerBound).norm
    }

    public func contains(_ p: Vector2) -> Bool { x.contains(p.x) && y.contains(p.y) }
}
