/// The Styblinski–Tang function: four basins, only one of them global.
public struct StyblinskiTang: Landscape, Hashable {
    init() {}

    func value(at p: Vector2) -> Double { 0.5 * (term(p.x) + term(p.y)) }

    func gradient(at p: Vector2) -> Vector2 { Vector2(slope(p.x), slope(p.y)) }

    @inline(__always)
    func term(_ t: Double) -> Double {
        let t2 = t * t
        return t2 * t2 - 16 * t2 + 5 * t
    }

    @inline(__always)
    func slope(_ t: Double) -> Double { 0.5 * (4 * t * t * t - 32 * t + 5) }

    /// The root of 4t³ − 32t + 5 near −2.9 (found with scipy.optimize.brentq).
    static let optimum = -2.903534027771177

    var defaultView: ViewBox { .square(5) }
    var defaultStart: Vector2 { Vector2(4, 4.5) }
    var minima: [KnownMinimum] {
        [KnownMinimum(Vector2(Self.optimum, Self.optimum), value: -78.33233140754282)]
    }
}
