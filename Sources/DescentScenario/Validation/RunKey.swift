import DescentCore

/// The keys every run may set besides its optimizer's own parameters (lr, momentum, …), in
/// the order `descent list` shows them. A new run key is a new case here: the compiler then
/// asks for its reader in `Validator.read(_:_:into:)` and for its words below.
enum RunKey: String, CaseIterable {
    case optimizer
    case label
    case noise
    case start
    case schedule
    case warmup
    case restart
    case l1

    static let noiseParameter = Parameter.number(
        "noise", 0, .nonNegative, help: "std of Gaussian noise added to each gradient component")
    static let l1Parameter = Parameter.number(
        "l1", 0, .nonNegative, help: "adds l1·sign(p) to the gradient: the subgradient of l1·‖p‖₁")

    /// Keys that `defaults` may set: a label names one run, so it cannot be shared.
    static var defaultable: [RunKey] { allCases.filter { $0 != .label } }

    /// What a valid value looks like.
    var expectation: String {
        switch self {
        case .optimizer: return OptimizerCatalog.entries.map(\.name).joined(separator: " | ")
        case .label: return "text, unique among the runs"
        case .noise: return Self.noiseParameter.expectation
        case .start: return "[x, y] or random"
        case .schedule: return "a schedule or controller name, or {name: cosine, t_max: 2000, ...}"
        case .warmup: return "{steps: 100, start_factor: 0}"
        case .restart: return RestartRule.allCases.map(\.rawValue).joined(separator: " | ")
        case .l1: return Self.l1Parameter.expectation
        }
    }

    /// The value a run has when neither it nor `defaults` sets the key.
    var defaultDescription: String {
        switch self {
        case .optimizer: return "required"
        case .label: return "default: the optimizer's name, made unique"
        case .noise: return "default 0"
        case .start: return "default: the scenario's start"
        case .schedule: return "default constant"
        case .warmup: return "default: none"
        case .restart: return "default: none"
        case .l1: return "default 0"
        }
    }

    var help: String {
        switch self {
        case .optimizer: return "which optimizer the run uses"
        case .label: return "the run's name in the legend and the CSV"
        case .noise: return Self.noiseParameter.help
        case .start: return "where the run starts; random: uniform in the view, its own point"
        case .schedule: return "how lr changes over the run (see schedules and controllers)"
        case .warmup: return "a linear ramp of lr before the schedule starts (schedules only)"
        case .restart:
            return "momentum and nesterov: zero the momentum when the loss rose (function) "
                + "or the step went uphill, ∇f(x_prev)ᵀ(x − x_prev) > 0 (gradient)"
        case .l1: return Self.l1Parameter.help
        }
    }
}
