/// The Goldstein–Price function: a minimum of 3 at (0, −1) in a landscape spanning six decades.
public struct GoldsteinPrice: Landscape, Hashable {
    init() {}

    func value(at p: Vector2) -> Double {
        let f = factors(p)
        return f.a * f.b
    }

    func gradient(at p: Vector2) -> Vector2 {
        let x = p.x, y = p.y
        let f = factors(p)
        let aSlope = 2 * f.u * f.pTerm + f.u * f.u * (6 * x + 6 * y - 14)
        let bx = 4 * f.v * f.qTerm + f.v * f.v * (24 * x - 36 * y - 32)
        let by = -6 * f.v * f.qTerm + f.v * f.v * (54 * y - 36 * x + 48)
        return Vector2(aSlope * f.b + f.a * bx, aSlope * f.b + f.a * by)
    }

    /// A = 1 + u²P and B = 30 + v²Q with their parts (REFERENCE.md A6).
    struct Factors {
        var u, v, pTerm, qTerm, a, b: Double
    }

    @inline(__always)
    func factors(_ p: Vector2) -> Factors {
        let x = p.x, y = p.y
        let u = x + y + 1, v = 2 * x - 3 * y
        let pTerm = 19 - 14 * x + 3 * x * x - 14 * y + 6 * x * y + 3 * y * y
        let qTerm = 18 - 32 * x + 12 * x * x + 48 * y - 36 * x * y + 27 * y * y
        return Factors(u: u, v: v, pTerm: pTerm, qTerm: qTerm, a: 1 + u * u * pTerm, b: 30 + v * v * qTerm)
    }

    var defaultView: ViewBox { .square(2) }
    var defaultStart: Vector2 { Vector2(-1.5, 1.5) }
    var minima: [KnownMinimum] { [KnownMinimum(Vector2(0, -1), value: 3)] }
}
