import DescentCore

/// A run's text fields (`run`, `optimizer`), quoted once when the run begins rather than on
/// each of its rows.
struct RunFields {
    let label: [UInt8]
    let optimizer: [UInt8]

    init(_ run: RunInfo) {
        label = CSVField.encoded(run.label)
        optimizer = CSVField.encoded(run.optimizer)
    }
}
