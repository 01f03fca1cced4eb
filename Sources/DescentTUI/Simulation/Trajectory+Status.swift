extension Trajectory {
    /// How the run stands at sample i, as the side panel says it.
    enum Standing: Equatable {
        case running
        case converged(at: Int)
        case diverged(at: Int)
    }

    func standing(at sample: Int) -> Standing {
        if diverged && sample == count - 1 { return .diverged(at: lastStep) }
        if let convergedAt, convergedAt <= step(ofSample: sample) { return .converged(at: convergedAt) }
        return .running
    }
}
