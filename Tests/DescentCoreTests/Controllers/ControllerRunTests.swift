@testable import DescentCore
import Foundation
import Testing

/// Step-size controllers and restarts inside whole runs: each decision where it is defined.
@Suite("Controllers in runs")
struct ControllerRunTests {
    let rosenbrock = AnyLandscape.rosenbrock(Rosenbrock())
    let start = StartPoint.fixed(Vector2(-1.5, 2))

    func run(
        _ landscape: AnyLandscape, _ optimizer: AnyOptimizer, lr: Double, controller: StepSizeController? = nil,
        restart: RestartRule? = nil, steps: Int = 300, start: StartPoint? = nil, tolerance: Double = 1e-8
    ) throws -> [Sample] {
        let spec = RunSpec(
            label: "r", optimizer: optimizer, lr: lr, stepSize: controller.map(StepSizeRule.controller) ?? .constant,
            restart: restart, start: start ?? self.start)
        return try simulate(landscape, steps: steps, runs: [spec], tolerance: tolerance).samples
    }

    @Test func everyAcceptedBacktrackingStepSatisfiesArmijo() throws {
        let search = Backtracking(c1: 1e-4, shrink: 0.5, grow: 1.5, maxLR: 1)
        for optimizer in [AnyOptimizer.sgd(SGD()), .nesterov(Nesterov(momentum: 0.9)), .adam(Adam())] {
            let samples = try run(rosenbrock, optimizer, lr: 0.01, controller: .backtracking(search))
            #expect(samples.count == 301)
            for (a, b) in zip(samples, samples.dropFirst()) where a.lr > 0 {
                let step = b.position - a.position
                #expect(b.loss <= a.loss + 1e-4 * a.gradient.dot(step), "\(optimizer.name) step \(a.step)")
                #expect(a.lr <= 1)
            }
            #expect(samples.last!.loss < samples.first!.loss)
            #expect(samples.contains { $0.event.backtracks > 0 }, "the search had to shrink somewhere")
        }
    }

    @Test func backtrackingGrowsTheNextTrialAndCountsEvaluations() throws {
        // On a quadratic with L = 1, lr 0.1 is accepted at once; each next trial grows by 1.5.
        let bowl = AnyLandscape.quadratic(Quadratic(eigenvalues: Vector2(1, 1)))
        let samples = try run(bowl, .sgd(SGD()), lr: 0.1, controller: .backtracking(Backtracking(maxLR: 1)), steps: 6)
        #expect(samples[0].lr == 0.1)
        #expect(isClose(samples[1].lr, 0.15))
        #expect(isClose(samples[2].lr, 0.225))
        // Row t: t + 1 gradients, the f at the start, and one trial f per update.
        #expect(samples.map(\.evals) == [2, 4, 6, 8, 10, 12, 14])
    }

    @Test func polyakRateEqualsItsFormula() throws {
        let bowl = AnyLandscape.quadratic(Quadratic(eigenvalues: Vector2(1, 0.1), angle: 30))
        let samples = try run(bowl, .sgd(SGD()), lr: 1, controller: .polyak(Polyak(maxLR: 5)), steps: 50, start: .fixed(Vector2(1, 1)))
        for s in samples.dropLast() {
            let expected = min(s.loss / s.gradient.squaredNorm, 5)
            #expect(isClose(s.lr, expected, relative: 1e-14), "step \(s.step)")
        }
        // f_min given overrides the known minimum.
        let shifted = try run(bowl, .sgd(SGD()), lr: 1, controller: .polyak(Polyak(fMin: -1, maxLR: 100)), steps: 1, start: .fixed(Vector2(1, 1)))
        #expect(isClose(shifted[0].lr, (shifted[0].loss + 1) / shifted[0].gradient.squaredNorm))
    }

