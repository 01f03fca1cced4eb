/// A schedule's length in steps (cosine's `t_max`, one_cycle's `total_steps`): given, or
/// the run's, which is known only once the run's steps (and any warmup) are.
public enum ScheduleLength: Hashable, Sendable {
    case steps(Int)
    /// The steps the run has left for the schedule: its steps less any warmup.
    case run

    /// The length for a schedule that gets `runLength` steps.
    public func resolved(runLength: Int) -> ScheduleLength {
        .steps(count(runLength: runLength))
    }

    func count(runLength: Int) -> Int {
        switch self {
        case .steps(let n): return n
        case .run: return max(1, runLength)
        }
    }

    /// The length a schedule was resolved to; resolving happens once per run, before any rate.
    var count: Int {
        guard case .steps(let n) = self else { preconditionFailure("a run-length schedule is resolved before use") }
        return n
    }
}

extension ScheduleLength: ExpressibleByIntegerLiteral {
    public init(integerLiteral value: Int) {
        self = .steps(value)
    }
}
