/// The top-level keys of a scenario file (DESIGN.md contract 2).
enum ScenarioKey: String, CaseIterable {
    case name
    case landscape
    case view
    case steps
    case start
    case seed
    case tolerance
    case stopAtTolerance = "stop_at_tolerance"
    case defaults
    case runs
}
