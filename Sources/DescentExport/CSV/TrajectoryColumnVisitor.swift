import DescentCore

/// What walks `TrajectoryColumns`: it is shown each column in order, with its name and how
/// its field is written, and takes what it needs.
protocol TrajectoryColumnVisitor {
    /// A column about the run: the same text on each of its rows.
    mutating func runText(_ name: String, _ text: (RunInfo) -> String)
    /// A column about the sample, written into a row in at most `maxLength` bytes.
    mutating func field(_ name: String, maxLength: Int, _ write: (inout ByteCursor, Sample) -> Void)
    /// A Double about the sample, spelled by `NumberText` in at most its `maxDoubleLength`.
    mutating func number(_ name: String, _ value: (Sample) -> Double)
}
