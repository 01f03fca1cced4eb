import Foundation
import Testing
@testable import DescentCore

/// Each schedule at chosen steps against its formula (REFERENCE.md A4), written out here by
/// hand, including the edge cases where PyTorch does something easy to get wrong.
@Suite struct ScheduleTests {
    @Test func constantIsTheBaseAtEveryStep() {
        for t in [0, 1, 999, 1_000_000_000] {
            #expect(Schedule.constant.rate(at: t, base: 0.3) == 0.3)
        }
    }

    @Test func stepDecaysAtMultiplesOfStepSize() {
        let s = Schedule.step(stepSize: 3, gamma: 0.5)
        let expected: [Int: Double] = [0: 2, 1: 2, 2: 2, 3: 1, 5: 1, 6: 0.5, 8: 0.5, 9: 0.25, 30: 2.0 / 1024]
        for (t, lr) in expected {
            #expect(s.rate(at: t, base: 2) == lr, "t = \(t)")
        }
    }

    @Test func multistepCountsRepeatedMilestones() {
        let s = Schedule.multistep(milestones: [2, 2, 5], gamma: 0.1)
        expectRate(s.rate(at: 0, base: 3), 3)
        expectRate(s.rate(at: 1, base: 3), 3)
        expectRate(s.rate(at: 2, base: 3), 0.03)
        expectRate(s.rate(at: 4, base: 3), 0.03)
        expectRate(s.rate(at: 5, base: 3), 0.003)
        expectRate(s.rate(at: 500, base: 3), 0.003)
    }

    @Test func multistepIgnoresMilestoneOrder() {
        let unsorted = Schedule.multistep(milestones: [30, 10, 20, 10], gamma: 0.5)
        let expected: [Int: Double] = [9: 1, 10: 0.25, 19: 0.25, 20: 0.125, 29: 0.125, 30: 0.0625, 99: 0.0625]
        for (t, lr) in expected {
            #expect(unsorted.rate(at: t, base: 1) == lr, "t = \(t)")
        }
    }

    @Test func multistepWithoutMilestonesIsConstant() {
        #expect(Schedule.multistep(milestones: [], gamma: 0.1).rate(at: 100, base: 0.7) == 0.7)
    }

    @Test func exponentialMultipliesEveryStep() {
        let s = Schedule.exponential(gamma: 0.5)
        #expect(s.rate(at: 0, base: 3) == 3)
        #expect(s.rate(at: 1, base: 3) == 1.5)
        #expect(s.rate(at: 4, base: 3) == 3.0 / 16)
        expectRate(Schedule.exponential(gamma: 0.99).rate(at: 100, base: 1), 0.36603234127322950)
    }

    @Test func inverseTimeIsSmoothUnlessStaircase() {
        let smooth = Schedule.inverseTime(decaySteps: 10, decayRate: 0.5, staircase: false)
        let stairs = Schedule.inverseTime(decaySteps: 10, decayRate: 0.5, staircase: true)
        expectRate(smooth.rate(at: 0, base: 1), 1)
        expectRate(smooth.rate(at: 5, base: 1), 1 / 1.25)
        expectRate(smooth.rate(at: 10, base: 1), 1 / 1.5)
        expectRate(smooth.rate(at: 19, base: 1), 1 / 1.95)
        expectRate(stairs.rate(at: 5, base: 1), 1)
        expectRate(stairs.rate(at: 9, base: 1), 1)
        expectRate(stairs.rate(at: 10, base: 1), 1 / 1.5)
        expectRate(stairs.rate(at: 19, base: 1), 1 / 1.5)
        expectRate(stairs.rate(at: 20, base: 1), 0.5)
    }

    @Test func polynomialReachesZeroAndStaysThere() {
        let square = Schedule.polynomial(totalIters: 4, power: 2)
        expectRate(square.rate(at: 0, base: 2), 2)
        expectRate(square.rate(at: 1, base: 2), 2 * 0.5625)
        expectRate(square.rate(at: 2, base: 2), 0.5)
        expectRate(square.rate(at: 3, base: 2), 2 * 0.0625)
        #expect(square.rate(at: 4, base: 2) == 0)
        #expect(square.rate(at: 40, base: 2) == 0)
        expectRate(Schedule.polynomial(totalIters: 5, power: 1).rate(at: 2, base: 1), 0.6)
    }

