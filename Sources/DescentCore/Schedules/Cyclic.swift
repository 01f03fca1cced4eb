import Foundation

/// PyTorch's CyclicLR (REFERENCE.md A9), lr only, with the run's lr as `base_lr`: the lr
/// climbs to `max_lr` over `step_size_up` steps and falls back over `step_size_down`, each
/// cycle's height scaled by its mode. PyTorch also cycles momentum by default; this does not.
public struct Cyclic: Hashable, Sendable {
    enum Mode: String, Hashable, Sendable, CaseIterable {
        /// Every cycle reaches max_lr.
        case triangular
        /// Each cycle reaches half as high as the one before.
        case triangular2
        /// The height shrinks by gamma^t, t the step.
        case expRange = "exp_range"
    }

    var maxLR: Double
    var stepSizeUp: Int
    /// nil: as long as the way up.
    var stepSizeDown: Int?
    var mode: Mode
    var gamma: Double

    init(maxLR: Double, stepSizeUp: Int = 2000, stepSizeDown: Int? = nil, mode: Mode = .triangular, gamma: Double = 1) {
        self.maxLR = maxLR
        self.stepSizeUp = stepSizeUp
        self.stepSizeDown = stepSizeDown
        self.mode = mode
        self.gamma = gamma
    }

    /// torch's `get_lr` at last_epoch = t, in its order of operations.
    func rate(at t: Int, base: Double) -> Double {
        let up = Double(stepSizeUp), total = up + Double(stepSizeDown ?? stepSizeUp)
        let ratio = up / total
        let cycle = (1 + Double(t) / total).rounded(.down)
        let x = 1 + Double(t) / total - cycle
        let scaleFactor = x <= ratio ? x / ratio : (x - 1) / (ratio - 1)
        let height = (maxLR - base) * scaleFactor
        return base + height * scale(cycle: cycle, step: t)
    }

    private func scale(cycle: Double, step t: Int) -> Double {
        switch mode {
        case .triangular: return 1
        case .triangular2: return 1 / pow(2, cycle - 1)
        case .expRange: return pow(gamma, Double(t))
        }
    }

    var arguments: [(name: String, value: ParameterValue)] {
        [("max_lr", .number(maxLR)), ("step_size_up", .integer(stepSizeUp))]
            + (stepSizeDown.map { [("step_size_down", .integer($0))] } ?? [])
            + [("mode", .word(mode.rawValue)), ("gamma", .number(gamma))]
    }
}
