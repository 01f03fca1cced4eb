import DescentCore

/// A piece of an iso-line inside one grid cell, its ends on the cell's edges, in grid
/// coordinates (x along a row, y down the rows). Neighbouring cells give bit-identical ends on
/// the edge they share, so the pieces join into lines, closed where the contour is.
public struct ContourSegment: Hashable, Sendable {
    public var from: Vector2
    public var to: Vector2

    public init(from: Vector2, to: Vector2) {
        self.from = from
        self.to = to
    }
}
