import DescentCore

/// The plane drawn into a rectangle of a picture (the plot), x to the right and y up, at one
/// scale for both axes so that the landscape keeps its true shape: circles stay round and
/// gradients cross iso-lines at right angles. The terminal's map (in heatmap pixels, see
/// DescentTUI's `MapProjection`) and the SVG figure's map (in figure pixels) both draw through it.
public struct PlotProjection: Hashable, Sendable {
    /// The point of the plane at the plot's top left corner.
    public let origin: Vector2
    /// Units of the plane per picture unit, along both axes.
    public let scale: Double
    /// The plot's top left corner in the picture, and its size, in picture units (y down).
    public let left: Double
    public let top: Double
    public let width: Double
    public let height: Double

    public init(origin: Vector2, scale: Double, left: Double = 0, top: Double = 0, width: Double, height: Double) {
        self.origin = origin
        self.scale = scale
        self.left = left
        self.top = top
        self.width = width
        self.height = height
    }

    /// Exactly `view`, as large as fits the room given (`width` × `height` at `left`, `top`),
    /// in the room's top left corner.
    public init(fitting view: ViewBox, left: Double, top: Double, width: Double, height: Double) {
        let spanX = view.x.upperBound - view.x.lowerBound, spanY = view.y.upperBound - view.y.lowerBound
        let scale = max(spanX / width, spanY / height)
        self.init(
            origin: Vector2(view.x.lowerBound, view.y.upperBound), scale: scale, left: left, top: top,
            width: spanX / scale, height: spanY / scale)
    }

    /// Where `point` of the plane lands in the picture (continuous; outside the plot for a
    /// point out of view).
    public func picture(_ point: Vector2) -> Vector2 {
        Vector2(left + (point.x - origin.x) / scale, top + (origin.y - point.y) / scale)
    }

    /// The point of the plane at picture coordinates (x, y); the inverse of `picture(_:)`.
    public func plane(x: Double, y: Double) -> Vector2 {
        Vector2(origin.x + (x - left) * scale, origin.y - (y - top) * scale)
    }

    /// The part of the plane the plot shows.
    public var visible: ViewBox {
        ViewBox(x: origin.x...(origin.x + scale * width), y: (origin.y - scale * height)...origin.y)
    }
}
