import DescentCore

extension ViewBox {
    var width: Double { x.upperBound - x.lowerBound }
    var height: Double { y.upperBound - y.lowerBound }
    var center: Vector2 { Vector2((x.lowerBound + x.upperBound) / 2, (y.lowerBound + y.upperBound) / 2) }

    /// Moved by `d`, but no further than keeps it within ±`ViewBox.coordinateLimit`: a pan
    /// stops at the edge of the plane that can be shown.
    func panned(by d: Vector2) -> ViewBox {
        func moved(_ side: ClosedRange<Double>, _ d: Double) -> ClosedRange<Double> {
            let limit = ViewBox.coordinateLimit
            let shift = d.isNaN ? 0 : min(max(d, -limit - side.lowerBound), limit - side.upperBound)
            // Clamped again: a bound moved onto the limit may round an ulp past it.
            return max(-limit, side.lowerBound + shift)...min(limit, side.upperBound + shift)
        }
        return ViewBox(x: moved(x, d.x), y: moved(y, d.y))
    }

    /// Shrunk by `factor` towards `point` (factor > 1 zooms in); `point` keeps its place in the box.
    func zoomed(by factor: Double, about point: Vector2) -> ViewBox {
        func scaled(_ range: ClosedRange<Double>, _ p: Double) -> ClosedRange<Double> {
            (p + (range.lowerBound - p) / factor)...(p + (range.upperBound - p) / factor)
        }
        return ViewBox(x: scaled(x, point.x), y: scaled(y, point.y))
    }
}
