@testable import DescentCore
import Testing

@testable import DescentExport

@Suite struct SummaryTableTests {
    @Test func alignsOneRowPerRun() {
        let text = SummaryTable.render([
            summary("nag", "nesterov", step: 2000, loss: 3.14159265e-05, distance: 0.0123456789, convergedAt: 1412, .ok),
            summary("sgd, slow", "sgd", step: 2000, loss: 12.5, distance: nil, convergedAt: nil, .ok),
            summary("big", "momentum", step: 17, loss: .infinity, distance: .infinity, convergedAt: nil, .diverged),
        ])
        #expect(text == """
            run        optimizer  steps   final loss   distance  converged at  evals to tol  evals  status
            nag        nesterov    2000  3.14159e-05  0.0123457          1412          2824   4001  converged
            sgd, slow  sgd         2000         12.5          -             -             -   4001  ok
            big        momentum      17          inf        inf             -             -     35  diverged @17

            """)
    }

    @Test func convergedThenDivergedShowsDiverged() {
        let text = SummaryTable.render([
            summary("a", "sgd", step: 5, loss: .nan, distance: nil, convergedAt: 2, .diverged)
        ])
        // The run once converged at step 2, but its status is how it ended.
        #expect(text.hasSuffix("           2             4     11  diverged @5\n"))
    }

    /// Defect 14 of issue 12: labels are the user's text. Control characters come out escaped
    /// (no raw ESC reaches the reader's terminal) and columns line up by display width.
    @Test func userTextIsEscapedAndAlignedByColumns() {
        let text = SummaryTable.render([
            summary("\u{1B}[2J\u{1B}[H", "sgd", step: 1, loss: 1, distance: nil, convergedAt: nil, .ok),
            summary("漢字", "sgd", step: 1, loss: 1, distance: nil, convergedAt: nil, .ok),
            summary("a\nb\tc\u{85}", "sgd", step: 1, loss: 1, distance: nil, convergedAt: nil, .ok),
        ])
        #expect(!text.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" || (0x7F...0x9F).contains($0.value) })
        #expect(text == """
            run                optimizer  steps  final loss  distance  converged at  evals to tol  evals  status
            \\u{1B}[2J\\u{1B}[H  sgd            1           1         -             -             -      3  ok
            漢字               sgd            1           1         -             -             -      3  ok
            a\\nb\\tc\\u{85}      sgd            1           1         -             -             -      3  ok

            """)
    }

    private func summary(
        _ label: String, _ optimizer: String, step: Int, loss: Double, distance: Double?, convergedAt: Int?,
        _ status: RunStatus
    ) -> RunSummary {
        // Two evaluations per step, as for a method that also evaluates f.
        let last = Sample(
            run: 0, step: step, position: Vector2(0, 0), loss: loss, gradient: Vector2(0, 0), lr: 0.1, status: status,
            evals: 2 * step + 1)
        return RunSummary(
            info: RunInfo(index: 0, label: label, optimizer: optimizer), last: last, convergedAt: convergedAt,
            convergedEvals: convergedAt.map { 2 * $0 }, distanceToMinimum: distance)
    }
}