    @Test func linearRampsThenHoldsEndFactor() {
        let up = Schedule.linear(startFactor: 1.0 / 3, endFactor: 1, totalIters: 5)
        expectRate(up.rate(at: 0, base: 3), 1)
        expectRate(up.rate(at: 2, base: 3), 1.8)
        expectRate(up.rate(at: 5, base: 3), 3)
        expectRate(up.rate(at: 100, base: 3), 3)
        let down = Schedule.linear(startFactor: 1, endFactor: 0.5, totalIters: 4)
        expectRate(down.rate(at: 2, base: 2), 1.5)
        expectRate(down.rate(at: 4, base: 2), 1)
        expectRate(down.rate(at: 9, base: 2), 1)
    }

    @Test func cosineKeepsGoingPastTMax() {
        let s = Schedule.cosine(tMax: 10, etaMin: 0)
        expectRate(s.rate(at: 0, base: 1), 1)
        expectRate(s.rate(at: 5, base: 1), 0.5)
        expectRate(s.rate(at: 10, base: 1), 0)
        expectRate(s.rate(at: 15, base: 1), 0.5)
        expectRate(s.rate(at: 20, base: 1), 1)
        // 39 = 4·10 − 1: one step short of the second return to the base.
        expectRate(s.rate(at: 39, base: 1), (1 + 0.9510565162951535) / 2)
    }

    @Test func cosineBottomsOutAtEtaMin() {
        let s = Schedule.cosine(tMax: 10, etaMin: 0.1)
        expectRate(s.rate(at: 5, base: 1), 0.55)
        expectRate(s.rate(at: 10, base: 1), 0.1)
        expectRate(s.rate(at: 20, base: 1), 1)
    }

    @Test func cosineRestartsWithGrowingPeriods() {
        let s = Schedule.cosineRestarts(t0: 10, tMult: 2, etaMin: 0)
        let cos = { (x: Double) in (1 + Foundation.cos(Double.pi * x)) / 2 }
        expectRate(s.rate(at: 0, base: 1), 1)
        expectRate(s.rate(at: 5, base: 1), 0.5)
        expectRate(s.rate(at: 9, base: 1), cos(0.9))
        expectRate(s.rate(at: 10, base: 1), 1)  // first restart; the next period is 20
        expectRate(s.rate(at: 20, base: 1), 0.5)
        expectRate(s.rate(at: 29, base: 1), cos(19.0 / 20))
        expectRate(s.rate(at: 30, base: 1), 1)  // second restart; the next period is 40
        expectRate(s.rate(at: 40, base: 1), cos(0.25))
        expectRate(s.rate(at: 69, base: 1), cos(39.0 / 40))
        expectRate(s.rate(at: 70, base: 1), 1)
    }

    @Test func cosineRestartsWithFixedPeriod() {
        let s = Schedule.cosineRestarts(t0: 4, tMult: 1, etaMin: 0.2)
        expectRate(s.rate(at: 2, base: 1), 0.6)
        expectRate(s.rate(at: 4, base: 1), 1)
        expectRate(s.rate(at: 1002, base: 1), 0.6)
        expectRate(s.rate(at: 1_000_000_003, base: 1), 0.2 + 0.8 * (1 + cos(0.75 * Double.pi)) / 2)
    }

    @Test func cosineRestartsSurvivesAHugeTMult() {
        let s = Schedule.cosineRestarts(t0: 10, tMult: Int.max, etaMin: 0)
        expectRate(s.rate(at: 5, base: 1), 0.5)
        expectRate(s.rate(at: 15, base: 1), 1)
    }