    /// The last row has no update, but its lr is the one an update from it would use.
    @Test func everyControllersLastRowHasTheNextUpdatesLR() throws {
        let bowl = AnyLandscape.quadratic(Quadratic(eigenvalues: Vector2(1, 0.1), angle: 30))
        let polyak = try run(bowl, .sgd(SGD()), lr: 1, controller: .polyak(Polyak(maxLR: 5)), steps: 7, start: .fixed(Vector2(1, 1)))
        let last = try #require(polyak.last)
        #expect(last.step == 7)
        #expect(isClose(last.lr, min(last.loss / last.gradient.squaredNorm, 5), relative: 1e-14))
        #expect(last.lr != polyak[6].lr)
        // Backtracking's next first trial, the bold driver's and plateau's current lr.
        let search = try run(bowl, .sgd(SGD()), lr: 0.1, controller: .backtracking(Backtracking(maxLR: 1)), steps: 3)
        #expect(search[3].lr == min(search[2].lr * 1.5, 1))
        let bold = try run(bowl, .sgd(SGD()), lr: 0.1, controller: .boldDriver(BoldDriver()), steps: 3)
        #expect(isClose(bold[3].lr, bold[2].lr * 1.05, relative: 1e-15))
    }

    /// optax's default `sps` takes a negative step below f*; `sps+` stops there.
    @Test func polyakVariantsBelowFMin() throws {
        let bowl = AnyLandscape.quadratic(Quadratic(eigenvalues: Vector2(1, 1)))
        let start = StartPoint.fixed(Vector2(1, 0))
        let sps = try run(bowl, .sgd(SGD()), lr: 1, controller: .polyak(Polyak(fMin: 2, maxLR: 100)), steps: 1, start: start)
        #expect(isClose(sps[0].lr, (0.5 - 2) / 1))
        #expect(sps[1].position == Vector2(2.5, 0))
        let plus = try run(
            bowl, .sgd(SGD()), lr: 1, controller: .polyak(Polyak(fMin: 2, maxLR: 100, variant: .spsPlus)), steps: 1, start: start)
        #expect(plus[0].lr == 0)
        #expect(plus[1].position == Vector2(1, 0))
    }

    @Test func boldDriverUndoesAStepThatRaisedTheLoss() throws {
        // lr 2.5 on a bowl with L = 1 overshoots: the loss rises, the step is undone and lr halves.
        let bowl = AnyLandscape.quadratic(Quadratic(eigenvalues: Vector2(1, 1)))
        let samples = try run(bowl, .momentum(Momentum(momentum: 0.5)), lr: 2.5, controller: .boldDriver(BoldDriver()), steps: 40, start: .fixed(Vector2(1, 0)))
        #expect(samples[1].event.stepUndone)
        #expect(samples[1].position == samples[0].position)
        #expect(samples[1].lr == 1.25)
        // With lr 1.25 the loss goes down: the next step stands and lr grows by 5%.
        #expect(!samples[2].event.stepUndone)
        #expect(samples[2].loss < samples[1].loss)
        #expect(isClose(samples[2].lr, 1.25 * 1.05))
        #expect(samples.last!.loss < 1e-6)
        // An undone step restarts from zero momentum: from (1, 0), lr 1.25, gradient (1, 0).
        #expect(isClose(samples[2].position.x, 1 - 1.25))
    }

    @Test func plateauReducesTheLrOfTheNextUpdate() throws {
        // Heavy oscillation on a bowl: the loss does not improve for long, so lr drops.
        let bowl = AnyLandscape.quadratic(Quadratic(eigenvalues: Vector2(1, 1)))
        let samples = try run(bowl, .sgd(SGD()), lr: 2, controller: .plateau(Plateau(factor: 0.5, patience: 2)), steps: 10, start: .fixed(Vector2(1, 0)))
        // lr 2 flips x between 1 and −1: f stays 0.5. The arrival at step 1 sets best = 0.5;
        // steps 2, 3 and 4 are bad steps 1, 2 and 3 > patience: the lr of the update from 4 halves.
        #expect(samples.prefix(4).allSatisfy { $0.lr == 2 && !$0.event.lrReduced })
        #expect(samples[4].event.lrReduced)
        #expect(samples[4].lr == 1)
        #expect(samples[5].position == Vector2(0, 0))
    }

