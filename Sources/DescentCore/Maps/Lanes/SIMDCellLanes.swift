/// Runs a batch of cells a cell per SIMD lane, where they share landscape, optimizer and a
/// constant lr on the exact gradient (every cell's update is then the same formula, on its
/// own numbers): one instruction steps them all. `QuietSteps` checks every lane on masks for
/// what `CellRun.step()` would do more than visit and update: a point out of the box or not
/// finite, a gradient that may be under the tolerance, an update that leaves the position
/// where it was, the run's last step. A lane that meets one takes that step in its `CellRun`,
/// from its state as the lanes left it, so every byte is what the cell's run gives alone; then
/// it goes on in its lane, or the lane takes the next cell. Points a rate fit may take are
/// shown to that lane's fits in step order, as its run shows them.
struct SIMDCellLanes<L: LaneLandscape, O: LaneOptimizer> {
    typealias V = QuietSteps<L, O>.V
    typealias Mask = QuietSteps<L, O>.Mask

    private var runs: [CellRun<L, O, ExactInputs>]
    private var ends: [CellEnd?]
    private var next = 0
    private let steps: Int

    /// The run in each lane; nil for a lane left empty at the batch's end.
    private var lane: [Int?]
    /// Each lane's step and the steps taken in the lane since its run last heard of them.
    private var t: [Int]
    private var unrecorded: [Int]
    /// Whether each lane's next update is the lanes' (its lr finite, its optimizer ready).
    private var ready: [Bool]
    /// The settings the lanes update with: those of a run that is ready.
    private var template: O?

    private var position = LaneVector<V>(repeating: .zero)
    private var velocity = LaneVector<V>(repeating: .zero)
    /// Each lane's settings and checks, kept from cell to cell.
    private var quiet: QuietSteps<L, O>
    private var visited: QuietSteps<L, O>.Visited

    /// How each of `runs` ended, in their order. The runs step in place, in the batch's own
    /// storage: a copy would share each run's fits, and copy them again on their first point.
    static func run(_ runs: inout [CellRun<L, O, ExactInputs>]) -> [CellEnd] {
        guard let first = runs.first else { return [] }
        var lanes = SIMDCellLanes(count: runs.count, first: first)
        swap(&lanes.runs, &runs)
        lanes.run()
        swap(&lanes.runs, &runs)
        return lanes.ends.map { $0! }
    }

    private init(count: Int, first: CellRun<L, O, ExactInputs>) {
        runs = []
        ends = Array(repeating: nil, count: count)
        steps = first.steps
        lane = Array(repeating: nil, count: V.scalarCount)
        t = Array(repeating: 0, count: V.scalarCount)
        unrecorded = t
        ready = Array(repeating: false, count: V.scalarCount)
        quiet = QuietSteps(landscape: first.state.evaluations.landscape, targets: first.fits.map(\.target))
        visited = .init(points: .init(repeating: LaneVector(repeating: .zero)), fitting: Mask(repeating: false))
    }

    private mutating func run() {
        for i in 0..<V.scalarCount { take(next: i) }
        while true {
            for i in 0..<V.scalarCount {
                while lane[i] != nil && (!ready[i] || t[i] == steps) { stepAlone(i) }
            }
            guard any(quiet.active), let template else { return }
            var limit = Int.max
            for i in 0..<V.scalarCount where lane[i] != nil { limit = min(limit, steps - t[i]) }
            let (taken, stop) = quiet.run(template, from: &position, velocity: &velocity, upTo: limit, visited: &visited)
            for i in 0..<V.scalarCount where lane[i] != nil {
                t[i] += taken
                unrecorded[i] += taken
            }
            let next: QuietSteps<L, O>.Next
            switch stop {
            case .limit: continue
            case .block:
                fitVisited()
                continue
            case .step(let step): next = step
            }
            for i in 0..<V.scalarCount where next.leaving[i] { record(i) }
            for i in 0..<V.scalarCount where next.fitting[i] && !next.leaving[i] {
                fit(i, step: t[i], at: Vector2(position.x[i], position.y[i]))
            }
            position = next.position
            velocity = next.velocity
            for i in 0..<V.scalarCount where lane[i] != nil && !next.leaving[i] {
                t[i] += 1
                unrecorded[i] += 1
            }
            for i in 0..<V.scalarCount where next.leaving[i] { stepAlone(i) }
        }
    }

