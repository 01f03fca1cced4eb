/// A point or direction in the plane of a landscape, in float64.
///
/// A plain struct rather than `SIMD2<Double>`: it stays fast in debug builds, where the
/// tests run many thousands of steps, and it spells the two coordinates by name.
@frozen
public struct Vector2: Hashable, Sendable {
    public var x: Double
    public var y: Double

    @inlinable @inline(__always)
    public init(_ x: Double, _ y: Double) {
        self.x = x
        self.y = y
    }

    public static let zero = Vector2(0, 0)

    @inlinable @inline(__always)
    public static func + (a: Vector2, b: Vector2) -> Vector2 { Vector2(a.x + b.x, a.y + b.y) }

    @inlinable @inline(__always)
    public static func - (a: Vector2, b: Vector2) -> Vector2 { Vector2(a.x - b.x, a.y - b.y) }

    @inlinable @inline(__always)
    public static prefix func - (a: Vector2) -> Vector2 { Vector2(-a.x, -a.y) }

    @inlinable @inline(__always)
    public static func * (s: Double, v: Vector2) -> Vector2 { Vector2(s * v.x, s * v.y) }

    @inlinable @inline(__always)
    public static func += (a: inout Vector2, b: Vector2) { a = a + b }

    @inlinable @inline(__always)
    public static func -= (a: inout Vector2, b: Vector2) { a = a - b }

    @inlinable @inline(__always)
    public func dot(_ other: Vector2) -> Double { x * other.x + y * other.y }

    @inlinable @inline(__always)
    public var squaredNorm: Double { x * x + y * y }

    @inlinable
    public var norm: Double { squaredNorm.squareRoot() }

    @inlinable @inline(__always)
    public var isFinite: Bool { x.isFinite && y.isFinite }

    /// The same bits: unlike `==`, tells −0 from 0 (which print differently and can step
    /// differently), so that arithmetic on identical vectors gives identical results.
    func isIdentical(to other: Vector2) -> Bool {
        x.bitPattern == other.x.bitPattern && y.bitPattern == other.y.bitPattern
    }
}
