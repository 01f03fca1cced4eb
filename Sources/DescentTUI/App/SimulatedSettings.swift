import DescentCore

/// What is simulated, as the user has set it: every run's settings and the landscape they
/// run on. An edit is a change of this value; undo puts an earlier one back.
struct SimulatedSettings: Equatable {
    var specs: [RunSpec]
    var landscapes: LandscapeCycle
}
