@testable import DescentCore
import Testing

@Suite("Seeded random numbers")
struct RandomTests {
    @Test func splitMix64MatchesItsReferenceOutput() {
        // First outputs of the reference C implementation (Vigna) for seed 1234567.
        var g = SplitMix64(seed: 1_234_567)
        #expect(g.next() == 6_457_827_717_110_365_317)
        #expect(g.next() == 3_203_168_211_198_807_973)
        #expect(g.next() == 9_817_491_932_198_370_423)
    }

    @Test func gaussianPairsHaveUnitMomentsAndAreReproducible() {
        var g = Xoshiro256StarStar(seed: 9)
        var sum = 0.0, sumSquares = 0.0
        let n = 100_000
        for _ in 0..<n {
            let pair = g.nextGaussianPair()
            sum += pair.x + pair.y
            sumSquares += pair.squaredNorm
        }
        let mean = sum / Double(2 * n), variance = sumSquares / Double(2 * n) - mean * mean
        #expect(abs(mean) < 0.01)
        #expect(abs(variance - 1) < 0.02)
        var a = Xoshiro256StarStar(seed: 9, stream: 2), b = Xoshiro256StarStar(seed: 9, stream: 2)
        #expect((0..<10).map { _ in a.next() } == (0..<10).map { _ in b.next() })
    }

    @Test func unitDrawsAreInHalfOpenInterval() {
        var g = Xoshiro256StarStar(seed: 0)
        for _ in 0..<10_000 {
            let u = g.nextUnit()
            #expect(u >= 0 && u < 1)
        }
    }
}
