import DescentCore

/// What the trajectory CSV's column table says about every row: the header's names, and the
/// most bytes a sample's fields take.
struct TrajectoryLayout: TrajectoryColumnVisitor {
    private(set) var names: [String] = []
    /// Each field with the separator before it, then the newline.
    private(set) var maxSampleFieldsLength = 1
    /// Columns written by `number`, each of which a row spells or copies from the row before.
    private(set) var numberColumns = 0
    private var sampleFieldsBegun = false

    init() {
        TrajectoryColumns.walk(&self)
    }

    var header: String { names.joined(separator: ",") }

    mutating func runText(_ name: String, _ text: (RunInfo) -> String) {
        // A run's text is copied into its rows as one block, ahead of the sample's fields.
        precondition(!sampleFieldsBegun, "\(name): columns about the run lead each row")
        names.append(name)
    }

    mutating func field(_ name: String, maxLength: Int, _ write: (inout ByteCursor, Sample) -> Void) {
        sampleFieldsBegun = true
        names.append(name)
        maxSampleFieldsLength += 1 + maxLength
    }

    mutating func number(_ name: String, _ value: (Sample) -> Double) {
        field(name, maxLength: NumberText.maxDoubleLength) { _, _ in }
        numberColumns += 1
    }
}
