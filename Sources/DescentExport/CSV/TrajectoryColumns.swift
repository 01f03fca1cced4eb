import DescentCore

/// The trajectory CSV's columns in order (DESIGN.md, Contract 3), each with its name and how
/// its field is written. The header, the rows, the room a row needs and the tests all walk
/// this one list, so a new column is one line here.
///
/// Columns about the run lead: each row starts with its run's text, quoted once per run.
///
/// A walk with a visitor rather than an array of columns: walked by `SampleFields`, it
/// specialises into straight-line code like a hand-written row. (A switch per column over
/// an array cost about 5% of the CSV's time in a jump per field.)
enum TrajectoryColumns {
    @inline(__always)
    static func walk(_ visitor: inout some TrajectoryColumnVisitor) {
        visitor.runText("run") { $0.label }
        visitor.runText("optimizer") { $0.optimizer }
        visitor.field("step", maxLength: NumberText.maxIntLength) { $0.append($1.step) }
        visitor.number("x") { $0.position.x }
        visitor.number("y") { $0.position.y }
        visitor.number("loss") { $0.loss }
        visitor.number("grad_x") { $0.gradient.x }
        visitor.number("grad_y") { $0.gradient.y }
        visitor.number("lr") { $0.lr }
        visitor.field("status", maxLength: "converged".utf8.count) { $0.append(text(of: $1.status)) }
        // `step_undone;restart;backtrack:N;lr_reduced` with N up to 20 digits.
        visitor.field("event", maxLength: 64) { row, sample in
            if !sample.event.isEmpty {
                Array(sample.event.description.utf8).withUnsafeBufferPointer { row.append($0) }
            }
        }
        visitor.field("evals", maxLength: NumberText.maxIntLength) { $0.append($1.evals) }
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
