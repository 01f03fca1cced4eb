@testable import DescentCore
import Foundation
import Testing

@Suite("Maps")
struct MapSpecTests {
    /// scenarios/ill-conditioned.yaml's bowl: κ = 100.
    static let bowl = AnyLandscape.quadratic(Quadratic(eigenvalues: Vector2(1, 0.01), angle: 30))

    static func simulation(_ landscape: AnyLandscape, _ run: RunSpec, steps: Int) -> SimulationSpec {
        SimulationSpec(name: "map", landscape: landscape, steps: steps, runs: [run])
    }

    @Test func cellsSitAtTheCentresOfALogAxisForLrAndALinearOneForMomentum() {
        let run = RunSpec(label: "hb", optimizer: .momentum(Momentum()), lr: 0.1, start: .fixed(Vector2(1, 1)))
        let map = MapSpec(
            simulation: Self.simulation(Self.bowl, run, steps: 1), run: 0,
            axes: .parameters(lr: 0.01...1, momentum: 0...0.8), grid: MapGrid(width: 2, height: 4))
        let cells = (0..<8).map { map.cell($0).0 }
        #expect(cells.map(\.x) == [0, 1, 0, 1, 0, 1, 0, 1])
        #expect(cells.map(\.y) == [0, 0, 1, 1, 2, 2, 3, 3])
        for (cell, lr) in zip(cells.prefix(2), [pow(10, -1.5), pow(10, -0.5)]) {
            #expect(abs(cell.lr - lr) <= 1e-15 * lr)
        }
        #expect(cells.map(\.momentum) == [0.1, 0.1, 0.30000000000000004, 0.30000000000000004, 0.5, 0.5, 0.7000000000000001, 0.7000000000000001])
        #expect(cells.allSatisfy { $0.start == Vector2(1, 1) })
    }

    /// REFERENCE.md A10: away from double roots the measured rate is the spectral radius.
    @Test(arguments: [AnyOptimizer.momentum(Momentum()), .nesterov(Nesterov())])
    func theMeasuredRateIsThePredictedOneOnAnIllConditionedQuadratic(optimizer: AnyOptimizer) async {
        let run = RunSpec(label: "m", optimizer: optimizer, lr: 1, start: .fixed(Vector2(-1.5, 1.5)))
        let map = MapSpec(
            simulation: Self.simulation(Self.bowl, run, steps: 4000), run: 0,
            axes: .parameters(lr: 0.01...4, momentum: 0...0.96), grid: MapGrid(width: 16, height: 12))
        var compared = 0
        for outcome in await map.outcomes() {
            guard let rate = outcome.rate, let predicted = outcome.predictedRate,
                !Self.nearDoubleRoot(optimizer, lr: outcome.cell.lr, momentum: outcome.cell.momentum!)
            else { continue }
            #expect(abs(rate - predicted) <= 0.01 * predicted, "cell \(outcome.cell)")
            compared += 1
        }
        #expect(compared >= 60, "compared \(compared)")
    }

    /// Whether the slowest eigenvalue's recurrence has (nearly) a double root (its discriminant
    /// within 5% of b²), where the error decays as k·ρ^k and a measured rate approaches ρ only slowly.
    static func nearDoubleRoot(_ optimizer: AnyOptimizer, lr: Double, momentum: Double) -> Bool {
        let coefficients: (Double) -> (Double, Double) = { lambda in
            if case .nesterov = optimizer { return ((1 + momentum) * (1 - lr * lambda), momentum * (1 - lr * lambda)) }
            return (1 + momentum - lr * lambda, momentum)
        }
        let rates = [1.0, 0.01].map { lambda in
            let (b, c) = coefficients(lambda)
            return (ErrorRecurrence.largestRootModulus(b: b, c: c), b * b - 4 * c, b * b)
        }
        let slowest = rates.max { $0.0 < $1.0 }!
        return abs(slowest.1) <= 0.05 * slowest.2
    }

    @Test func startsFromAGridOverHimmelblauEndInItsFourMinimaInA6Order() async {
        let run = RunSpec(label: "gd", optimizer: .sgd(SGD()), lr: 0.01, start: .fixed(.zero))
        let himmelblau = AnyLandscape.himmelblau(Himmelblau())
        let map = MapSpec(
            simulation: Self.simulation(himmelblau, run, steps: 2000), run: 0,
            axes: .starts(himmelblau.defaultView), grid: MapGrid(width: 8, height: 8))
        let outcomes = await map.outcomes()
        // A6: (3, 2), (−2.805118, 3.131312), (−3.779310, −3.283186), (3.584428, −1.848126).
        let a6 = [Vector2(3, 2), Vector2(-2.805118, 3.131312), Vector2(-3.779310, -3.283186), Vector2(3.584428, -1.848126)]
        for outcome in outcomes where outcome.basin > 0 {
            #expect((outcome.final - a6[outcome.basin - 1]).norm < 1e-5)
        }
        #expect(Set(outcomes.map(\.basin)) == [1, 2, 3, 4])
        // The corners: top right to (3, 2), top left, bottom left, bottom right.
        #expect([63, 56, 0, 7].map { outcomes[$0].basin } == [1, 2, 3, 4])
        #expect(outcomes.allSatisfy { $0.gap == $0.finalLoss && $0.status == .converged })
    }

    @Test func shardsSplitTheCellsByIndexModuloTheirCount() async {
        let run = RunSpec(label: "nag", optimizer: .nesterov(Nesterov()), lr: 0.001, start: .fixed(Vector2(-1.5, 2)))
        let simulation = Self.simulation(.rosenbrock(Rosenbrock()), run, steps: 50)
        let axes = MapAxes.parameters(lr: 1e-4...1e-2, momentum: 0...0.99), grid = MapGrid(width: 5, height: 3)
        let whole = await MapSpec(simulation: simulation, run: 0, axes: axes, grid: grid).outcomes()
        var merged: [MapOutcome] = []
        for index in 1...4 {
            let shard = MapShard(index: index, count: 4)!
            let part = await MapSpec(simulation: simulation, run: 0, axes: axes, grid: grid, shard: shard).outcomes()
            #expect(part.map { $0.cell.y * 5 + $0.cell.x } == Array(stride(from: index - 1, to: 15, by: 4)))
            merged += part
        }
        #expect(merged.sorted { ($0.cell.y, $0.cell.x) < ($1.cell.y, $1.cell.x) } == whole)
        #expect(MapShard(index: 0, count: 4) == nil && MapShard(index: 5, count: 4) == nil)
    }

    @Test func aDivergedCellHasNoBasinAndNoRate() async {
        let run = RunSpec(label: "sgd", optimizer: .sgd(SGD()), lr: 3, start: .fixed(Vector2(1, 1)))
        let map = MapSpec(
            simulation: Self.simulation(Self.bowl, run, steps: 2000), run: 0,
            axes: .starts(ViewBox(x: 0...2, y: 0...2)), grid: MapGrid(width: 1, height: 1))
        let outcome = await map.outcomes()[0]
        #expect(outcome.status == .diverged && outcome.basin == 0 && outcome.rate == nil)
        // |1 − 3·1| = 2.
        #expect(outcome.predictedRate == 2)
    }
}

extension MapSpec {
    /// This shard's outcomes in cell order, through the chunks that `descent map` runs.
    fileprivate func outcomes() async -> [MapOutcome] {
        var outcomes: [MapOutcome] = []
        await self.outcomes(inChunks: { $0 }, inOrder: { outcomes += $0 })
        return outcomes
    }
}
