import DescentCore

/// A view box of the plane drawn into a rectangle of a picture, x to the right and y up, one
/// scale for both axes so that circles stay round: the rectangle is the largest of the box's
/// shape that fits the room given, in its top left corner.
public struct PlotProjection: Hashable, Sendable {
    public let view: ViewBox
    /// The rectangle's corner, in picture units (y down).
    public let left: Double
    public let top: Double
    /// Picture units per unit of the plane.
    public let scale: Double

    public init(view: ViewBox, left: Double, top: Double, width: Double, height: Double) {
        self.view = view
        self.left = left
        self.top = top
        let spanX = view.x.upperBound - view.x.lowerBound, spanY = view.y.upperBound - view.y.lowerBound
        scale = min(width / spanX, height / spanY)
    }

    public var width: Double { (view.x.upperBound - view.x.lowerBound) * scale }
    public var height: Double { (view.y.upperBound - view.y.lowerBound) * scale }

    /// Where `point` of the plane lands in the picture.
    public func picture(_ point: Vector2) -> Vector2 {
        Vector2(left + (point.x - view.x.lowerBound) * scale, top + (view.y.upperBound - point.y) * scale)
    }

    /// The point of the plane at picture coordinates (x, y); the inverse of `picture(_:)`.
    public func plane(x: Double, y: Double) -> Vector2 {
        Vector2(view.x.lowerBound + (x - left) / scale, view.y.upperBound - (y - top) / scale)
    }
}
