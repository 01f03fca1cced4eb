import DescentCore

/// One run as a frame shows it at the playhead: what the map and the side panel draw of it,
/// gathered by `view` so that neither widget reads the app.
struct ShownRun {
    /// Its place among the scenario's runs, which picks its colour and digit.
    let index: Int
    let spec: RunSpec
    let trajectory: Trajectory
    /// The sample at the playhead.
    let sample: Int
    let visible: Bool
    let selected: Bool
    let showsIndicators: Bool

    var color: CellColor { .run(index) }
    /// The selected run stands out wherever it is drawn.
    var style: CellStyle { selected ? .bold : [] }
}
