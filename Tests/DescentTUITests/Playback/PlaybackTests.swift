@testable import DescentCore
import Testing

@testable import DescentTUI

/// The playhead: keys that move it, speed, and ticks (the only way time gets in).
@Suite struct PlaybackTests {
    @Test func startsPlayingAtAboutTenSecondsPerRun() {
        let app = Fixtures.app()
        #expect(app.playback.playing && app.wantsTicks)
        #expect(app.step == 0)
        // 3000 steps: 300/s would take 10 s; the nearest 1-2-5 number is 200.
        #expect(app.playback.speed == 200)
        #expect(Playback.defaultSpeed(steps: 1000) == 100)
        #expect(Playback.defaultSpeed(steps: 40_000) == 5000)
        #expect(Playback.defaultSpeed(steps: 3) == 1)
    }

    @Test func spaceTogglesAndReplaysFromTheEnd() {
        var app = Fixtures.app()
        app.type(" ")
        #expect(!app.playback.playing && !app.wantsTicks)
        app.type(" ")
        #expect(app.playback.playing)
        app.seek(toStep: 3000)
        app.type(" ")
        #expect(app.playback.playing && app.step == 0)
    }

    @Test func ticksAdvanceBySpeedTimesTimeKeepingTheRemainder() {
        var app = Fixtures.app()
        app.send(.tick(seconds: 0.1))
        #expect(app.step == 20)
        // 0.8 of a step is owed, not lost: the next 0.8 makes it 1.6, so one step and 0.6 left.
        app.send(.tick(seconds: 0.004))
        #expect(app.step == 20)
        app.send(.tick(seconds: 0.004))
        #expect(app.step == 21)
        #expect(abs(app.playback.carry - 0.6) < 1e-9)
    }

    @Test func ticksAreDeterministic() {
        var a = Fixtures.app(), b = Fixtures.app()
        for _ in 0..<100 { a.send(.tick(seconds: 1.0 / 60)) }
        for _ in 0..<100 { b.send(.tick(seconds: 1.0 / 60)) }
        #expect(a.step == b.step)
        #expect(a.step == 333)
    }

    @Test func pausedTicksDoNothingAndTheEndPauses() {
        var app = Fixtures.app()
        app.type(" ")
        app.send(.tick(seconds: 5))
        #expect(app.step == 0)
        app.type(" ")
        app.send(.tick(seconds: 20))
        #expect(app.step == 3000)
        #expect(!app.playback.playing)
    }

    @Test func singleStepsPause() {
        var app = Fixtures.app()
        app.type(".")
        #expect(app.step == 1 && !app.playback.playing)
        app.type("..,")
        #expect(app.step == 2)
        app.type(",,,")
        #expect(app.step == 0)
    }

    @Test func scrubbingMovesByOneAndTenPercent() {
        var app = Fixtures.app()
        app.type("]")
        #expect(app.step == 30)
        app.type("}")
        #expect(app.step == 330)
        app.type("[")
        #expect(app.step == 300)
        app.type("{{{{")
        #expect(app.step == 0)
        app.type("}}}}}}}}}}}")
        #expect(app.step == 3000)
    }

    @Test func firstAndLast() {
        var app = Fixtures.app()
        app.type("G")
        #expect(app.step == 3000 && !app.playback.playing)
        app.type("g")
        #expect(app.step == 0)
        app.send(.key(.end))
        #expect(app.step == 3000)
        app.send(.key(.home))
        #expect(app.step == 0)
    }

    @Test func fasterSlowerAndRestart() {
        var app = Fixtures.app()
        app.type(">")
        #expect(app.playback.speed == 400)
        app.type("<<")
        #expect(app.playback.speed == 100)
        app.seek(toStep: 1500)
        app.type(" r")
        #expect(app.step == 0 && app.playback.playing)
        app.type("Gr")
        #expect(app.step == 0 && !app.playback.playing, "r keeps the pause")
    }

    @Test func speedStaysInItsRange() {
        var app = Fixtures.app()
        for _ in 0..<20 { app.type("<") }
        #expect(app.playback.speed == 1)
        for _ in 0..<40 { app.type(">") }
        #expect(app.playback.speed == 1e9)
    }

    @Test func longRunsKeepEveryKthStepAndMoveInThoseUnits() {
        var app = Fixtures.app(steps: 1_000_000)
        // 3 runs × 1,000,001 samples would be 3 million; every 16th keeps under 200,000.
        #expect(app.timeline.stride == 16)
        #expect(app.derived.trajectories.map(\.count).reduce(0, +) <= 200_003)
        #expect(app.derived.trajectories[0].lastStep == 1_000_000)
        app.type(" ]")
        #expect(app.step == 10_000)
        app.send(.tick(seconds: 0.001))
        #expect(app.step == 10_000)
        app.type(" ")
        // 100,000 steps per second: 0.001 s is 100 steps, six strides of 16 and 4 carried.
        app.send(.tick(seconds: 0.001))
        #expect(app.step == 10_000 + 96)
        // From between two kept steps (after `.`), playing goes on from the kept step below.
        app.type(".")
        #expect(app.step == 10_097 && !app.playback.playing)
        app.type(" ")
        app.send(.tick(seconds: 0.001))
        #expect(app.step == 10_096 + 96)
    }

    @Test func timelineStrides() {
        #expect(Timeline(steps: 3000, runs: 3).stride == 1)
        #expect(Timeline(steps: 1_000_000, runs: 3).stride == 16)
        let timeline = Timeline(steps: 10, runs: 60_000)
        #expect(timeline.stride == 4)
        #expect([0, 3, 4, 9, 10, 11, -3].map(timeline.snap) == [0, 0, 4, 8, 10, 10, 0])
    }
}