    @Test func oneCyclePhaseBoundaries() {
        // N = 100, pct_start 0.3: e1 = 0.3·100 − 1 = 29; initial = 1/25, final = initial/1e4.
        let s = Schedule.oneCycle(maxLR: 1, totalSteps: 100, pctStart: 0.3, divFactor: 25, finalDivFactor: 1e4)
        let initial = 0.04, final = 4e-6
        expectRate(s.rate(at: 0, base: 123), initial)
        expectRate(s.rate(at: 10, base: 123), 1 + (initial - 1) * (1 + cos(Double.pi * 10 / 29)) / 2)
        expectRate(s.rate(at: 29, base: 123), 1)
        expectRate(s.rate(at: 64, base: 123), (1 + final) / 2)  // halfway through [29, 99]
        expectRate(s.rate(at: 99, base: 123), final)
        // PyTorch's last value: the last phase past its end, (100 − 29)/(99 − 29) > 1, turning up.
        expectRate(s.rate(at: 100, base: 123), final + (1 - final) * (1 + cos(Double.pi * 71 / 70)) / 2)
        #expect(s.rate(at: 100, base: 123) == 0.0005074647154757324)  // torch 2.15's OneCycleLR after 100 steps
        expectRate(s.rate(at: 101, base: 123), final)
        expectRate(s.rate(at: 5000, base: 123), final)
    }

    @Test func oneCyclePeaksAtTheBaseWithoutMaxLR() {
        let s = Schedule.oneCycle(maxLR: nil, totalSteps: 100, pctStart: 0.3, divFactor: 25, finalDivFactor: 1e4)
        expectRate(s.rate(at: 0, base: 2), 0.08)
        expectRate(s.rate(at: 29, base: 2), 2)
        expectRate(s.rate(at: 99, base: 2), 8e-6)
    }

    @Test func oneCycleWithAnEmptyFirstPhase() {
        // pct_start·N = 1 puts e1 at 0, where PyTorch divides 0 by 0; we start at the peak.
        let s = Schedule.oneCycle(maxLR: 1, totalSteps: 10, pctStart: 0.1, divFactor: 25, finalDivFactor: 1e4)
        expectRate(s.rate(at: 0, base: 1), 1)
        expectRate(s.rate(at: 9, base: 1), 4e-6)
        // pct_start·N < 1: e1 < 0, and PyTorch goes straight into phase 2 from t = 0.
        let short = Schedule.oneCycle(maxLR: 1, totalSteps: 2, pctStart: 0.3, divFactor: 25, finalDivFactor: 1e4)
        expectRate(short.rate(at: 0, base: 1), 4e-6 + (1 - 4e-6) * (1 + cos(Double.pi * 0.4 / 1.4)) / 2)
        expectRate(short.rate(at: 1, base: 1), 4e-6)
    }

    @Test func namesAreTheCatalogNames() {
        let schedules: [Schedule] = [
            .constant, .step(stepSize: 1, gamma: 0.1), .multistep(milestones: [1], gamma: 0.1),
            .exponential(gamma: 0.9), .inverseTime(decaySteps: 1, decayRate: 1, staircase: false),
            .polynomial(totalIters: 5, power: 1), .cosine(tMax: 5, etaMin: 0),
            .cosineRestarts(t0: 5, tMult: 1, etaMin: 0),
            .oneCycle(maxLR: nil, totalSteps: 5, pctStart: 0.3, divFactor: 25, finalDivFactor: 1e4),
            .linear(startFactor: 0.5, endFactor: 1, totalIters: 5), .cyclic(Cyclic(maxLR: 1)),
        ]
        #expect(schedules.map(\.name) == ScheduleCatalog.entries.map(\.name))
    }

    @Test func descriptionsUseScenarioNames() {
        #expect(Schedule.constant.description == "constant")
        #expect(Schedule.cosine(tMax: 2000, etaMin: 0).description == "cosine(t_max=2000, eta_min=0)")
        #expect(
            Schedule.multistep(milestones: [2, 2, 5], gamma: 0.1).description
                == "multistep(milestones=[2, 2, 5], gamma=0.1)")
        #expect(
            Schedule.inverseTime(decaySteps: 10, decayRate: 0.5, staircase: true).description
                == "inverse_time(decay_steps=10, decay_rate=0.5, staircase=true)")
        #expect(
            Schedule.oneCycle(maxLR: nil, totalSteps: 100, pctStart: 0.3, divFactor: 25, finalDivFactor: 1e4)
                .description == "one_cycle(total_steps=100, pct_start=0.3, div_factor=25, final_div_factor=10000)")
    }
}
