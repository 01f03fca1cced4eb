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

    /// `axes` of `.parameters` need a run whose optimizer has a momentum coefficient.
    public init(simulation: SimulationSpec, run: Int, axes: MapAxes, grid: MapGrid, shard: MapShard = .all) {
        precondition(simulation.runs.indices.contains(run), "no such run")
        if case .parameters = axes {
            precondition(simulation.runs[run].optimizer.momentum != nil, "a momentum axis needs momentum")
        }
        self.simulation = simulation
        self.run = run
        self.axes = axes
        self.grid = grid
        self.shard = shard
    }

    /// The indices of the cells in this shard, in order.
    var cellIndices: [Int] { (0..<grid.count).filter(shard.contains(cell:)) }

    /// Cell `index` and the run it takes.
    func cell(_ index: Int) -> (MapCell, RunSpec) {
        var run = simulation.runs[self.run]
        let (fx, fy) = grid.centre(of: index)
        switch axes {
        case .parameters(let lr, let momentum):
            run.lr = MapAxes.logarithmic(lr, at: fx)
            run.optimizer = run.optimizer.withMomentum(MapAxes.linear(momentum, at: fy))
        case .starts(let box):
            run.start = .fixed(Vector2(MapAxes.linear(box.x, at: fx), MapAxes.linear(box.y, at: fy)))
        }
        let (x, y) = grid.position(of: index)
        let start = Simulator(spec: simulation).startPoint(of: run)
        return (MapCell(x: x, y: y, lr: run.lr, momentum: run.optimizer.momentum, start: start), run)
    }
}
