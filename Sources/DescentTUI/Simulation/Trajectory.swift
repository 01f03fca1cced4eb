import DescentCore

/// One run's path as the view needs it: every `stride`-th step (and the last), column by column.
///
/// Kept as parallel arrays rather than `[Sample]`: the map reads positions, the charts read
/// losses and rates, and a long run holds up to ~200,000 of each.
struct Trajectory: Equatable {
    /// Sample i is step i·stride, except the last, which is `lastStep`.
    let stride: Int
    var positions: [Vector2] = []
    var losses: [Double] = []
    var gradients: [Vector2] = []
    var rates: [Double] = []
    /// Function and gradient evaluations spent up to each sample (cumulative).
    var evals: [Int] = []
    /// The samples at which the controller or restart rule did something, in order; most
    /// samples of most runs have none. A sample stands for its own step only: with a stride
    /// above 1 the events of the steps in between are not seen.
    var events: [TrajectoryEvent] = []
    /// The step of the last sample: the run's length, or where it diverged (or stopped at tolerance).
    var lastStep = 0
    var convergedAt: Int?
    /// Evaluations spent up to `convergedAt`: known even where that step is not a kept sample.
    var convergedEvals: Int?
    var diverged = false
    /// The lowest finite loss of any sample (infinity if none): the loss chart's floor on
    /// landscapes without a known minimum.
    var lowestLoss = Double.infinity

    init(stride: Int) {
        self.stride = stride
    }

    var count: Int { positions.count }

    /// The sample shown at playhead `step`: the latest one at or before it.
    func index(atStep step: Int) -> Int {
        step >= lastStep ? count - 1 : step / stride
    }

    /// The step of sample i.
    func step(ofSample i: Int) -> Int {
        i == count - 1 ? lastStep : i * stride
    }

    /// The run as it stands at a step between two kept samples: samples 0 ... i, then that
    /// step exactly as the last. The loss floor stays the whole run's, so charts keep their scale.
    func cut(after i: Int, at sample: Sample) -> Trajectory {
        var cut = Trajectory(stride: stride)
        cut.positions = Array(positions[...i])
        cut.losses = Array(losses[...i])
        cut.gradients = Array(gradients[...i])
        cut.rates = Array(rates[...i])
        cut.evals = Array(evals[...i])
        cut.events = Array(events(through: i))
        cut.convergedAt = convergedAt.flatMap { $0 <= sample.step ? $0 : nil }
        cut.convergedEvals = cut.convergedAt == nil ? nil : convergedEvals
        cut.append(sample)
        cut.diverged = sample.status == .diverged
        cut.lowestLoss = lowestLoss
        return cut
    }

    /// What only the run's end tells: where it converged, at what cost, and whether it diverged.
    mutating func end(_ summary: RunSummary) {
        convergedAt = summary.convergedAt
        convergedEvals = summary.convergedEvals
        diverged = summary.diverged
    }

    mutating func append(_ sample: Sample) {
        positions.append(sample.position)
        losses.append(sample.loss)
        gradients.append(sample.gradient)
        rates.append(sample.lr)
        evals.append(sample.evals)
        if !sample.event.isEmpty { events.append(TrajectoryEvent(sample: positions.count - 1, sample.event)) }
        lastStep = sample.step
        if sample.loss.isFinite && sample.loss < lowestLoss { lowestLoss = sample.loss }
    }
}
