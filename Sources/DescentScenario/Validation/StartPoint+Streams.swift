import DescentCore

/// Random starts draw from streams of the scenario seed that gradient noise never uses
/// (noise takes stream = run index), so adding a random start changes no run's noise.
extension StartPoint {
    /// Scenario-level `start: random`: one point shared by every run without its own start.
    static let sharedRandom = StartPoint.random(stream: 1 << 32)

    /// Run-level `start: random`: a point of the run's own.
    static func ownRandom(run index: Int) -> StartPoint {
        .random(stream: (1 << 32) + 1 + UInt64(index))
    }
}
