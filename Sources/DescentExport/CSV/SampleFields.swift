import DescentCore

/// Writes a sample's fields into a row after its run's prefix, separated by commas, and
/// ends the row.
struct SampleFields: TrajectoryColumnVisitor {
    private let sample: Sample
    private(set) var row: ByteCursor
    private var first = true

    @inline(__always)
    init(_ sample: Sample, into row: ByteCursor) {
        self.sample = sample
        self.row = row
        TrajectoryColumns.walk(&self)
        self.row.append(UInt8(ascii: "\n"))
    }

    /// Already in the row: the run's prefix.
    mutating func runText(_ name: String, _ text: (RunInfo) -> String) {}

    @inline(__always)
    mutating func field(_ name: String, maxLength: Int, _ write: (inout ByteCursor, Sample) -> Void) {
        if !first { row.append(UInt8(ascii: ",")) }
        first = false
        write(&row, sample)
    }
}
