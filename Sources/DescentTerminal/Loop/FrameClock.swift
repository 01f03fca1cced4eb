/// Paces animation frames on a monotonic clock, and measures the time each tick reports.
/// Driving frames from the clock (not from counting read timeouts) keeps the speed right when
/// keys arrive between frames or a frame takes long.
struct FrameClock {
    static let intervalMilliseconds = 33
    static let interval = Duration.milliseconds(intervalMilliseconds)

    private let clock = ContinuousClock()
    private var lastTick: ContinuousClock.Instant
    private var nextFrame: ContinuousClock.Instant

    init() {
        lastTick = clock.now
        nextFrame = lastTick + Self.interval
    }

    /// Starts measuring from now: time spent paused is not animation time.
    mutating func restart() {
        self = FrameClock()
    }

    /// How long a read may wait before the next frame is due (0 when it already is).
    var millisecondsUntilNextFrame: Int {
        let remaining = clock.now.duration(to: nextFrame)
        guard remaining > .zero else { return 0 }
        let (seconds, attoseconds) = remaining.components
        // Rounded up: waking a little early would only spin through a second read.
        return Int(seconds) * 1000 + Int((attoseconds + 999_999_999_999_999) / 1_000_000_000_000_000)
    }

    var isFrameDue: Bool { clock.now >= nextFrame }

    /// Seconds since the last tick; schedules the next frame one interval on, or one interval
    /// from now if frames fell behind (dropping frames rather than rushing to catch up).
    mutating func tick() -> Double {
        let now = clock.now
        let elapsed = lastTick.duration(to: now)
        lastTick = now
        nextFrame += Self.interval
        if nextFrame <= now { nextFrame = now + Self.interval }
        let (seconds, attoseconds) = elapsed.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
