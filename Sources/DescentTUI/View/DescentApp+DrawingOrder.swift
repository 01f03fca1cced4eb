extension DescentApp {
    /// Whether run `index` is drawn: the user has not hidden it (`x`), and it is the selected
    /// run or not only the selected run is shown (`X`).
    func isShown(_ index: Int) -> Bool {
        runs[index].visible && (!soloSelected || index == selected)
    }

    /// The runs drawn, the selected one last, so that on the map and in the charts it is on
    /// top of any run it meets.
    var drawingOrder: [Int] {
        runs.indices.filter { isShown($0) && $0 != selected } + (isShown(selected) ? [selected] : [])
    }
}
