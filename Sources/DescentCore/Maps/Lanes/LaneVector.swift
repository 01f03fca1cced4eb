/// A point or direction of the plane over a `LaneScalar`: `Vector2` for one run, or the
/// points of a run per lane. Its operations are `Vector2`'s, coordinate by coordinate in the
/// same order, so they round the same.
struct LaneVector<S: LaneScalar> {
    var x: S
    var y: S

    @inline(__always)
    init(_ x: S, _ y: S) {
        self.x = x
        self.y = y
    }

    /// `v` in every lane.
    @inline(__always)
    init(repeating v: Vector2) {
        self.init(S(repeating: v.x), S(repeating: v.y))
    }

    @inline(__always)
    static func + (a: Self, b: Self) -> Self { Self(a.x + b.x, a.y + b.y) }

    @inline(__always)
    static func - (a: Self, b: Self) -> Self { Self(a.x - b.x, a.y - b.y) }

    @inline(__always)
    static func - (a: Self, b: Vector2) -> Self { Self(a.x - b.x, a.y - b.y) }

    @inline(__always)
    static func * (s: S, v: Self) -> Self { Self(s * v.x, s * v.y) }

    @inline(__always)
    static func * (s: Double, v: Self) -> Self { Self(s * v.x, s * v.y) }

    @inline(__always)
    static func += (a: inout Self, b: Self) { a = a + b }

    @inline(__always)
    static func -= (a: inout Self, b: Self) { a = a - b }

    @inline(__always)
    func dot(_ other: Vector2) -> S { x * other.x + y * other.y }

    @inline(__always)
    var squaredNorm: S { x * x + y * y }
}

extension LaneVector where S == Double {
    @inline(__always)
    init(_ v: Vector2) { self.init(v.x, v.y) }

    @inline(__always)
    var vector: Vector2 { Vector2(x, y) }
}

/// A constant direction scaled lane by lane.
@inline(__always)
func * <S: LaneScalar>(s: S, v: Vector2) -> LaneVector<S> { LaneVector(s * v.x, s * v.y) }
