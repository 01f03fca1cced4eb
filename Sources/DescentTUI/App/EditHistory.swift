/// vim's undo and redo over the settings: the settings before each edit, and the run that was
/// selected, so that undo shows the run it changes. Bounded: the oldest steps go first.
struct EditHistory: Equatable {
    struct Entry: Equatable {
        var settings: SimulatedSettings
        var selected: Int
    }

    static let depth = 100

    private(set) var undoable: [Entry] = []
    private(set) var redoable: [Entry] = []

    /// An edit was made from `before`: one more step to undo, and nothing left to redo.
    mutating func record(_ before: Entry) {
        undoable.append(before)
        if undoable.count > Self.depth { undoable.removeFirst() }
        redoable.removeAll()
    }

    /// The settings to go back to, with `current` kept for redo; nil when there is none.
    mutating func undo(from current: SimulatedSettings) -> Entry? {
        Self.step(from: &undoable, to: &redoable, leaving: current)
    }

    /// The settings an undo left, with `current` kept for undo; nil when there is none.
    mutating func redo(from current: SimulatedSettings) -> Entry? {
        Self.step(from: &redoable, to: &undoable, leaving: current)
    }

    /// Takes the last entry of `source` and keeps `current` on `destination`, under the same
    /// selected run, so that going back and forth keeps showing the run that changes.
    private static func step(from source: inout [Entry], to destination: inout [Entry], leaving current: SimulatedSettings) -> Entry? {
        guard let entry = source.popLast() else { return nil }
        destination.append(Entry(settings: current, selected: entry.selected))
        return entry
    }
}
