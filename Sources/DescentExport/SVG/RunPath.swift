import DescentCore

/// One run as a figure draws it: every sample up to the step asked for, its position and
/// loss, simulated a slice at a time so that only the two numbers per sample are held.
struct RunPath {
    let index: Int
    let spec: RunSpec
    private(set) var steps: [Int] = []
    private(set) var positions: [Vector2] = []
    private(set) var losses: [Double] = []
    /// The step at which the run diverged, if it did by the step shown.
    private(set) var divergedAt: Int?

    /// Steps simulated between two hand-overs of rows.
    private static let slice = 65_536

    /// Run `index` of `simulator`'s spec up to `step` (at most its last).
    init(_ index: Int, of simulator: Simulator, through step: Int) {
        self.index = index
        spec = simulator.spec.runs[index]
        var run = simulator.resumableRun(index)
        var reached = -1
        while reached < step {
            reached = min(step, reached + Self.slice)
            let (rows, summary) = run.rows(until: reached)
            for row in rows {
                steps.append(row.step)
                positions.append(row.position)
                losses.append(row.loss)
                if row.status == .diverged { divergedAt = row.step }
            }
            if summary != nil { break }
        }
    }

    /// All the runs of `spec`, each up to `step`.
    static func all(of spec: SimulationSpec, through step: Int) -> [RunPath] {
        let simulator = Simulator(spec: spec)
        return spec.runs.indices.map { RunPath($0, of: simulator, through: step) }
    }

    /// The last point that is a number: where the run is at the step shown (or where it was
    /// last seen, for a run that diverged).
    var current: Vector2? { positions.last(where: \.isFinite) }
}
