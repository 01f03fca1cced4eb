/// What `update` asks of the backend besides a new frame: bubbletea's `Cmd`. Work that
/// would hold up the keys (a long simulation, a map) goes out as `.work`, and its result
/// comes back through `update` like any other message, so `update` itself stays quick and pure.
public enum Command: Sendable {
    case none
    case quit
    /// Run this off the input thread and send what it returns to `update`.
    case work(@Sendable () -> Message)

    var isNone: Bool {
        if case .none = self { true } else { false }
    }
}
