@testable import DescentCore
import Foundation
import Testing

/// CyclicLR (REFERENCE.md A9) with base_lr = the run's lr.
@Suite struct CyclicTests {
    @Test func triangularRisesAndFallsLinearly() {
        let s = Schedule.cyclic(Cyclic(maxLR: 1, stepSizeUp: 4))
        let rates = (0...12).map { s.rate(at: $0, base: 0.2) }
        for (t, expected) in [0.2, 0.4, 0.6, 0.8, 1, 0.8, 0.6, 0.4, 0.2, 0.4, 0.6, 0.8, 1].enumerated() {
            expectRate(rates[t], expected)
        }
    }

    @Test func anUnevenCycleTakesStepSizeDownToFall() {
        let s = Schedule.cyclic(Cyclic(maxLR: 1.1, stepSizeUp: 2, stepSizeDown: 8))
        expectRate(s.rate(at: 2, base: 0.1), 1.1)
        expectRate(s.rate(at: 6, base: 0.1), 0.6)
        expectRate(s.rate(at: 10, base: 0.1), 0.1)
        expectRate(s.rate(at: 11, base: 0.1), 0.6)
    }

    @Test func triangular2HalvesEachCycle() {
        let s = Schedule.cyclic(Cyclic(maxLR: 1, stepSizeUp: 5, mode: .triangular2))
        expectRate(s.rate(at: 5, base: 0), 1)
        expectRate(s.rate(at: 15, base: 0), 0.5)
        expectRate(s.rate(at: 25, base: 0), 0.25)
    }

    @Test func expRangeScalesByGammaPerStep() {
        let s = Schedule.cyclic(Cyclic(maxLR: 1, stepSizeUp: 5, mode: .expRange, gamma: 0.9))
        expectRate(s.rate(at: 5, base: 0), pow(0.9, 5))
        // t = 17 of cycles of 10: x = 0.7, on the way down, (x − 1)/(0.5 − 1) = 0.6.
        expectRate(s.rate(at: 17, base: 0), 0.6 * pow(0.9, 17))
    }

    @Test func catalogDefaultsAndRoundTrip() throws {
        let entry = try #require(ScheduleCatalog.entry(named: "cyclic"))
        let made = entry.make(["max_lr": .number(0.5)])
        #expect(made == .cyclic(Cyclic(maxLR: 0.5, stepSizeUp: 2000, stepSizeDown: nil, mode: .triangular, gamma: 1)))
        let uneven = Schedule.cyclic(Cyclic(maxLR: 0.5, stepSizeUp: 3, stepSizeDown: 7, mode: .expRange, gamma: 0.99))
        let given = Dictionary(uniqueKeysWithValues: uneven.arguments.map { ($0.name, $0.value) })
        #expect(entry.make(given) == uneven)
        #expect(uneven.description == "cyclic(max_lr=0.5, step_size_up=3, step_size_down=7, mode=exp_range, gamma=0.99)")
    }

    /// torch 2.15's CyclicLR(base_lr=0.5, max_lr=2, step_size_up=3, step_size_down=5) at t = 4, 11, 20.
    @Test func valuesAsTorch() {
        let expRange = Schedule.cyclic(Cyclic(maxLR: 2, stepSizeUp: 3, stepSizeDown: 5, mode: .expRange, gamma: 0.95))
        #expect([4, 11, 20].map { expRange.rate(at: $0, base: 0.5) } == [1.4774075, 1.3532001384146894, 0.9301831068902503])
        let halving = Schedule.cyclic(Cyclic(maxLR: 2, stepSizeUp: 3, stepSizeDown: 5, mode: .triangular2))
        #expect([4, 11, 20].map { halving.rate(at: $0, base: 0.5) } == [1.7000000000000002, 1.25, 0.8])
    }
}
