@testable import DescentCore
import Testing

@testable import DescentTUI

/// Long runs are simulated in slices: `update` does a small one and returns the work for the
/// rest, whose results come back as `.simulated`. These tests carry out that work by hand.
@Suite struct BackgroundSimulationTests {
    static let steps = 1_000_000

    /// The app after its first `.resize`, and the work that update returned.
    func started(steps: Int = steps) -> (DescentApp, Command) {
        var app = DescentApp(spec: Fixtures.scenario(steps: steps))
        let command = app.update(.resize(width: 100, height: 30))
        return (app, command)
    }

    /// Compared first, so that a failure does not print a million numbers.
    func simulatedInOneGo(_ app: DescentApp, _ index: Int) -> Bool {
        app.derived.trajectories[index] == Trajectory.simulated(index, in: app.simulationSpec, stride: app.timeline.stride)
    }

    func finish(_ command: Command, _ app: inout DescentApp) -> Int {
        var command = command, slices = 0
        while case .work(let job) = command {
            command = app.update(job())
            slices += 1
        }
        return slices
    }

    func job(_ command: Command) throws -> @Sendable () -> Message {
        guard case .work(let job) = command else { throw Unexpected.noWork }
        return job
    }

    enum Unexpected: Error { case noWork }

    func statusLine(_ app: DescentApp) -> String {
        FrameText.plain(app.frame()).split(separator: "\n").last.map(String.init) ?? ""
    }

    @Test func theFirstUpdateSimulatesASliceAndShowsProgress() throws {
        let (app, command) = started()
        _ = try job(command)
        let lastSteps = app.derived.trajectories.map(\.lastStep)
        #expect(lastSteps.allSatisfy { $0 > 0 && $0 < Self.steps })
        let progress = try #require(app.derived.simulations.progress)
        #expect(progress > 0 && progress < 1)
        // 6%: no cell of the bar is done yet.
        #expect(statusLine(app).contains("simulating ░░░░░░░░░░ \(Int(progress * 100))%"))
    }

    @Test func slicesAddUpToTheWholeRun() throws {
        var (app, command) = started()
        #expect(finish(command, &app) > 1)
        for index in app.runs.indices { #expect(simulatedInOneGo(app, index)) }
        #expect(app.derived.simulations.progress == nil)
        #expect(!statusLine(app).contains("simulating"))
    }

    /// An edit while a slice is out starts the edited run again; the slice, now stale, is
    /// dropped when it comes back, and the work goes on from what the edit left.
    @Test func anEditDropsStaleWork() throws {
        var (app, command) = started()
        let stale = try job(command)
        let before = app.derived.trajectories
        let afterEdit = app.update(.key(.character("E")))
        let fresh = try job(afterEdit)
        let edited = app.derived.trajectories
        #expect(edited[0].positions != before[0].positions, "run 0 started again")
        #expect(app.update(stale()).isNone, "the fresh job is still out")
        #expect(app.derived.trajectories.map(\.count) == edited.map(\.count), "the stale slice is dropped")
        command = app.update(fresh())
        #expect(app.derived.trajectories[0].count > edited[0].count)
        _ = finish(command, &app)
        for index in app.runs.indices { #expect(simulatedInOneGo(app, index)) }
    }

    /// Playing waits where the simulation has got to, as a video waits for what is not loaded.
    @Test func thePlayheadWaitsForTheSimulation() throws {
        var (app, _) = started()
        let frontier = app.derived.simulations.frontier
        #expect(frontier < Self.steps)
        _ = app.update(.tick(seconds: 100))
        #expect(app.step == frontier)
        #expect(app.playback.playing)
    }

    /// `.` and `,` move exactly one step; each run is shown as it stands there, exactly.
    @Test func singleStepsShowTheExactStep() throws {
        var app = Fixtures.app(steps: Self.steps)
        #expect(app.timeline.stride == 16)
        app.type("]")
        app.type("...,")
        #expect(app.step == 10_002)
        let spec = app.simulationSpec
        for index in spec.runs.indices {
            var exact = Simulator(spec: spec).resumableRun(index)
            let rows = Rows()
            try exact.run(until: 10_002, into: rows)
            let shown = app.derived.shownTrajectory(index)
            #expect(shown.lastStep == 10_002)
            #expect(shown.positions.last == rows.last?.position)
            #expect(shown.losses.last == rows.last?.loss)
            #expect(shown.count == 10_000 / 16 + 2)
        }
        app.type("v")
        #expect(app.inspection?.sample.step == 10_002)
        #expect(app.inspection?.sample.run == app.selected)
        #expect(statusLine(app).contains("step 10002/1000000"))
    }

    final class Rows: SampleSink {
        var last: Sample?
        func begin(_ run: RunInfo) {}
        func record(_ sample: Sample) { last = sample }
        func end(_ summary: RunSummary) {}
    }

    /// Playing with the inspector closed computes no step of it: that would cost up to a
    /// checkpoint's worth of steps every frame.
    @Test func theInspectorsStepIsComputedOnlyWhileItIsOpen() {
        var app = Fixtures.app(steps: Self.steps)
        app.updateFinishingWork(.tick(seconds: 1))
        #expect(app.step > 0 && app.inspection == nil)
        app.type("v")
        #expect(app.inspection?.sample.step == app.step)
        app.type("v")
        #expect(app.inspection == nil)
    }
}
