@testable import DescentCore
import Foundation

/// Doubles that break arithmetic, from a seeded generator: the special values, the ends of
/// the range, subnormals, random bit patterns (any Double at all) and ordinary values, so a
/// sweep meets both what a diverging run produces and what a view normally shows.
struct ExtremeDoubles {
    static let specials: [Double] = [
        .nan, .infinity, -.infinity, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, 1e308, -1e308,
        .leastNonzeroMagnitude, -.leastNonzeroMagnitude, .leastNormalMagnitude, 0, -0.0,
        9.3e18, -9.3e18, 1e12, -1e12, 1e200, -1e200, 1e-300,
    ]

    private var random: SplitMix64

    init(seed: UInt64) {
        random = SplitMix64(seed: seed)
    }

    mutating func next() -> Double {
        switch random.next() % 4 {
        case 0: return Self.specials[Int(random.next() % UInt64(Self.specials.count))]
        case 1: return Double(bitPattern: random.next())
        case 2: return Double.random(in: -10...10, using: &random)
        default:
            let magnitude = Double.random(in: -320...308, using: &random)
            return (random.next() & 1 == 0 ? 1 : -1) * pow(10, magnitude)
        }
    }

    mutating func point() -> Vector2 { Vector2(next(), next()) }

    /// Any box whose bounds are numbers (nan makes no range), however far apart or out.
    mutating func box() -> ViewBox {
        func bound() -> Double {
            var value = next()
            while value.isNaN { value = next() }
            return value
        }
        func range() -> ClosedRange<Double> {
            let a = bound(), b = bound()
            return min(a, b)...max(a, b)
        }
        return ViewBox(x: range(), y: range())
    }

    mutating func int(in range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }
}
