import DescentCore
import Foundation

/// A map's outcomes as far as they are done, and the work that goes on filling them in: the
/// coarse pass first, then the rest, in pieces that run side by side on every core. A new key
/// (an edit, a pan or zoom for basins, a resize, another landscape) starts a new fill and makes
/// every piece still out stale, as `Simulations` does with its jobs.
struct OutcomeMap {
    /// What a map depends on besides the scenario's fixed settings (steps, seed, tolerance).
    struct Key: Equatable {
        var kind: MapKind
        var landscape: AnyLandscape
        /// Random starts are drawn in it, and basins are judged by its diagonal.
        var view: ViewBox
        var selected: Int
        var run: RunSpec
        var axes: MapAxes
        var grid: MapGrid
        /// Steps per cell: the scenario's.
        var steps: Int
    }

    /// Pieces out at once: one per core keeps them all busy.
    static let parallelJobs = max(2, ProcessInfo.processInfo.activeProcessorCount)
    /// Steps one piece runs at most (whole cells, at least one): a few milliseconds, so a
    /// stale piece frees its core soon. Not fewer: the event loop takes finished work at its
    /// next frame, so every round of pieces costs a frame; small pieces made a 64 × 32 map of
    /// 1000-step runs take 32 rounds, over a second.
    static let stepsPerJob = 500_000
    /// Cells per piece of the coarse pass at most, so that it is shared among the cores.
    static let cellsPerJob = 32

    private(set) var key: Key?
    private(set) var spec: MapSpec?
    /// Each cell's outcome once done, by cell index.
    private(set) var outcomes: [MapOutcome?] = []
    /// Each cell's predicted rate (REFERENCE.md A10), on a map of lr and μ.
    private(set) var predictedRates: [Double?] = []
    private var queue: ArraySlice<Int> = []
    private var generation = 0
    private var jobs = 0
    private var outstanding = 0
    private var done = 0

    /// Starts a new fill when the key changed (none for a nil key: the map is closed, and its
    /// work stops), and sends out pieces until every core has one.
    mutating func refresh(_ key: Key?, simulating simulation: SimulationSpec) -> Command {
        if key != self.key {
            start(key, spec: key.map { MapSpec(simulation: simulation, run: $0.selected, axes: $0.axes, grid: $0.grid) })
        }
        guard let spec, let key else { return .none }
        var commands: [Command] = []
        let cellsPerJob = max(1, Self.stepsPerJob / max(key.steps, 1))
        let coarse = MapFillOrder.coarseCount(width: key.grid.width, height: key.grid.height)
        while outstanding < Self.parallelJobs, !queue.isEmpty {
            let inCoarsePass = queue.startIndex < coarse
            let count = inCoarsePass ? min(cellsPerJob, Self.cellsPerJob, coarse - queue.startIndex) : cellsPerJob
            let cells = Array(queue.prefix(count))
            queue = queue.dropFirst(cells.count)
            jobs += 1
            outstanding += 1
            let job = MapJob(generation: generation, number: jobs, spec: spec, cells: cells)
            commands.append(.work { .mapped(job.run()) })
        }
        return .combining(commands)
    }

    /// Takes a piece of the current fill; drops a stale one.
    mutating func receive(_ slice: MapSlice) {
        guard slice.generation == generation, let grid = key?.grid else { return }
        outstanding -= 1
        for outcome in slice.outcomes {
            outcomes[outcome.cell.y * grid.width + outcome.cell.x] = outcome
        }
        done += slice.outcomes.count
    }

    /// How far the fill has got, 0 ... 1, while it goes on; nil once done or with no map.
    var progress: Double? {
        guard !outcomes.isEmpty, done < outcomes.count else { return nil }
        return Double(done) / Double(outcomes.count)
    }

    /// Cell (x, y)'s outcome, or until it is done that of the coarse cell standing in for it.
    func shownOutcome(x: Int, y: Int) -> MapOutcome? {
        guard let grid = key?.grid else { return nil }
        let standIn = MapFillOrder.standIn(x: x, y: y)
        return outcomes[y * grid.width + x] ?? outcomes[standIn.y * grid.width + standIn.x]
    }

    private mutating func start(_ key: Key?, spec: MapSpec?) {
        generation += 1
        self.key = key
        self.spec = spec
        outstanding = 0
        done = 0
        guard let key, let spec else {
            outcomes = []
            predictedRates = []
            queue = []
            return
        }
        outcomes = Array(repeating: nil, count: key.grid.count)
        predictedRates = key.kind == .parameters ? (0..<key.grid.count).map(spec.predictedRate(ofCell:)) : []
        queue = ArraySlice(MapFillOrder.cells(width: key.grid.width, height: key.grid.height))
    }
}
