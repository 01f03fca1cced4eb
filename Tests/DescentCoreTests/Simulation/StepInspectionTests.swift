@testable import DescentCore
import DescentTestSupport
import Foundation
import Testing

/// The step debugger's numbers: each optimizer's state under PyTorch's names after the first
/// two updates, against the update rules of REFERENCE.md written out by hand.
@Suite("Step inspection")
struct StepInspectionTests {
    /// f = ½(x² + 4y²): ∇f = (x, 4y).
    static let bowl = AnyLandscape.quadratic(Quadratic(eigenvalues: Vector2(1, 4)))
    static let x0 = Vector2(1, 0.5), lr = 0.1
    static func gradient(_ p: Vector2) -> Vector2 { Vector2(p.x, 4 * p.y) }
    static func squared(_ v: Vector2) -> Vector2 { Vector2(v.x * v.x, v.y * v.y) }
    static func divided(_ a: Vector2, _ b: Vector2) -> Vector2 { Vector2(a.x / b.x, a.y / b.y) }
    static func root(_ v: Vector2) -> Vector2 { Vector2(v.x.squareRoot(), v.y.squareRoot()) }

    func inspections(_ optimizer: AnyOptimizer, steps: Int = 5) throws -> [StepInspection] {
        let spec = SimulationSpec(
            name: "t", landscape: Self.bowl, steps: steps,
            runs: [RunSpec(label: "a", optimizer: optimizer, lr: Self.lr, start: .fixed(Self.x0))])
        let run = Simulator(spec: spec).resumableRun(0)
        return try (0...1).map { try #require(run.inspection(atStep: $0)) }
    }

    func expect(
        _ inspection: StepInspection, names: [String], values: [Vector2], update: Vector2,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(inspection.optimizerState.map(\.name) == names, sourceLocation: sourceLocation)
        for (got, want) in zip(inspection.optimizerState.map(\.value), values) {
            #expect(isClose(got, want, relative: 1e-14), "\(got) vs \(want)", sourceLocation: sourceLocation)
        }
        #expect(isClose(inspection.update ?? .zero, update, relative: 1e-14), sourceLocation: sourceLocation)
    }

    @Test func sgdHasNoState() throws {
        let steps = try inspections(.sgd(SGD()))
        let g0 = Self.gradient(Self.x0)
        expect(steps[0], names: [], values: [], update: -Self.lr * g0)
        #expect(steps[0].sample.position == Self.x0)
        #expect(steps[0].sample.gradient == g0)
        #expect(steps[0].sample.lr == Self.lr)
        #expect(steps[1].sample.position == Self.x0 - Self.lr * g0)
    }

    @Test func momentumKeepsTorchsBuffer() throws {
        let μ = 0.9, steps = try inspections(.momentum(Momentum(momentum: μ)))
        let g0 = Self.gradient(Self.x0), x1 = Self.x0 - Self.lr * g0, g1 = Self.gradient(x1)
        expect(steps[0], names: ["momentum_buffer"], values: [g0], update: -Self.lr * g0)
        let buffer = μ * g0 + g1
        expect(steps[1], names: ["momentum_buffer"], values: [buffer], update: -Self.lr * buffer)
    }

    @Test func nesterovKeepsTorchsBufferAndLooksAheadThroughIt() throws {
        let μ = 0.9, steps = try inspections(.nesterov(Nesterov(momentum: μ)))
        let g0 = Self.gradient(Self.x0), x1 = Self.x0 - Self.lr * (g0 + μ * g0), g1 = Self.gradient(x1)
        expect(steps[0], names: ["momentum_buffer"], values: [g0], update: -Self.lr * (g0 + μ * g0))
        let buffer = μ * g0 + g1
        expect(steps[1], names: ["momentum_buffer"], values: [buffer], update: -Self.lr * (g1 + μ * buffer))
    }

    @Test func adamKeepsBothMomentsAndShowsThemBiasCorrected() throws {
        let (β1, β2, eps) = (0.9, 0.999, 1e-8)
        for amsgrad in [false, true] {
            let steps = try inspections(.adam(Adam(amsgrad: amsgrad)))
            let g0 = Self.gradient(Self.x0)
            var m = (1 - β1) * g0, v = (1 - β2) * Self.squared(g0)
            let names = ["exp_avg", "exp_avg_sq"] + (amsgrad ? ["max_exp_avg_sq"] : []) + ["m_hat", "v_hat"]
            func corrected(_ t: Double) -> (Vector2, Vector2) { ((1 / (1 - pow(β1, t))) * m, (1 / (1 - pow(β2, t))) * v) }
            func step(_ m̂: Vector2, _ v̂: Vector2) -> Vector2 {
                -Self.lr * Self.divided(m̂, Self.root(v̂) + Vector2(eps, eps))
            }
            var (m̂, v̂) = corrected(1)
            expect(steps[0], names: names, values: [m, v] + (amsgrad ? [v] : []) + [m̂, v̂], update: step(m̂, v̂))
            #expect(isClose(m̂, g0) && isClose(v̂, Self.squared(g0)), "the first corrected moments are g and g²")
            let g1 = Self.gradient(steps[1].sample.position)
            m = β1 * m + (1 - β1) * g1
            let previous = v
            v = β2 * v + (1 - β2) * Self.squared(g1)
            (m̂, v̂) = corrected(2)
            let largest = Vector2(max(previous.x, v.x), max(previous.y, v.y))
            let denominator = amsgrad ? (1 / (1 - β2 * β2)) * largest : v̂
            expect(steps[1], names: names, values: [m, v] + (amsgrad ? [largest] : []) + [m̂, v̂], update: step(m̂, denominator))
        }
    }

    @Test func adamWDecaysTheWeightsBeforeItsStep() throws {
        let steps = try inspections(.adam(.adamW(weightDecay: 0.5)))
        let g0 = Self.gradient(Self.x0), decayed = (1 - Self.lr * 0.5) * Self.x0
        // m̂ = g, v̂ = g²: the first step is lr·g/(|g| + eps) per coordinate.
        let step = -Self.lr * Self.divided(g0, Self.root(Self.squared(g0)) + Vector2(1e-8, 1e-8))
        #expect(isClose(try #require(steps[0].update), decayed + step - Self.x0, relative: 1e-14))
        #expect(steps[0].optimizerState.map(\.name) == ["exp_avg", "exp_avg_sq", "m_hat", "v_hat"])
    }

    @Test func rmspropNamesWhatItKeeps() throws {
        let (α, eps) = (0.99, 1e-8), g0 = Self.gradient(Self.x0)
        let square = (1 - α) * Self.squared(g0)
        let plain = try inspections(.rmsprop(RMSprop()))
        expect(plain[0], names: ["square_avg"], values: [square], update: -Self.lr * Self.divided(g0, Self.root(square) + Vector2(eps, eps)))
        let both = try inspections(.rmsprop(RMSprop(momentum: 0.5, centered: true)))
        let average = (1 - α) * g0
        let variance = square - Self.squared(average)
        let buffer = Self.divided(g0, Self.root(variance) + Vector2(eps, eps))
        expect(both[0], names: ["square_avg", "momentum_buffer", "grad_avg"], values: [square, buffer, average], update: -Self.lr * buffer)
    }

    @Test func adagradSumsSquaredGradients() throws {
        let steps = try inspections(.adagrad(Adagrad()))
        let g0 = Self.gradient(Self.x0), g1 = Self.gradient(steps[1].sample.position)
        let sum = Self.squared(g0) + Self.squared(g1)
        expect(steps[1], names: ["sum"], values: [sum], update: -Self.lr * Self.divided(g1, Self.root(sum) + Vector2(1e-10, 1e-10)))
    }

    /// From a checkpoint of a decimated run, any later step is the row `--every 1` writes; the
    /// last step has no update, and a step before the checkpoint or past the end has no answer.
    @Test func anyStepFromACheckpointIsTheExactRow() throws {
        let spec = SimulationSpec(
            name: "t", landscape: .rosenbrock(Rosenbrock()), steps: 300, seed: 3,
            runs: [RunSpec(label: "a", optimizer: .nesterov(Nesterov()), lr: 1e-3, noise: 0.3, start: .fixed(Vector2(-1.5, 2)))])
        let exact = CollectingSink()
        _ = try Simulator(spec: spec).run(0, into: exact)
        var checkpoint = Simulator(spec: spec, every: 40).resumableRun(0)
        try checkpoint.run(until: 120, into: CollectingSink())
        #expect(checkpoint.nextStep == 121)
        for step in [121, 122, 159, 160, 161, 299] {
            let inspection = try #require(checkpoint.inspection(atStep: step))
            #expect(inspection.sample == exact.samples[step])
            #expect(inspection.update == exact.samples[step + 1].position - exact.samples[step].position)
        }
        #expect(checkpoint.inspection(atStep: 300)?.sample == exact.samples[300])
        #expect(checkpoint.inspection(atStep: 300)?.update == nil)
        #expect(checkpoint.inspection(atStep: 120) == nil)
        #expect(checkpoint.inspection(atStep: 301) == nil)
    }
}
