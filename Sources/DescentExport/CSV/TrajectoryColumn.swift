import DescentCore

/// The trajectory CSV's columns in order (DESIGN.md, Contract 3): the header is their names,
/// each row their fields. A new column is a case here, with its longest field and how it is
/// written; the header, the rows, the room a row needs and the tests follow.
///
/// A switch rather than a list of closures, so that writing a row stays a jump per field,
/// with nothing to retain or call indirectly.
enum TrajectoryColumn: String, CaseIterable {
    case run, optimizer, step, x, y, loss
    case gradX = "grad_x", gradY = "grad_y"
    case lr, status, event, evals

    var name: String { rawValue }

    /// For a column about the run rather than the sample, its text: the same on each of the
    /// run's rows, so the writer quotes it once, when the run begins.
    var runText: KeyPath<RunInfo, String>? {
        switch self {
        case .run: \.label
        case .optimizer: \.optimizer
        default: nil
        }
    }

    /// The most bytes `write` puts into a row.
    var maxLength: Int {
        switch self {
        case .run, .optimizer: 0
        case .step, .evals: NumberText.maxIntLength
        case .x, .y, .loss, .gradX, .gradY, .lr: NumberText.maxDoubleLength
        case .status: "converged".utf8.count
        // `step_undone;restart;backtrack:N;lr_reduced` with N up to 20 digits.
        case .event: 64
        }
    }

    /// Writes the field of a column about the sample. A column about the run writes nothing
    /// here: its text was quoted when the run began (`runText`).
    @inline(__always)
    func write(_ sample: Sample, to row: inout ByteCursor) {
        switch self {
        case .run, .optimizer: break
        case .step: row.append(sample.step)
        case .x: row.append(sample.position.x)
        case .y: row.append(sample.position.y)
        case .loss: row.append(sample.loss)
        case .gradX: row.append(sample.gradient.x)
        case .gradY: row.append(sample.gradient.y)
        case .lr: row.append(sample.lr)
        case .status: row.append(Self.text(of: sample.status))
        case .event:
            if !sample.event.isEmpty {
                Array(sample.event.description.utf8).withUnsafeBufferPointer { row.append($0) }
            }
        case .evals: row.append(sample.evals)
        }
    }

    private static func text(of status: RunStatus) -> UnsafeBufferPointer<UInt8> {
        let text: StaticString = switch status {
        case .ok: "ok"
        case .converged: "converged"
        case .diverged: "diverged"
        }
        return UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
    }
}
