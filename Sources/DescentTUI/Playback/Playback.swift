import DescentPlot

/// The playhead: which step is shown, whether it moves, and how fast. Time reaches it only
/// through `tick`, so tests drive it deterministically.
struct Playback: Equatable {
    var step = 0
    var playing = true
    /// Steps per second.
    var speed: Double
    /// Steps earned by ticks but not yet a whole stride: kept so that slow speeds still move.
    var carry = 0.0

    static let speedRange = 1.0...1e9

    init(steps: Int) {
        speed = Self.defaultSpeed(steps: steps)
    }

    /// About ten seconds for the whole run, on a 1-2-5 number so the status line reads well.
    static func defaultSpeed(steps: Int) -> Double {
        min(NiceNumber.nearest(to: max(Double(steps) / 10, 1)), speedRange.upperBound)
    }

    /// Moves on by the whole strides that `seconds` earned, from the kept step at or below the
    /// playhead (after `.` or `,` it may stand between two). It waits at `frontier`, the step
    /// every run still simulating has reached, as a video waits for what is not yet loaded:
    /// it never shows steps that are not simulated, and goes on as they come.
    mutating func tick(seconds: Double, on timeline: Timeline, simulatedThrough frontier: Int) {
        guard playing, seconds > 0 else { return }
        carry += speed * seconds
        let strides = (carry / Double(timeline.stride)).rounded(.down)
        carry -= strides * Double(timeline.stride)
        let target = Double(timeline.snap(step)) + strides * Double(timeline.stride)
        if target >= Double(timeline.steps) && frontier >= timeline.steps {
            step = timeline.steps
            pause()
        } else if target >= Double(frontier) {
            step = max(step, frontier)
            carry = 0
        } else {
            step = Int(screen: target)
        }
    }

    /// Exactly `offset` steps on or back, within 0 ... steps, paused: `.` and `,`.
    mutating func step(by offset: Int, on timeline: Timeline) {
        pause()
        step = min(max(step + offset, 0), timeline.steps)
    }

    /// Moves the playhead, dropping any partial stride.
    mutating func seek(_ target: Int, on timeline: Timeline) {
        step = timeline.snap(target)
        carry = 0
    }

    mutating func pause() {
        playing = false
        carry = 0
    }

    /// Play from the start when at the end, as a media player does.
    mutating func togglePlaying(on timeline: Timeline) {
        if playing {
            pause()
        } else {
            if step >= timeline.steps { seek(0, on: timeline) }
            playing = true
        }
    }

    mutating func scaleSpeed(by factor: Double) {
        speed = min(max(speed * factor, Self.speedRange.lowerBound), Self.speedRange.upperBound)
    }
}
