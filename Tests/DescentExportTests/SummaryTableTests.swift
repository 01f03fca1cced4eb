import DescentCore
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
            run        optimizer  steps   final loss   distance  converged at  status
            nag        nesterov    2000  3.14159e-05  0.0123457          1412  converged
            sgd, slow  sgd         2000         12.5          -             -  ok
            big        momentum      17          inf        inf             -  diverged @17

            """)
    }

    @Test func convergedThenDivergedShowsDiverged() {
        let text = SummaryTable.render([
            summary("a", "sgd", step: 5, loss: .nan, distance: nil, convergedAt: 2, .diverged)
        ])
        // The run once converged at step 2, but its status is how it ended.
        #expect(text.hasSuffix("           2  diverged @5\n"))
    }

    private func summary(
        _ label: String, _ optimizer: String, step: Int, loss: Double, distance: Double?, convergedAt: Int?,
        _ status: RunStatus
    ) -> RunSummary {
        let last = Sample(
            run: 0, step: step, position: Vector2(0, 0), loss: loss, gradient: Vector2(0, 0), lr: 0.1, status: status)
        return RunSummary(
            info: RunInfo(index: 0, label: label, optimizer: optimizer), last: last, convergedAt: convergedAt,
            distanceToMinimum: distance)
    }
}
