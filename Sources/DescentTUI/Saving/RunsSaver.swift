import DescentCore

/// What `w` and `W` hand the runs to. The view touches no files: the program that may (the
/// `descent` executable) gives `DescentApp` one, and `save` runs off the input thread as
/// `.work`, so the clock and the directory are read there, not in `update`.
public protocol RunsSaver: Sendable {
    /// Writes `runs` as a new scenario file and, with `csv`, their CSV beside it; `origin`
    /// names the scenario they came from, for the file's header.
    func save(_ runs: SimulationSpec, origin: String, csv: Bool) -> SaveOutcome
}

/// How a save ended, as `update` receives it.
public enum SaveOutcome: Hashable, Sendable {
    /// The paths written, the scenario file's first.
    case saved([String])
    /// Why nothing was written, e.g. `cannot create descent-….yaml: Read-only file system`.
    case failed(String)
}
