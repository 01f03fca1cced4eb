/// O'Donoghue and Candès' adaptive restart (arXiv:1204.3982): zero the momentum when the
/// last step went the wrong way, judged by the loss or by the gradient.
public enum RestartRule: String, Hashable, Sendable, CaseIterable {
    /// The loss increased: f(x_k) > f(x_{k−1}).
    case function
    /// The step went uphill as seen from where it started: ∇f(x_{k−1})ᵀ(x_k − x_{k−1}) > 0.
    case gradient

    /// Whether to restart at `current`, having come from `previous`.
    func fires(current: PointRecord, previous: PointRecord) -> Bool {
        switch self {
        case .function:
            return current.loss > previous.loss
        case .gradient:
            return previous.gradient.dot(current.position - previous.position) > 0
        }
    }
}
