/// Where a run begins: a given point, or one drawn uniformly from the view box.
public enum StartPoint: Hashable, Sendable {
    case fixed(Vector2)
    /// Uniform in the view box, drawn from the scenario seed's stream `stream`. Runs that
    /// share a stream share the point (a scenario-level `start: random`); a run-level
    /// `start: random` has a stream of its own.
    case random(stream: UInt64)
}
