extension TerminalProgram {
    /// `update`, then the work it asks for carried out here and now, each result sent back
    /// through `update`, until it asks for none: what a user without an event loop (`descent
    /// render`, tests, benchmarks) does to see everything derived. Returns the last command.
    @discardableResult
    public mutating func updateFinishingWork(_ message: Message) -> Command {
        var command = update(message)
        while case .work(let job) = command { command = update(job()) }
        return command
    }
}
