/// PyTorch's ReduceLROnPlateau in mode 'min' (torch/optim/lr_scheduler.py, REFERENCE.md A4),
/// stepped once after every update with the loss at the new point.
public struct Plateau: Hashable, Sendable {
    enum ThresholdMode: String, Hashable, Sendable, CaseIterable {
        /// Better means below best·(1 − threshold).
        case rel
        /// Better means below best − threshold.
        case abs
    }

    var factor: Double
    var patience: Int
    var threshold: Double
    var thresholdMode: ThresholdMode
    var cooldown: Int
    var minLR: Double
    var eps: Double

    private var best = Double.infinity
    private var badSteps = 0
    private var cooldownLeft = 0

    init(
        factor: Double = 0.1, patience: Int = 10, threshold: Double = 1e-4, thresholdMode: ThresholdMode = .rel,
        cooldown: Int = 0, minLR: Double = 0, eps: Double = 1e-8
    ) {
        self.factor = factor
        self.patience = patience
        self.threshold = threshold
        self.thresholdMode = thresholdMode
        self.cooldown = cooldown
        self.minLR = minLR
        self.eps = eps
    }

    /// `scheduler.step(metric)`: may lower `lr`; returns true when it did.
    mutating func step(metric: Double, lr: inout Double) -> Bool {
        if isBetter(metric) {
            best = metric
            badSteps = 0
        } else {
            badSteps += 1
        }
        if cooldownLeft > 0 {
            cooldownLeft -= 1
            badSteps = 0
        }
        guard badSteps > patience else { return false }
        cooldownLeft = cooldown
        badSteps = 0
        let reduced = max(lr * factor, minLR)
        guard lr - reduced > eps else { return false }
        lr = reduced
        return true
    }

    private func isBetter(_ metric: Double) -> Bool {
        switch thresholdMode {
        case .rel: return metric < best * (1 - threshold)
        case .abs: return metric < best - threshold
        }
    }
}
