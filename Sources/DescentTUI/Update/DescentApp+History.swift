extension DescentApp {
    /// What is simulated now.
    var settings: SimulatedSettings {
        SimulatedSettings(specs: runs.map(\.spec), landscapes: landscapes)
    }

    /// Makes `change` an edit: when it changes what is simulated, it is one step for `u`, and
    /// the status line says what changed (after `prefix`, as in "reset ").
    mutating func edit(_ prefix: String = "", _ change: (inout DescentApp) -> Void) {
        let before = EditHistory.Entry(settings: settings, selected: selected)
        change(&self)
        guard settings != before.settings else { return }
        history.record(before)
        notify(prefix + ChangeDescription.text(from: before.settings, to: settings))
    }

    mutating func undo() {
        guard let entry = history.undo(from: settings) else { return notify("nothing to undo") }
        restore(entry, saying: "undo")
    }

    mutating func redo() {
        guard let entry = history.redo(from: settings) else { return notify("nothing to redo") }
        restore(entry, saying: "redo")
    }

    /// Puts `entry`'s settings back and selects its run; back on another landscape, the view
    /// is that landscape's, as after `t`.
    private mutating func restore(_ entry: EditHistory.Entry, saying verb: String) {
        let current = settings
        for index in runs.indices { runs[index].spec = entry.settings.specs[index] }
        if landscapes != entry.settings.landscapes {
            landscapes = entry.settings.landscapes
            viewBox = landscapeView.clamped
        }
        selected = entry.selected
        notify("\(verb): " + ChangeDescription.text(from: current, to: settings))
    }

    /// Shows `text` in the status line for a couple of seconds.
    mutating func notify(_ text: String) {
        notice = StatusNotice(text)
    }
}
