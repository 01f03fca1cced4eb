/// The result of one slice of background simulation (`Message.simulated`): what it simulated
/// of each run it was given. Equal when it is the same slice: its job number says so, and
/// comparing the rows would cost as much as making them.
public struct SimulationSlice: Hashable, Sendable {
    /// Which job made it: `Simulations` takes only the slice of the job it awaits.
    let job: Int
    let runs: [RunSlice]

    public static func == (a: SimulationSlice, b: SimulationSlice) -> Bool { a.job == b.job }
    public func hash(into hasher: inout Hasher) { hasher.combine(job) }
}
