/// Everything that can happen to the app. Time is a message too, so tests drive animation
/// deterministically (DESIGN.md: "Time in the TUI is a message").
public enum Message: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    case resize(width: Int, height: Int)
    /// `seconds` of wall time have passed since the last tick.
    case tick(seconds: Double)
    /// A slice of the simulation that `update` sent out as `.work`.
    case simulated(SimulationSlice)
    /// The end of a save that `w` or `W` sent out as `.work`.
    case saved(SaveOutcome)
    /// A piece of the map that `update` sent out as `.work`.
    case mapped(MapSlice)
}
