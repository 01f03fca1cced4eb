/// Everything one run of a scenario needs, fully resolved (no defaults left to apply).
public struct RunSpec: Hashable, Sendable {
    public var label: String
    public var optimizer: AnyOptimizer
    /// The base learning rate η0 that the schedule scales (a controller's first lr).
    public var lr: Double
    public var stepSize: StepSizeRule
    /// Adaptive restart of momentum (momentum and nesterov runs).
    public var restart: RestartRule?
    /// Coupled L2 as PyTorch: `g += weight_decay * p` before the optimizer sees g.
    public var weightDecay: Double
    /// Standard deviation of the Gaussian noise added to each gradient component.
    public var noise: Double
    /// `g += l1·sign(p)`: the subgradient of l1·‖p‖₁.
    public var l1: Double
    public var start: StartPoint

    public init(
        label: String, optimizer: AnyOptimizer, lr: Double,
        stepSize: StepSizeRule = .constant, restart: RestartRule? = nil,
        weightDecay: Double = 0, noise: Double = 0, l1: Double = 0, start: StartPoint
    ) {
        self.label = label
        self.optimizer = optimizer
        self.lr = lr
        self.stepSize = stepSize
        self.restart = restart
        self.weightDecay = weightDecay
        self.noise = noise
        self.l1 = l1
        self.start = start
    }

    /// True when the run needs nothing but a constant lr on the exact gradient.
    var isExact: Bool {
        stepSize == .constant && restart == nil
            && noise == 0 && weightDecay == 0 && l1 == 0
    }
}
