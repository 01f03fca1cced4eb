import DescentCore
import DescentScenario

/// The interactive program: a scenario's runs on their landscape, animated step by step,
/// with the selected run's settings a key away. This is bubbletea's model; `update` is in
/// Update/, `view` in View/, and both are pure, so tests drive them without a terminal.
public struct DescentApp: TerminalProgram {
    /// What is simulated: the scenario with the user's changes (landscape, starts, run settings).
    var spec: SimulationSpec
    var runs: [RunState]
    let timeline: Timeline
    var playback: Playback
    var selected = 0
    /// The part of the plane the user asked to see (the map widens it to its own aspect).
    var viewBox: ViewBox
    /// Cursor mode's crosshair, at a cell centre; nil outside cursor mode.
    var cursor: Vector2?
    var helpOpen = false
    var landscapes: LandscapeCycle
    /// Laid out for the terminal size of the last `.resize`.
    var layout = ScreenLayout(width: 0, height: 0)
    /// The heatmap for `layout`, `viewBox` and the landscape; the view draws from it.
    var heatmap: HeatField?

    /// The scenario's runs, simulated. It starts playing.
    public init(spec: SimulationSpec) {
        self.spec = spec
        timeline = Timeline(steps: spec.steps, runs: spec.runs.count)
        playback = Playback(steps: spec.steps)
        viewBox = spec.view
        landscapes = LandscapeCycle(scenarioLandscape: spec.landscape, view: spec.view)
        runs = zip(spec.runs, TrajectoryRecorder.trajectories(of: spec, stride: timeline.stride)).map {
            RunState(trajectory: $1, scenarioNoise: $0.noise, scenarioStart: $0.start)
        }
    }

    /// The step the playhead shows.
    public var step: Int { playback.step }

    /// Shows `step` (snapped to the steps the timeline keeps, within 0 ... steps) and pauses:
    /// what `descent render --step N` asks for.
    public mutating func seek(toStep step: Int) {
        playback.seek(step, on: timeline)
        playback.pause()
    }

    public var wantsTicks: Bool { playback.playing }

    var projection: MapProjection { MapProjection(view: viewBox, plot: layout.plot) }
}
