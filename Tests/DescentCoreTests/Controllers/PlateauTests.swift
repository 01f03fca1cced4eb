@testable import DescentCore
import Testing

/// ReduceLROnPlateau against traces of PyTorch's algorithm, computed by hand.
@Suite("Plateau")
struct PlateauTests {
    /// Feeds `metrics` one by one; returns the lr after each step.
    func trace(_ plateau: Plateau, lr: Double = 1, _ metrics: [Double]) -> [Double] {
        var plateau = plateau, lr = lr
        return metrics.map { metric in
            _ = plateau.step(metric: metric, lr: &lr)
            return lr
        }
    }

    @Test func reducesAfterMoreThanPatienceBadSteps() {
        // best = 10 after the first; then 3 bad steps: the third exceeds patience 2.
        let lrs = trace(Plateau(factor: 0.5, patience: 2), [10, 10, 10, 10, 10, 10, 10])
        #expect(lrs == [1, 1, 1, 0.5, 0.5, 0.5, 0.25])
    }

    @Test func improvementsResetTheCount() {
        let lrs = trace(Plateau(factor: 0.5, patience: 1), [10, 10, 9, 9, 9])
        // 10 (best), 10 (bad 1), 9 (better, reset), 9 (bad 1), 9 (bad 2 > 1: reduce).
        #expect(lrs == [1, 1, 1, 1, 0.5])
    }

    @Test func relativeThresholdNeedsAClearImprovement() {
        // rel: better only if below best·(1 − 0.1) = 9.
        let lrs = trace(Plateau(factor: 0.1, patience: 0, threshold: 0.1), [10, 9.5, 8.9])
        #expect(lrs == [1, 0.1, 0.1])
    }

    @Test func absoluteThreshold() {
        // abs: better only if below best − 0.5.
        let lrs = trace(Plateau(factor: 0.1, patience: 0, threshold: 0.5, thresholdMode: .abs), [10, 9.6, 9.4])
        #expect(lrs == [1, 0.1, 0.1])
        let rel = trace(Plateau(factor: 0.1, patience: 0, threshold: 0.5, thresholdMode: .rel), [10, 9.6, 4.9])
        #expect(rel == [1, 0.1, 0.1])
    }

    @Test func cooldownSuspendsCounting() {
        // patience 0, cooldown 2: reduce at step 1, then two cooldown steps count nothing.
        let lrs = trace(Plateau(factor: 0.5, patience: 0, cooldown: 2), [1, 1, 1, 1, 1, 1])
        #expect(lrs == [1, 0.5, 0.5, 0.5, 0.25, 0.25])
    }

    @Test func minLRAndEpsStopReductions() {
        let lrs = trace(Plateau(factor: 0.1, patience: 0, minLR: 0.05), [1, 1, 1, 1])
        #expect(lrs == [1, 0.1, 0.05, 0.05])
        // A reduction smaller than eps is skipped.
        let tiny = trace(Plateau(factor: 0.5, patience: 0, eps: 0.3), lr: 0.5, [1, 1, 1])
        #expect(tiny == [0.5, 0.5, 0.5])
    }
}
