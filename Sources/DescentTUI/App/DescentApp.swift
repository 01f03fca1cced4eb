import DescentCore
import DescentScenario

/// The interactive program: a scenario's runs on their landscape, animated step by step,
/// with the selected run's settings a key away. This is bubbletea's model; `update` is in
/// Update/, `view` in View/, and both are pure, so tests drive them without a terminal.
///
/// It holds settings only. What they imply and takes long to compute (the trajectories, the
/// heatmap) is in `derived`, which `update` brings up to date once, at its end.
public struct DescentApp: TerminalProgram {
    /// The scenario as given (with the command line's overrides): what `n` switches noise back
    /// to, and where runs start again when the user cycles back to the scenario's landscape.
    let scenario: SimulationSpec
    /// Each run's settings as the user changed them, and how it is shown.
    var runs: [RunState]
    let timeline: Timeline
    var playback: Playback
    var selected = 0
    /// The part of the plane the user asked to see (the map widens it to its own aspect),
    /// always within what can be shown (`ViewBox.isShowable`): pan and zoom stop at its limits.
    var viewBox: ViewBox
    /// Cursor mode's crosshair, at a cell centre; nil outside cursor mode.
    var cursor: Vector2?
    /// The map shown in place of the landscape (`P`, `B`) and its cursor; nil for the landscape.
    var mapMode: MapMode?
    var helpOpen = false
    /// The `:` line, while `promptOpen`; kept closed for its history.
    var prompt = CommandPrompt()
    var promptOpen = false
    /// How much of each path the map draws.
    var trail = Trail.whole
    /// Show the selected run alone (`X`), whichever it is.
    var soloSelected = false
    /// The charts' step axis is logarithmic (`L`).
    var logStepAxis = false
    /// The step inspector (`v`) shows the selected run's numbers at the playhead.
    var inspectorOpen = false
    /// The landscape the runs are on.
    var landscapes: LandscapeCycle
    /// The settings before each edit, for `u` and Ctrl-R.
    var history = EditHistory()
    /// What the status line says for a moment: what the last edit did, or why a key did nothing.
    var notice: StatusNotice?
    /// Laid out for the terminal size of the last `.resize`.
    var layout = ScreenLayout(width: 0, height: 0)
    /// Only `refreshDerivedData` changes it, and the slices of its background work.
    var derived = DerivedData()
    /// Where `w` and `W` write; nil where nothing may be written (`descent render`).
    let saver: (any RunsSaver)?

    /// The scenario's runs, to be simulated by the first `update` and the work it returns (the
    /// backend's first message is `.resize`). It starts playing.
    public init(spec scenario: SimulationSpec, saver: (any RunsSaver)? = nil) {
        self.scenario = scenario
        self.saver = saver
        runs = self.scenario.runs.map(RunState.init)
        timeline = Timeline(steps: self.scenario.steps, runs: runs.count)
        playback = Playback(steps: self.scenario.steps)
        viewBox = self.scenario.view.clamped
        landscapes = LandscapeCycle(scenarioLandscape: self.scenario.landscape)
    }

    /// The step the playhead shows.
    var step: Int { playback.step }

    /// Shows `step` (snapped to the steps the timeline keeps, within 0 ... steps) and pauses:
    /// what `descent render --step N` asks for.
    public mutating func seek(toStep step: Int) {
        playback.seek(step, on: timeline)
        playback.pause()
    }

    /// Playing, or showing a notice, which ages by ticks; paused with none, nothing is due.
    public var wantsTicks: Bool { playback.playing || notice != nil }

    var landscape: AnyLandscape { landscapes.current }

    /// Where the view resets to: the scenario's view on its landscape, else the landscape's own box.
    var landscapeView: ViewBox { landscapes.isScenarios ? scenario.view : landscape.defaultView }

    var projection: MapProjection { MapProjection(view: viewBox, plot: layout.plot) }
}
