import DescentCore

extension ViewBox {
    var width: Double { x.upperBound - x.lowerBound }
    var height: Double { y.upperBound - y.lowerBound }
    var center: Vector2 { Vector2((x.lowerBound + x.upperBound) / 2, (y.lowerBound + y.upperBound) / 2) }

    func offset(by d: Vector2) -> ViewBox {
        ViewBox(x: (x.lowerBound + d.x)...(x.upperBound + d.x), y: (y.lowerBound + d.y)...(y.upperBound + d.y))
    }

    /// Shrunk by `factor` towards `point` (factor > 1 zooms in); `point` keeps its place in the box.
    func zoomed(by factor: Double, about point: Vector2) -> ViewBox {
        func scaled(_ range: ClosedRange<Double>, _ p: Double) -> ClosedRange<Double> {
            (p + (range.lowerBound - p) / factor)...(p + (range.upperBound - p) / factor)
        }
        return ViewBox(x: scaled(x, point.x), y: scaled(y, point.y))
    }
}
