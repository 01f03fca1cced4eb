/// One step of a run exactly, with what the row does not hold: the numeric step debugger's
/// values. Made by `ResumableRun.inspection(atStep:)`.
public struct StepInspection: Sendable {
    /// The step's row: position, f, gradient, lr, status, event and evals, as `--every 1` writes it.
    public let sample: Sample
    /// The optimizer's state after the update from this step (at the run's last step, which has
    /// no update, the state it ended with), in PyTorch's names: `momentum_buffer`, `exp_avg`,
    /// `exp_avg_sq`, `max_exp_avg_sq`, `square_avg`, `grad_avg`, `sum`, and Adam's m̂ and v̂
    /// (`m_hat`, `v_hat`).
    public let optimizerState: [(name: String, value: Vector2)]
    /// Δx: the position at the next step minus this one; nil at the run's last step.
    public let update: Vector2?
}
