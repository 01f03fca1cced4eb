import DescentCore

/// What a controller or restart rule did at one kept sample, packed into eight bytes: a run
/// with a line search can have an event at nearly every one of its ~200,000 samples, and
/// `StepEvent` with the sample's index would take three times that.
struct TrajectoryEvent: Equatable {
    private struct Kinds: OptionSet {
        let rawValue: UInt8
        static let restarted = Kinds(rawValue: 1)
        static let lrReduced = Kinds(rawValue: 2)
        static let stepUndone = Kinds(rawValue: 4)
    }

    private let index: UInt32
    private let kinds: Kinds
    /// The core gives up after `Backtracking.maximumBacktracks` shrinks, far below the cap.
    private let backtracks: UInt16

    init(sample: Int, _ event: StepEvent) {
        index = UInt32(sample)
        var kinds: Kinds = []
        if event.restarted { kinds.insert(.restarted) }
        if event.lrReduced { kinds.insert(.lrReduced) }
        if event.stepUndone { kinds.insert(.stepUndone) }
        self.kinds = kinds
        backtracks = UInt16(min(event.backtracks, Int(UInt16.max)))
    }

    var sample: Int { Int(index) }

    var event: StepEvent {
        StepEvent(
            restarted: kinds.contains(.restarted), backtracks: Int(backtracks),
            lrReduced: kinds.contains(.lrReduced), stepUndone: kinds.contains(.stepUndone))
    }
}
