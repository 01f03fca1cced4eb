import DescentCore

extension DescentApp {
    /// The one place state changes. Time arrives as `.tick`, so this is a pure function of
    /// the state and the message. Messages change settings only; what those imply is derived
    /// afterwards, in one place, so no change can forget to refresh it. The work that refresh
    /// asks for goes out unless the message quits, beside any work of the message's own (a save).
    public mutating func update(_ message: Message) -> Command {
        let command = apply(message)
        // A save's own work goes out beside what the refresh asks for; a quit wins.
        return .combining([command, refreshDerivedData()])
    }

    private mutating func apply(_ message: Message) -> Command {
        switch message {
        case .tick(let seconds):
            playback.tick(seconds: seconds, on: timeline, simulatedThrough: derived.simulations.frontier)
            notice = notice?.aged(by: seconds)
        case .resize(let width, let height):
            layout = ScreenLayout(width: max(width, 0), height: max(height, 0))
        case .key(let key):
            return press(key)
        case .mouse(let event):
            mouse(event)
        case .simulated(let slice):
            derived.receive(slice)
        case .saved(let outcome):
            notifySaved(outcome)
        case .mapped(let slice):
            derived.receive(slice)
        }
        return .none
    }

    private mutating func press(_ key: Key) -> Command {
        if key == .interrupt { return .quit }
        if helpOpen {
            helpOpen = false
            return .none
        }
        if promptOpen {
            type(key)
            return .none
        }
        let mode: KeyGuide.Mode = mapMode != nil ? .map : cursor != nil ? .cursor : .landscape
        guard let action = KeyGuide.action(for: key, in: mode) else { return .none }
        return perform(action)
    }

    private mutating func mouse(_ event: MouseEvent) {
        if helpOpen {
            if event.kind == .press { helpOpen = false }
            return
        }
        guard layout.fits, layout.plot.contains(x: event.x, y: event.y) else { return }
        let point = projection.world(cellX: event.x, cellY: event.y)
        switch event.kind {
        case .press where mapMode != nil:
            pickMapCell(screenX: event.x, screenY: event.y)
        case .press:
            if cursor != nil { cursor = point }
            setStart(point)
        case .wheelUp:
            zoom(by: KeyGuide.zoomFactor, about: point)
        case .wheelDown:
            zoom(by: 1 / KeyGuide.zoomFactor, about: point)
        case .release:
            break
        }
    }
}
