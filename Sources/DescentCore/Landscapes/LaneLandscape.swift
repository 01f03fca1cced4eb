/// A landscape whose value and gradient are pure arithmetic, written once over a
/// `LaneScalar`: a run evaluates them on `Double`, and a map on a cell per SIMD lane, with the
/// same bits.
protocol LaneLandscape: Landscape {
    func value<S: LaneScalar>(at p: LaneVector<S>) -> S
    func gradient<S: LaneScalar>(at p: LaneVector<S>) -> LaneVector<S>
}

extension LaneLandscape {
    @inline(__always)
    func value(at p: Vector2) -> Double { value(at: LaneVector(p)) }

    @inline(__always)
    func gradient(at p: Vector2) -> Vector2 { gradient(at: LaneVector(p)).vector }
}
