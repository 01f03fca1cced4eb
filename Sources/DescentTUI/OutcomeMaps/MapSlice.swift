import DescentCore

/// The result of one piece of background map work (`Message.mapped`): the outcomes of the
/// cells it was given. Equal when it is the same piece, as its job number says.
public struct MapSlice: Hashable, Sendable {
    /// Which fill it belongs to: `OutcomeMap` drops a slice of any fill but the current one.
    let generation: Int
    let job: Int
    let outcomes: [MapOutcome]

    public static func == (a: MapSlice, b: MapSlice) -> Bool { a.job == b.job }
    public func hash(into hasher: inout Hasher) { hasher.combine(job) }
}
