import DescentCore

/// Writes a sample's fields into a row after its run's prefix, separated by commas, and
/// ends the row. Its numbers come from `repeated`, one per number column in order, which
/// copies those unchanged since the row before.
struct SampleFields: TrajectoryColumnVisitor {
    private let sample: Sample
    private(set) var row: ByteCursor
    private var repeated: UnsafeMutablePointer<RepeatedNumber>
    private var first = true

    @inline(__always)
    init(_ sample: Sample, into row: ByteCursor, repeated: UnsafeMutablePointer<RepeatedNumber>) {
        self.sample = sample
        self.row = row
        self.repeated = repeated
        TrajectoryColumns.walk(&self)
        self.row.append(UInt8(ascii: "\n"))
    }

    /// Already in the row: the run's prefix.
    mutating func runText(_ name: String, _ text: (RunInfo) -> String) {}

    @inline(__always)
    mutating func field(_ name: String, maxLength: Int, _ write: (inout ByteCursor, Sample) -> Void) {
        separate()
        write(&row, sample)
    }

    @inline(__always)
    mutating func number(_ name: String, _ value: (Sample) -> Double) {
        separate()
        repeated.pointee.write(value(sample), into: &row)
        repeated += 1
    }

    @inline(__always)
    private mutating func separate() {
        if !first { row.append(UInt8(ascii: ",")) }
        first = false
    }
}
