extension DescentApp {
    /// Visible runs, the selected one last (drawn on top).
    var drawingOrder: [Int] {
        runs.indices.filter { runs[$0].visible && $0 != selected } + (runs[selected].visible ? [selected] : [])
    }
}
