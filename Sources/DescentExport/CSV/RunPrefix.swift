import DescentCore

/// How each row of a run starts: the run's text fields, quoted, each followed by a separator.
/// Built once when the run begins, copied as one block into each of its rows.
struct RunPrefix: TrajectoryColumnVisitor {
    private let run: RunInfo
    private(set) var bytes: [UInt8] = []

    init(_ run: RunInfo) {
        self.run = run
        TrajectoryColumns.walk(&self)
    }

    mutating func runText(_ name: String, _ text: (RunInfo) -> String) {
        bytes += CSVField.encoded(text(run)) + [UInt8(ascii: ",")]
    }

    mutating func field(_ name: String, maxLength: Int, _ write: (inout ByteCursor, Sample) -> Void) {}

    mutating func number(_ name: String, _ value: (Sample) -> Double) {}
}
