@testable import DescentCore
import Foundation
import Testing

/// What a map of lr and μ draws from theory and where it starts, without running a cell.
@Suite("Map theory")
struct MapTheoryTests {
    static let bowl = MapSpecTests.bowl

    static func map(_ optimizer: AnyOptimizer, lr: Double = 1, rows: Int = 8) -> MapSpec {
        let run = RunSpec(label: "r", optimizer: optimizer, lr: lr, start: .fixed(Vector2(-1.5, 1.5)))
        return MapSpec(
            simulation: MapSpecTests.simulation(bowl, run, steps: 1), run: 0, axes: .parameters(around: run),
            grid: MapGrid(width: 8, height: rows))
    }

    @Test func theDefaultAxesSpanTwoDecadesOfLrEitherSideAndMomentumUpTo099() {
        let run = RunSpec(label: "n", optimizer: .nesterov(Nesterov()), lr: 0.003, start: .fixed(.zero))
        #expect(MapAxes.parameters(around: run) == .parameters(lr: 0.00003...0.3, momentum: 0.05...0.99))
        #expect(MapAxes.parameters(around: run, lr: 1...2) == .parameters(lr: 1...2, momentum: 0.05...0.99))
    }

    /// κ = 100 (L = 1, μ = 0.01): Polyak's α = 4/1.1², β = (0.9/1.1)², rate √β = 9/11;
    /// Nesterov's α = 4/3.01, rate 1 − 2/√301; gradient descent's 2/1.01, rate 99/101.
    @Test(arguments: [
        (AnyOptimizer.momentum(Momentum()), 4 / 1.21, 0.81 / 1.21, 9.0 / 11),
        (.nesterov(Nesterov()), 4 / 3.01, (301.0.squareRoot() - 2) / (301.0.squareRoot() + 2), 1 - 2 / 301.0.squareRoot()),
        (.sgd(SGD()), 2 / 1.01, nil, 99.0 / 101),
    ] as [(AnyOptimizer, Double, Double?, Double)])
    func theOptimumIsTheClosedFormAndNoCellBeatsIt(optimizer: AnyOptimizer, lr: Double, momentum: Double?, rate: Double) throws {
        let optimum = try #require(Self.map(optimizer, rows: optimizer.momentum == nil ? 1 : 8).predictedOptimum)
        #expect(abs(optimum.lr - lr) <= 1e-12 * lr)
        #expect(optimum.momentum.map { abs($0 - momentum!) <= 1e-12 } ?? (momentum == nil))
        var run = RunSpec(label: "r", optimizer: optimizer, lr: optimum.lr, start: .fixed(.zero))
        if let m = optimum.momentum { run.optimizer = optimizer.withMomentum(m) }
        let best = try #require(Self.bowl.predictedRate(of: run))
        // At double roots the modulus is exact only to about √ε.
        #expect(abs(best - rate) <= 1e-6)
        let around = Self.map(run.optimizer, lr: optimum.lr, rows: optimizer.momentum == nil ? 1 : 8)
        for cell in 0..<around.grid.count {
            #expect(try #require(around.predictedRate(ofCell: cell)) >= best - 1e-6)
        }
    }

    /// The heavy ball converges iff αλ < 2(1 + β) for the largest λ = 1 (REFERENCE.md A10).
    @Test func theSideOfTheBoundaryFollowsTheHeavyBallCondition() throws {
        let map = Self.map(.momentum(Momentum()), lr: 1, rows: 8)
        for index in 0..<map.grid.count {
            let cell = map.settings(ofCell: index), rate = try #require(map.predictedRate(ofCell: index))
            #expect((rate < 1) == (cell.lr < 2 * (1 + cell.momentum!)), "\(cell)")
        }
    }

    /// An optimizer without μ maps lr alone, on one row.
    @Test func withoutMomentumAMapOfParametersIsOneRowOfLr() async {
        let map = Self.map(.adam(Adam()), lr: 0.1, rows: 1)
        let outcomes = map.outcomes(ofCells: Array(0..<8))
        #expect(outcomes.map(\.cell.momentum) == Array(repeating: nil, count: 8))
        #expect(outcomes.map(\.cell.lr) == (0..<8).map { map.settings(ofCell: $0).lr })
        #expect(abs(outcomes[0].cell.lr - 0.001 * pow(10, 0.25)) <= 1e-15)
        #expect(map.predictedOptimum == nil)
    }
}
