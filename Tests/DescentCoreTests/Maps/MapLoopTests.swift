@testable import DescentCore
import Foundation
import Testing

/// The map's own loop (cells in interleaved lanes, only the outcome kept) against the
/// general path: each cell's run simulated as a trajectory with every step written, its rows
/// fitted and judged as a map judges them. Bit for bit, on seeded random maps.
@Suite("Maps, the cells' loop against trajectories")
struct MapLoopTests {
    static let landscapes: [AnyLandscape] = [
        .rosenbrock(Rosenbrock()), .himmelblau(Himmelblau()),
        .quadratic(Quadratic(eigenvalues: Vector2(1, 0.01), angle: 30)),
        .expression(try! Expression("(x^2 - a^2)^2 + b*y^2", parameters: [.init("a", 1.5), .init("b", 2)],
            minima: [Vector2(-1.5, 0), Vector2(1.5, 0)])),
    ]

    @Test(arguments: OptimizerCatalog.entries.map(\.name))
    func everyOptimizerOnEveryKindOfLandscape(name: String) {
        var rng = Xoshiro256StarStar(seed: 9, stream: UInt64(name.utf8.count))
        for landscape in Self.landscapes {
            let run = RunSpec(
                label: name, optimizer: OptimizerCatalog.entry(named: name)!.make(), lr: 0.01,
                start: .fixed(landscape.defaultStart))
            Self.expectSameOutcomes(Self.randomMap(landscape, run, steps: 300, rng: &rng))
        }
    }

    /// Every controller, and every schedule the view's `s` key sets up on its own.
    @Test(arguments: StepSizeRule.entries.filter { $0.preset(runLength: 300, lr: 0.01) != nil }.map(\.name))
    func schedulesAndControllersWithNoiseWeightDecayAndRestart(name: String) {
        var rng = Xoshiro256StarStar(seed: 11, stream: UInt64(name.utf8.count))
        for (landscape, optimizer) in zip(Self.landscapes, [AnyOptimizer.nesterov(Nesterov()), .momentum(Momentum()), .adam(Adam()), .sgd(SGD())]) {
            let run = RunSpec(
                label: name, optimizer: optimizer, lr: 0.01, stepSize: StepSizeRule.entries.first { $0.name == name }!.preset(runLength: 300, lr: 0.01)!,
                restart: optimizer.acceptsRestart ? .gradient : nil, weightDecay: 0.01, noise: 0.3, l1: 0.01,
                start: .random(stream: 0))
            Self.expectSameOutcomes(Self.randomMap(landscape, run, steps: 300, rng: &rng))
        }
    }

    /// Cells that land exactly on the minimum and stay there (sgd at lr 1/λ on a round bowl
    /// reaches it in one step), and cells that diverge (lr 2.5/λ).
    @Test(arguments: [1.0, 2.5])
    func cellsAtAFixedPointAndCellsThatDiverge(lr: Double) {
        let bowl = AnyLandscape.quadratic(Quadratic(eigenvalues: Vector2(1, 1)))
        let run = RunSpec(label: "gd", optimizer: .sgd(SGD()), lr: lr, start: .fixed(.zero))
        let map = MapSpec(
            simulation: SimulationSpec(name: "bowl", landscape: bowl, steps: 200, runs: [run]), run: 0,
            axes: .starts(bowl.defaultView), grid: MapGrid(width: 6, height: 4))
        let outcomes = map.outcomes(ofCells: Array(0..<map.grid.count))
        if lr == 1 {
            #expect(outcomes.allSatisfy { $0.final == .zero && $0.stepsToTolerance == 1 })
        } else {
            #expect(outcomes.allSatisfy { $0.status == .diverged })
        }
        Self.expectSameOutcomes(map)
    }

    /// Long runs that settle exactly (momentum buffers that stop changing, subnormal or
    /// zero): the map's loop stops stepping there, and must end where stepping on would.
    @Test(arguments: [AnyOptimizer.nesterov(Nesterov()), .momentum(Momentum()), .sgd(SGD())])
    func longRunsThatSettleAtAFixedPoint(optimizer: AnyOptimizer) {
        let bowl = AnyLandscape.quadratic(Quadratic(eigenvalues: Vector2(1, 0.01), angle: 30))
        let run = RunSpec(label: "settle", optimizer: optimizer, lr: 1, start: .fixed(Vector2(-1.5, 1.5)))
        let axes: MapAxes =
            optimizer.momentum != nil ? .parameters(lr: 0.5...2, momentum: 0.3...0.7) : .starts(bowl.defaultView)
        let map = MapSpec(
            simulation: SimulationSpec(name: "settle", landscape: bowl, steps: 30_000, runs: [run]), run: 0,
            axes: axes, grid: MapGrid(width: 2, height: 2))
        Self.expectSameOutcomes(map)
    }

    /// A map of `run` over lr and momentum where the optimizer has momentum, else over starts,
    /// with ranges drawn wide enough that some cells diverge.
    static func randomMap(_ landscape: AnyLandscape, _ run: RunSpec, steps: Int, rng: inout Xoshiro256StarStar) -> MapSpec {
        let simulation = SimulationSpec(name: "random", landscape: landscape, steps: steps, seed: rng.next(), runs: [run])
        let low = pow(10, -4 + 2.5 * rng.nextUnit())
        let axes: MapAxes =
            run.optimizer.momentum != nil
            ? .parameters(lr: low...(low * pow(10, 1 + 2 * rng.nextUnit())), momentum: run.optimizer.lowestMomentum...0.99)
            : .starts(landscape.defaultView)
        return MapSpec(simulation: simulation, run: 0, axes: axes, grid: MapGrid(width: 7, height: 5))
    }

    static func expectSameOutcomes(_ map: MapSpec, sourceLocation: SourceLocation = #_sourceLocation) {
        let cells = Array(0..<map.grid.count)
        let found = map.outcomes(ofCells: cells)
        for (index, outcome) in zip(cells, found) {
            // Descriptions spell every Double exactly (−0 and NaN included).
            #expect("\(outcome)" == "\(trajectoryOutcome(map, cell: index))", sourceLocation: sourceLocation)
        }
    }

    /// The general path: the cell's run as a trajectory, every row into a rate fit per minimum.
    static func trajectoryOutcome(_ map: MapSpec, cell index: Int) -> MapOutcome {
        let (cell, run) = map.cell(index)
        var spec = map.simulation
        spec.runs[map.run] = run
        let sink = FittingSink(minima: spec.landscape.minima)
        let summary = try! Simulator(spec: spec).run(map.run, into: sink)
        let position = summary.last.position, minima = spec.landscape.minima
        let nearest = minima.indices.min { (minima[$0].position - position).norm < (minima[$1].position - position).norm }
        let end = CellEnd(
            position: position, loss: summary.last.loss, diverged: summary.diverged,
            convergedAt: summary.convergedAt, convergedEvals: summary.convergedEvals,
            nearest: nearest.map { ($0, (minima[$0].position - position).norm, sink.fits[$0].rate) })
        return map.outcome(
            of: cell, end: end, minimumValue: spec.landscape.minimumValue, predictedRate: spec.landscape.predictedRate(of: run))
    }
}

/// Fits every row it is given toward each known minimum.
private final class FittingSink: SampleSink {
    private(set) var fits: [RateFit]

    init(minima: [KnownMinimum]) {
        fits = minima.map { RateFit(target: $0.position) }
    }

    func begin(_ run: RunInfo) {}
    func record(_ sample: Sample) {
        for i in fits.indices { fits[i].add(step: sample.step, at: sample.position) }
    }
    func end(_ summary: RunSummary) {}
}
