/// One cell of a map: where it is, and the settings its run takes there.
public struct MapCell: Hashable, Sendable {
    /// Column (0 at the left) and row (0 at the bottom).
    public let x: Int
    public let y: Int
    public let lr: Double
    /// The run's momentum coefficient, nil for an optimizer without one.
    public let momentum: Double?
    public let start: Vector2
}
