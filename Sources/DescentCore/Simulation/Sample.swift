/// The state of one run at one step: what a CSV row and a frame of the view show.
public struct Sample: Hashable, Sendable {
    /// Index of the run in its scenario.
    public var run: Int
    /// Steps taken so far; 0 is the start point before any update.
    public var step: Int
    public var position: Vector2
    /// f at `position`.
    public var loss: Double
    /// The landscape's true gradient at `position`, without noise.
    public var gradient: Vector2
    /// The learning rate that the update from this point uses.
    public var lr: Double
    public var status: RunStatus
    /// What a controller or restart rule did at this step.
    public var event: StepEvent
    /// Function and gradient evaluations the method spent to reach and judge this point.
    public var evals: Int

    init(
        run: Int, step: Int, position: Vector2, loss: Double, gradient: Vector2, lr: Double,
        status: RunStatus, event: StepEvent = .none, evals: Int = 0
    ) {
        self.run = run
        self.step = step
        self.position = position
        self.loss = loss
        self.gradient = gradient
        self.lr = lr
        self.status = status
        self.event = event
        self.evals = evals
    }
}
