import Foundation
import Testing
@testable import DescentCore

@Suite struct LearningRateScheduleTests {
    @Test func withoutWarmupItIsTheSchedule() {
        let cosine = Schedule.cosine(tMax: 10, etaMin: 0)
        for t in [0, 3, 10, 17] {
            #expect(LearningRateSchedule(cosine).rate(at: t, base: 0.5) == cosine.rate(at: t, base: 0.5))
        }
    }

    @Test func warmupFromZeroIntoCosine() {
        let s = LearningRateSchedule(.cosine(tMax: 1000, etaMin: 0.01), warmup: Warmup(steps: 100))
        expectRate(s.rate(at: 0, base: 0.5), 0)
        expectRate(s.rate(at: 50, base: 0.5), 0.25)
        expectRate(s.rate(at: 99, base: 0.5), 0.495)
        expectRate(s.rate(at: 100, base: 0.5), 0.5)  // the cosine at its own t = 0
        expectRate(s.rate(at: 600, base: 0.5), 0.01 + 0.49 / 2)
        expectRate(s.rate(at: 1100, base: 0.5), 0.01)  // t_max steps after the warmup
    }

    @Test func warmupFromAStartFactor() {
        let s = LearningRateSchedule(.cosine(tMax: 20, etaMin: 0), warmup: Warmup(steps: 10, startFactor: 0.1))
        expectRate(s.rate(at: 0, base: 2), 0.2)
        expectRate(s.rate(at: 5, base: 2), 2 * (0.1 + 0.9 * 0.5))
        expectRate(s.rate(at: 10, base: 2), 2)
        expectRate(s.rate(at: 20, base: 2), 1)
    }

    @Test func warmupShiftsAStepSchedule() {
        let s = LearningRateSchedule(.step(stepSize: 5, gamma: 0.5), warmup: Warmup(steps: 4, startFactor: 1))
        #expect((0..<9).map { s.rate(at: $0, base: 1) } == [1, 1, 1, 1, 1, 1, 1, 1, 1])
        #expect(s.rate(at: 9, base: 1) == 0.5)
    }

    @Test func warmupBuildsFromDefaults() {
        let values = ParameterValues(resolving: ["steps": .integer(10)], for: Warmup.parameters)
        #expect(Warmup(values) == Warmup(steps: 10, startFactor: 0))
        let given = ParameterValues(
            resolving: ["steps": .integer(3), "start_factor": .number(0.25)], for: Warmup.parameters)
        #expect(Warmup(given) == Warmup(steps: 3, startFactor: 0.25))
    }

    @Test func warmupParameters() throws {
        let steps = try #require(Warmup.parameters.first { $0.name == "steps" })
        let startFactor = try #require(Warmup.parameters.first { $0.name == "start_factor" })
        #expect(!steps.isOptional)
        #expect(steps.constraint.violation(by: .integer(0)) != nil)
        #expect(steps.constraint.violation(by: .integer(1)) == nil)
        #expect(startFactor.constraint.violation(by: .number(1)) == nil)
        #expect(startFactor.constraint.violation(by: .number(1.5)) != nil)
    }

    /// After a warmup, the lengths that follow the run are the steps left, so a warmed-up
    /// cosine ends at eta_min on the last step, as optax.warmup_cosine_decay_schedule(D = steps).
    @Test func runLengthsAfterAWarmupAreTheStepsLeft() {
        let warmup = Warmup(steps: 100, startFactor: 0)
        let cosine = LearningRateSchedule(.cosine(tMax: .run, etaMin: 0.01), warmup: warmup).resolved(runLength: 1000)
        #expect(cosine.schedule == .cosine(tMax: 900, etaMin: 0.01))
        expectRate(cosine.rate(at: 1000, base: 0.5), 0.01)
        // optax: end + (peak − end)·½(1 + cos(π(t − W)/(D − W))) at t = 550.
        expectRate(cosine.rate(at: 550, base: 0.5), 0.01 + 0.49 * 0.5 * (1 + cos(Double.pi * 450 / 900)))
        let cycle = LearningRateSchedule(
            .oneCycle(maxLR: nil, totalSteps: .run, pctStart: 0.3, divFactor: 25, finalDivFactor: 1e4), warmup: warmup)
        #expect(cycle.resolved(runLength: 1000).schedule
            == .oneCycle(maxLR: nil, totalSteps: 900, pctStart: 0.3, divFactor: 25, finalDivFactor: 1e4))
        // Given lengths stay; without a warmup the run's steps are the length.
        let given = LearningRateSchedule(.cosine(tMax: 300, etaMin: 0), warmup: warmup)
        #expect(given.resolved(runLength: 1000) == given)
        #expect(LearningRateSchedule(.cosine(tMax: .run, etaMin: 0)).resolved(runLength: 1000).schedule == .cosine(tMax: 1000, etaMin: 0))
        #expect(ScheduleCatalog.entry(named: "polynomial")?.make() == .polynomial(totalIters: 5, power: 1))
    }

    @Test func descriptionShowsTheWarmupFirst() {
        #expect(LearningRateSchedule(.constant).description == "constant")
        #expect(
            LearningRateSchedule(.cosine(tMax: 2000, etaMin: 0), warmup: Warmup(steps: 100)).description
                == "warmup(steps=100, start_factor=0) → cosine(t_max=2000, eta_min=0)")
    }
}
