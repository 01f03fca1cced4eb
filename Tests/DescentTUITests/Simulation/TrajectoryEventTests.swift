@testable import DescentCore
import Testing

@testable import DescentTUI

/// The controllers' decisions as the trajectory keeps them for the view: only the samples
/// with an event, eight bytes each, with the evaluations spent so far at every sample.
@Suite struct TrajectoryEventTests {
    @Test func anEventPacksIntoEightBytesAndBack() {
        let events = [
            StepEvent(restarted: true), StepEvent(backtracks: 60), StepEvent(lrReduced: true), StepEvent(stepUndone: true),
            StepEvent(restarted: true, backtracks: 3, lrReduced: true, stepUndone: true),
        ]
        for (sample, event) in events.enumerated() {
            let packed = TrajectoryEvent(sample: 199_999 + sample, event)
            #expect(packed.event == event && packed.sample == 199_999 + sample)
        }
        #expect(MemoryLayout<TrajectoryEvent>.stride == 8)
    }

    /// Bold driver from lr 0.01: it undoes steps 1 to 4 at the start (halving to 6.25e-4), and
    /// an undone step's sample is the point it went back to.
    @Test func theBoldDriverUndoesSteps() {
        let trajectory = Fixtures.app("bold-driver").derived.trajectories[1]
        let undone = trajectory.events.filter { $0.event.stepUndone }.map(\.sample)
        #expect(Array(undone.prefix(10)) == [1, 2, 3, 4, 6, 9, 12, 107, 108, 110])
        #expect(undone.allSatisfy { trajectory.positions[$0] == trajectory.positions[$0 - 1] })
        #expect(trajectory.rates[4] == 0.01 / 16)
        #expect(trajectory.rates[5] == 0.01 / 16 * 1.05)
        #expect(Fixtures.app("bold-driver").derived.trajectories[0].events.isEmpty)
    }

    /// κ = 1000, momentum 0.995: function restart fires every 52 steps, gradient restart every 53.
    @Test func adaptiveRestartIsKept() {
        let trajectories = Fixtures.app("restart-ill-conditioned").derived.trajectories
        #expect(trajectories[0].events.isEmpty)
        let function = trajectories[1].events, gradient = trajectories[2].events
        #expect(function.allSatisfy { $0.event == StepEvent(restarted: true) })
        #expect(Array(function.prefix(4).map(\.sample)) == [52, 104, 156, 208])
        #expect(Array(gradient.prefix(4).map(\.sample)) == [53, 106, 159, 212])
    }

    @Test func eventsUpToASample() {
        let trajectory = Fixtures.app("restart-ill-conditioned").derived.trajectories[1]
        #expect(trajectory.latestEvent(atOrBefore: 51) == nil)
        #expect(trajectory.latestEvent(atOrBefore: 52)?.sample == 52)
        #expect(trajectory.latestEvent(atOrBefore: 103)?.sample == 52)
        #expect(trajectory.events(through: 51).isEmpty)
        #expect(trajectory.events(through: 156).map(\.sample) == [52, 104, 156])
        #expect(trajectory.events(through: 3000).count == trajectory.events.count)
    }

    /// A line search pays a function evaluation per trial: the tuned constant lr spends one
    /// gradient per step; backtracking starts with f and ∇f and then spends a gradient and a
    /// trial per step, and one more trial per shrink.
    @Test func evaluationsAccumulate() {
        let trajectories = Fixtures.app("backtracking-rosenbrock").derived.trajectories
        let constant = trajectories[0], search = trajectories[1]
        #expect(constant.evals[0] == 1 && constant.evals[3000] == 3001)
        let shrinks = search.events.map(\.event.backtracks).reduce(0, +)
        #expect(shrinks > 0)
        #expect(search.evals[0] == 2 && search.evals[3000] == 2 + 3000 * 2 + shrinks)
    }

    /// A chart column spans what the lr did within it: the bold driver's saw-tooth halves and
    /// grows back many times in sixty steps.
    @Test func extremesSpanAColumn() throws {
        let trajectory = Fixtures.app("bold-driver").derived.trajectories[1]
        let range = try #require(trajectory.extremes(of: trajectory.rates, over: 1000...1060))
        #expect(range == trajectory.rates[1000...1060].min()!...trajectory.rates[1000...1060].max()!)
        #expect(range.upperBound / range.lowerBound >= 2)
        #expect(trajectory.extremes(of: trajectory.rates, over: 3001...3100) == nil)
    }
}
