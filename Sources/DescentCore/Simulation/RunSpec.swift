/// Everything one run of a scenario needs, fully resolved (no defaults left to apply).
public struct RunSpec: Sendable {
    public var label: String
    public var optimizer: AnyOptimizer
    /// The base learning rate η0 that the schedule scales.
    public var lr: Double
    public var schedule: LearningRateSchedule
    /// Coupled L2 as PyTorch: `g += weight_decay * p` before the optimizer sees g.
    public var weightDecay: Double
    /// Standard deviation of the Gaussian noise added to each gradient component.
    public var noise: Double
    public var start: StartPoint

    public init(
        label: String, optimizer: AnyOptimizer, lr: Double,
        schedule: LearningRateSchedule = LearningRateSchedule(.constant),
        weightDecay: Double = 0, noise: Double = 0, start: StartPoint
    ) {
        self.label = label
        self.optimizer = optimizer
        self.lr = lr
        self.schedule = schedule
        self.weightDecay = weightDecay
        self.noise = noise
        self.start = start
    }
}
