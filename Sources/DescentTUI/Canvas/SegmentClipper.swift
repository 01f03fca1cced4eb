/// Liang–Barsky clipping of a segment to an axis-aligned box.
enum SegmentClipper {
    typealias Point = (x: Double, y: Double)

    /// The part of segment a–b inside the box, or nil when none is (or a coordinate is not finite).
    static func clip(
        _ a: Point, _ b: Point, to box: (x: ClosedRange<Double>, y: ClosedRange<Double>)
    ) -> (Point, Point)? {
        guard a.x.isFinite, a.y.isFinite, b.x.isFinite, b.y.isFinite else { return nil }
        let dx = b.x - a.x, dy = b.y - a.y
        var t0 = 0.0, t1 = 1.0
        // One edge as p·t <= q; false when the segment lies wholly outside it.
        func keep(_ p: Double, _ q: Double) -> Bool {
            if p == 0 { return q >= 0 }
            let t = q / p
            if p < 0 { t0 = max(t0, t) } else { t1 = min(t1, t) }
            return t0 <= t1
        }
        guard keep(-dx, a.x - box.x.lowerBound), keep(dx, box.x.upperBound - a.x),
            keep(-dy, a.y - box.y.lowerBound), keep(dy, box.y.upperBound - a.y)
        else { return nil }
        return ((a.x + t0 * dx, a.y + t0 * dy), (a.x + t1 * dx, a.y + t1 * dy))
    }
}
