@testable import DescentCore

extension Xoshiro256StarStar {
    /// A point uniform in `box`.
    mutating func point(in box: ViewBox) -> Vector2 {
        Vector2(
            box.x.lowerBound + nextUnit() * (box.x.upperBound - box.x.lowerBound),
            box.y.lowerBound + nextUnit() * (box.y.upperBound - box.y.lowerBound))
    }
}
