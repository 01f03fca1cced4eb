/// A map: one run of a simulation, repeated over a grid of cells that each replace one or
/// two of its settings (lr and μ, or the start). All its other settings stay: optimizer,
/// schedule or controller, noise with its seed and stream, weight decay, restart.
public struct MapSpec: Sendable {
    let simulation: SimulationSpec
    /// Index of the mapped run in `simulation.runs`.
    let run: Int
    let axes: MapAxes
    public let grid: MapGrid
    public let shard: MapShard
    /// What the cells keep of the mapped run, worked out once: its start (on a map of lr and
    /// μ) and its μ (on a map of starts; nil for an optimizer without one).
    private let start: Vector2
    private let momentum: Double?

    /// `axes` of `.parameters` on an optimizer without a momentum coefficient vary lr alone,
    /// on a grid one row high.
    public init(simulation: SimulationSpec, run: Int, axes: MapAxes, grid: MapGrid, shard: MapShard = .all) {
        precondition(simulation.runs.indices.contains(run), "no such run")
        if case .parameters = axes, simulation.runs[run].optimizer.momentum == nil {
            precondition(grid.height == 1, "without momentum, a map of parameters has one row")
        }
        self.simulation = simulation
        self.run = run
        self.axes = axes
        self.grid = grid
        self.shard = shard
        start = Simulator(spec: simulation).startPoint(of: simulation.runs[run])
        momentum = simulation.runs[run].optimizer.momentum
    }

    /// The indices of the cells in this shard, in order.
    var cellIndices: [Int] { (0..<grid.count).filter(shard.contains(cell:)) }

    /// Cell `index`: where it is and the settings its run takes, without running it.
    public func settings(ofCell index: Int) -> MapCell {
        let (fx, fy) = grid.centre(of: index), (x, y) = grid.position(of: index)
        switch axes {
        case .parameters(let lrAxis, let momentumAxis):
            return MapCell(
                x: x, y: y, lr: MapAxes.logarithmic(lrAxis, at: fx),
                momentum: momentum == nil ? nil : MapAxes.linear(momentumAxis, at: fy), start: start)
        case .starts(let box):
            return MapCell(
                x: x, y: y, lr: simulation.runs[run].lr, momentum: momentum,
                start: Vector2(MapAxes.linear(box.x, at: fx), MapAxes.linear(box.y, at: fy)))
        }
    }

    /// The rate theory predicts for cell `index` (REFERENCE.md A10), without running it: what
    /// a map draws its ρ = 1 boundary from.
    public func predictedRate(ofCell index: Int) -> Double? {
        simulation.landscape.predictedRate(of: cell(index).1)
    }

    /// Where theory puts the fastest constant lr (and μ) for the mapped run, where it has a
    /// closed form (REFERENCE.md A10): Polyak's heavy ball, Nesterov's tuning for quadratics.
    public var predictedOptimum: (lr: Double, momentum: Double?)? {
        simulation.landscape.predictedOptimum(of: simulation.runs[run])
    }

    /// Cell `index` and the run it takes: the mapped run with the cell's settings.
    func cell(_ index: Int) -> (MapCell, RunSpec) {
        let cell = settings(ofCell: index)
        var run = simulation.runs[self.run]
        switch axes {
        case .parameters:
            run.lr = cell.lr
            if let momentum = cell.momentum { run.optimizer = run.optimizer.withMomentum(momentum) }
        case .starts:
            run.start = .fixed(cell.start)
        }
        return (cell, run)
    }
}