    /// A point of lane `i`, which a rate fit may take: the fits see it as `CellRun.step()`
    /// shows it to them, and the lane goes on with their new windows.
    private mutating func fit(_ i: Int, step: Int, at point: Vector2) {
        guard let r = lane[i] else { return }
        runs[r].fit(step: step, at: point)
        // Reading the run is a copy of it: only until its fits have drawn their windows.
        if !quiet.hasWindows(lane: i) { quiet.setWindows(lane: i, of: runs[r].fits) }
    }

    /// The points of the block just taken, for the lanes whose fits may take one.
    private mutating func fitVisited() {
        let length = QuietSteps<L, O>.blockLength
        for i in 0..<V.scalarCount where visited.fitting[i] {
            for k in 0..<length {
                let point = visited.points[k]
                fit(i, step: t[i] - length + k, at: Vector2(point.x[i], point.y[i]))
            }
        }
    }

    /// Tells lane `i`'s run of the steps it took in the lane.
    private mutating func record(_ i: Int) {
        guard let r = lane[i], unrecorded[i] > 0 else { return }
        var optimizer = runs[r].state.optimizer
        optimizer.velocity = Vector2(velocity.x[i], velocity.y[i])
        runs[r].skip(unrecorded[i], to: Vector2(position.x[i], position.y[i]), optimizer: optimizer)
        unrecorded[i] = 0
    }

    /// Lane `i`'s run takes its next step in its `CellRun`; the lane then goes on with it, or
    /// with the next cell once it has ended.
    private mutating func stepAlone(_ i: Int) {
        guard let r = lane[i] else { return }
        record(i)
        if let end = runs[r].step() {
            ends[r] = end
            take(next: i)
        } else {
            load(r, into: i)
        }
    }

    /// Lane `i` takes the next cell, or is left empty with a copy of a busy lane's numbers
    /// (which it steps to no effect, and which cannot slow it as subnormals would).
    private mutating func take(next i: Int) {
        guard next < runs.count else {
            lane[i] = nil
            quiet.active[i] = false
            if let busy = lane.indices.first(where: { lane[$0] != nil }) { copy(lane: busy, to: i) }
            return
        }
        load(next, into: i)
        next += 1
    }

    private mutating func load(_ r: Int, into i: Int) {
        // The run's state alone: a copy of the whole run would copy its fits too.
        let state = runs[r].state, optimizer = state.optimizer
        lane[i] = r
        quiet.active[i] = true
        t[i] = state.t
        unrecorded[i] = 0
        ready[i] = optimizer.updatesInLanes && state.inputs.rate.isFinite
        if ready[i] { template = optimizer }
        position.x[i] = state.position.x
        position.y[i] = state.position.y
        velocity.x[i] = optimizer.velocity.x
        velocity.y[i] = optimizer.velocity.y
        quiet.momentum[i] = optimizer.momentum
        quiet.lr[i] = state.inputs.rate
        quiet.convergenceBound[i] = state.convergedAt == nil ? state.surelyAboveTolerance : -.infinity
        quiet.setWindows(lane: i, of: runs[r].fits)
    }

    private mutating func copy(lane from: Int, to i: Int) {
        position.x[i] = position.x[from]
        position.y[i] = position.y[from]
        velocity.x[i] = velocity.x[from]
        velocity.y[i] = velocity.y[from]
        quiet.momentum[i] = quiet.momentum[from]
        quiet.lr[i] = quiet.lr[from]
    }
}
