extension TerminalProgram {
    /// `update`, then the work it asks for carried out here and now, each result sent back
    /// through `update` in the order asked, until none is asked for: what a user without an
    /// event loop (`descent render`, tests, benchmarks) does to see everything derived.
    /// Returns the last command that asked for no work.
    @discardableResult
    public mutating func updateFinishingWork(_ message: Message) -> Command {
        var pending = [update(message)], last = Command.none
        while !pending.isEmpty {
            switch pending.removeFirst() {
            case .work(let job): pending.append(update(job()))
            case .batch(let commands): pending.insert(contentsOf: commands, at: 0)
            case let other: last = other
            }
        }
        return last
    }
}