    @Test func functionRestartFiresExactlyWhenTheLossRises() throws {
        let bowl = AnyLandscape.quadratic(Quadratic(eigenvalues: Vector2(1, 0.001), angle: 30))
        let samples = try run(bowl, .nesterov(Nesterov(momentum: 0.99)), lr: 1, restart: .function, steps: 400, start: .fixed(Vector2(1, 1)))
        var restarts = 0
        for (previous, current) in zip(samples, samples.dropFirst()) {
            #expect(current.event.restarted == (current.loss > previous.loss), "step \(current.step)")
            if current.event.restarted { restarts += 1 }
        }
        #expect(restarts > 0)
    }

    @Test func gradientRestartFiresExactlyWhenTheStepWentUphill() throws {
        let bowl = AnyLandscape.quadratic(Quadratic(eigenvalues: Vector2(1, 0.001), angle: 30))
        let samples = try run(bowl, .momentum(Momentum(momentum: 0.99)), lr: 1, restart: .gradient, steps: 400, start: .fixed(Vector2(1, 1)))
        var restarts = 0
        for (previous, current) in zip(samples, samples.dropFirst()) {
            let uphill = previous.gradient.dot(current.position - previous.position) > 0
            #expect(current.event.restarted == uphill, "step \(current.step)")
            if uphill { restarts += 1 }
        }
        #expect(restarts > 0)
    }

    @Test func restartResetsMomentum() throws {
        // After a restart the update from that point is a plain gradient step (buffer = g).
        let bowl = AnyLandscape.quadratic(Quadratic(eigenvalues: Vector2(1, 0.001), angle: 30))
        let samples = try run(bowl, .momentum(Momentum(momentum: 0.99)), lr: 1, restart: .function, steps: 400, start: .fixed(Vector2(1, 1)))
        let restarted = try #require(samples.first { $0.event.restarted })
        let next = samples[restarted.step + 1]
        #expect(isClose(next.position, restarted.position - restarted.gradient, relative: 1e-12, absolute: 1e-15))
    }

    @Test func adaptiveRestartReachesToleranceSoonerAtKappa1000() throws {
        let bowl = AnyLandscape.quadratic(Quadratic(eigenvalues: Vector2(1, 0.001), angle: 30))
        func steps(_ restart: RestartRule?) throws -> Int? {
            let spec = RunSpec(
                label: "n", optimizer: .nesterov(Nesterov(momentum: 0.995)), lr: 1, restart: restart,
                start: .fixed(Vector2(-1.5, 1.5)))
            return try simulate(bowl, steps: 20_000, runs: [spec], tolerance: 1e-8, stopAtTolerance: true)
                .summaries[0].convergedAt
        }
        let plain = try #require(try steps(nil)), function = try #require(try steps(.function))
        let gradient = try #require(try steps(.gradient))
        #expect(function < plain / 5)
        #expect(gradient < plain / 5)
    }

    @Test func l1AddsTheSignOfEachCoordinate() throws {
        let flat = AnyLandscape.quadratic(Quadratic(eigenvalues: Vector2(1, 1)))
        let spec = RunSpec(label: "l1", optimizer: .sgd(SGD()), lr: 0.1, l1: 0.5, start: .fixed(Vector2(2, -3)))
        let samples = try simulate(flat, steps: 1, runs: [spec]).samples
        #expect(samples[1].position == Vector2(2 - 0.1 * (2 + 0.5), -3 - 0.1 * (-3 - 0.5)))
    }

    @Test func plainRunsCountOneGradientPerPoint() throws {
        let samples = try run(rosenbrock, .nesterov(Nesterov()), lr: 1e-3, steps: 5)
        #expect(samples.map(\.evals) == [1, 2, 3, 4, 5, 6])
        #expect(samples.allSatisfy { $0.event.isEmpty })
    }
}
