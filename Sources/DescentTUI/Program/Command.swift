/// What `update` asks of the backend besides a new frame: bubbletea's `Cmd`. Work that
/// would hold up the keys (a long simulation, a map) goes out as `.work`, and its result
/// comes back through `update` like any other message, so `update` itself stays quick and pure.
public enum Command: Sendable {
    case none
    case quit
    /// Run this off the input thread and send what it returns to `update`.
    case work(@Sendable () -> Message)
    /// Each of these, side by side: pieces of work that keep several cores busy.
    case batch([Command])

    /// `commands` as one: none, the only one, or a batch; a quit among them wins.
    static func combining(_ commands: [Command]) -> Command {
        let wanted = commands.filter { !$0.isNone }
        if wanted.contains(where: \.quits) { return .quit }
        return wanted.count <= 1 ? wanted.first ?? .none : .batch(wanted)
    }

    // A command carries a closure when it is `.work`, so it has no `==`: callers ask for its case.
    var isNone: Bool {
        if case .none = self { true } else { false }
    }

    var quits: Bool {
        if case .quit = self { true } else { false }
    }
}
