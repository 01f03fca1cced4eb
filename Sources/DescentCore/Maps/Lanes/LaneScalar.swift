/// What the formulas shared by one run and runs in SIMD lanes are written over: `Double` for
/// one run, `SIMD4<Double>` for a cell per lane. The operations are IEEE
/// per lane, with no fused multiply-add, so a formula gives each lane the bits it gives that
/// lane's run alone.
protocol LaneScalar: Sendable {
    /// Every lane `value`.
    init(repeating value: Double)
    static func + (a: Self, b: Self) -> Self
    static func - (a: Self, b: Self) -> Self
    static func * (a: Self, b: Self) -> Self
    static func / (a: Self, b: Self) -> Self
    static func + (a: Double, b: Self) -> Self
    static func - (a: Double, b: Self) -> Self
    static func * (a: Double, b: Self) -> Self
    static func + (a: Self, b: Double) -> Self
    static func - (a: Self, b: Double) -> Self
    static func * (a: Self, b: Double) -> Self
    static prefix func - (a: Self) -> Self
}

extension Double: LaneScalar {
    @inline(__always)
    init(repeating value: Double) { self = value }
}

extension SIMD4: LaneScalar where Scalar == Double {}
