@testable import DescentCore
import Foundation
import Testing

/// The `s` and `o` cycles come from catalog order and the entries' presets.
@Suite struct CatalogCycleTests {
    @Test func stepSizeRulesCycleInCatalogOrder() {
        var rule = StepSizeRule.constant
        var names: [String] = []
        for _ in 0..<11 {
            rule = rule.next(runLength: 800, lr: 0.01, knownMinimum: true)
            names.append(rule.name)
        }
        #expect(names == [
            "step", "exponential", "cosine", "one_cycle", "cyclic", "plateau", "backtracking", "polyak", "bold_driver",
            "constant", "step",
        ])
        let cyclic = StepSizeRule.constant.next(runLength: 800, lr: 0.01, knownMinimum: false)
        #expect(cyclic.name == "step")
    }

    @Test func theCyclicPresetShowsFourShrinkingCycles() throws {
        var rule = StepSizeRule.constant
        while rule.name != "cyclic" { rule = rule.next(runLength: 800, lr: 0.01, knownMinimum: true) }
        #expect(rule == .schedule(LearningRateSchedule(.cyclic(Cyclic(maxLR: 0.04, stepSizeUp: 100, mode: .triangular2)))))
    }

    @Test func polyakIsPassedByWithoutAKnownMinimum() {
        let bold = StepSizeRule.controller(.backtracking(Backtracking()))
        #expect(bold.next(runLength: 100, lr: 0.1, knownMinimum: false).name == "bold_driver")
        #expect(bold.next(runLength: 100, lr: 0.1, knownMinimum: true).name == "polyak")
    }

    @Test func optimizersCycleInCatalogOrder() {
        var optimizer = AnyOptimizer.sgd(SGD())
        var names: [String] = []
        for _ in 0..<7 {
            optimizer = optimizer.next
            names.append(optimizer.name)
        }
        #expect(names == ["momentum", "nesterov", "adam", "adamw", "rmsprop", "adagrad", "sgd"])
    }

    @Test func momentumShiftsWithinEachOptimizersRange() {
        #expect(AnyOptimizer.nesterov(Nesterov(momentum: 0.1)).shiftingMomentum(by: -0.1)?.momentum == 0.05)
        #expect(AnyOptimizer.momentum(Momentum(momentum: 0.1)).shiftingMomentum(by: -0.2)?.momentum == 0)
        #expect(AnyOptimizer.rmsprop(RMSprop(momentum: 0.98)).shiftingMomentum(by: 0.05)?.momentum == 0.99)
        #expect(AnyOptimizer.adam(Adam()).shiftingMomentum(by: 0.05) == nil)
        #expect(AnyOptimizer.nesterov(Nesterov(momentum: 0.99)).shiftingMomentum(by: 0.05) == nil)
    }
}
