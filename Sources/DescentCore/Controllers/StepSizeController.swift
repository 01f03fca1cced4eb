/// A rule that sets the lr from what the run does, instead of from the step index alone.
/// Scenario files name them under `schedule:` like the closed-form schedules.
public enum StepSizeController: Hashable, Sendable {
    case plateau(Plateau)
    case backtracking(Backtracking)
    case polyak(Polyak)
    case boldDriver(BoldDriver)

    public var name: String {
        switch self {
        case .plateau: return "plateau"
        case .backtracking: return "backtracking"
        case .polyak: return "polyak"
        case .boldDriver: return "bold_driver"
        }
    }
}
