import DescentCore

/// The trajectory CSV's columns in order (DESIGN.md, Contract 3): the header is their names,
/// each row their fields. A new column is a case here, with its longest field and how it is
/// written; the header, the rows and the tests follow.
///
/// A switch rather than a list of closures, so that writing a row stays a jump per field
/// with nothing to retain or call indirectly.
enum TrajectoryColumn: String, CaseIterable {
    case run, optimizer, step, x, y, loss
    case gradX = "grad_x", gradY = "grad_y"
    case lr, status, event, evals

    var name: String { rawValue }

    /// The most bytes `write` puts into this column for a row of `run`.
    func maxLength(in run: RunFields) -> Int {
        switch self {
        case .run: run.label.count
        case .optimizer: run.optimizer.count
        case .step, .evals: NumberText.maxIntLength
        case .x, .y, .loss, .gradX, .gradY, .lr: NumberText.maxDoubleLength
        case .status: "converged".utf8.count
        // `step_undone;restart;backtrack:N;lr_reduced` with N up to 20 digits.
        case .event: 64
        }
    }

    @inline(__always)
    func write(_ sample: Sample, of run: RunFields, to row: inout ByteCursor) {
        switch self {
        case .run: run.label.withUnsafeBufferPointer { row.append($0) }
        case .optimizer: run.optimizer.withUnsafeBufferPointer { row.append($0) }
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
