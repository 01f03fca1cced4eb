@testable import DescentCore
import DescentTestSupport
import Foundation
import Testing

/// Cells a lane each, four to an instruction (the landscapes and optimizers written over a
/// `LaneScalar`), against each cell's run as a trajectory, bit for bit: lanes that diverge,
/// converge, enter a rate fit's window and settle at different steps, leaving for the cell's
/// own loop and coming back, in batches that are not a multiple of the lane width.
@Suite("Maps, cells in SIMD lanes")
struct SIMDCellLanesTests {
    static let landscapes: [AnyLandscape] = [
        .rosenbrock(Rosenbrock()), .quadratic(Quadratic(eigenvalues: Vector2(1, 0.01), angle: 30)),
        .booth(Booth()), .beale(Beale()),
    ]
    static let optimizers: [AnyOptimizer] = [
        .sgd(SGD()), .momentum(Momentum()), .momentum(Momentum(momentum: 0.5, dampening: 0.3, form: .sutskever)),
        .nesterov(Nesterov()), .nesterov(Nesterov(momentum: 0.8, form: .sutskever)),
    ]

    @Test(arguments: optimizers.indices)
    func lanesGiveEachCellItsTrajectory(optimizer: Int) {
        var rng = Xoshiro256StarStar(seed: 90, stream: UInt64(optimizer))
        var seen: [MapOutcome] = []
        for landscape in Self.landscapes {
            let run = RunSpec(
                label: "lanes", optimizer: Self.optimizers[optimizer], lr: 0.01, start: .fixed(landscape.defaultStart))
            var map = MapLoopTests.randomMap(landscape, run, steps: 100 + Int(rng.nextUnit() * 400), rng: &rng)
            #expect(map.grid.count % 4 != 0)
            MapLoopTests.expectSameOutcomes(map)
            // Converged cells run on to the end; a tolerance most cells reach at different steps,
            // some far enough from the minimum that no rate fit takes the step.
            var simulation = map.simulation
            simulation.tolerance = pow(10, -3 + 3 * rng.nextUnit())
            simulation.stopAtTolerance = rng.nextUnit() < 0.5
            map = MapSpec(simulation: simulation, run: 0, axes: map.axes, grid: map.grid)
            MapLoopTests.expectSameOutcomes(map)
            seen += map.outcomes(ofCells: Array(0..<map.grid.count))
        }
        // The maps drawn have lanes of every kind of end.
        #expect(seen.contains { $0.status == .diverged })
        #expect(seen.contains { $0.status == .converged })
        #expect(seen.contains { $0.status == .ok })
        #expect(seen.contains { $0.rate != nil })
    }

    /// Lanes take their steps in blocks, checked once a block; a block with a step that is not
    /// quiet is taken again step by step. Here lanes diverge and converge at every step of a
    /// block (and enter their rate fits' windows, and go on converged), each as the cell's run
    /// alone.
    @Test func lanesStopAtEveryStepOfABlock() {
        let bowl = AnyLandscape.quadratic(Quadratic(eigenvalues: Vector2(1, 0.01), angle: 30))
        let run = RunSpec(label: "blocks", optimizer: .momentum(Momentum()), lr: 1, start: .fixed(Vector2(-1.5, 1.5)))
        let map = MapSpec(
            simulation: SimulationSpec(name: "blocks", landscape: bowl, steps: 3000, runs: [run]), run: 0, axes: .parameters(lr: 0.05...6, momentum: 0.1...0.9),
            grid: MapGrid(width: 48, height: 8))
        MapLoopTests.expectSameOutcomes(map)
        let block = QuietSteps<Quadratic, Momentum>.blockLength
        var diverged = Set<Int>(), converged = Set<Int>()
        for index in 0..<map.grid.count {
            var spec = map.simulation
            spec.runs[map.run] = map.cell(index).1
            let summary = try! Simulator(spec: spec).run(map.run, into: CollectingSink())
            if summary.diverged { diverged.insert(summary.last.step % block) }
            if let step = summary.convergedAt { converged.insert(step % block) }
        }
        #expect(diverged.count == block)
        #expect(converged.count == block)
    }

    /// A shard's cells, and any cells in any order, run in lanes as they would in one batch.
    @Test func shardsAndCellsInAnyOrder() {
        var rng = Xoshiro256StarStar(seed: 91, stream: 0)
        let landscape = AnyLandscape.rosenbrock(Rosenbrock())
        let run = RunSpec(label: "lanes", optimizer: .nesterov(Nesterov()), lr: 1e-3, start: .fixed(landscape.defaultStart))
        let map = MapLoopTests.randomMap(landscape, run, steps: 400, rng: &rng)
        let whole = map.outcomes(ofCells: Array(0..<map.grid.count))
        let shard = MapSpec(
            simulation: map.simulation, run: 0, axes: map.axes, grid: map.grid, shard: MapShard(index: 2, count: 3)!)
        let cells = shard.cellIndices.reversed().map { $0 }
        #expect(shard.outcomes(ofCells: cells).map { "\($0)" } == cells.map { "\(whole[$0])" })
    }
}
