import DescentCore
import Testing

@testable import DescentExport

@Suite struct TrajectoryColumnTests {
    /// The writer puts the columns about the run first; the header must still be the table's order.
    @Test func contractColumnsLeadInTheirOrder() {
        let names = TrajectoryColumn.allCases.map(\.name)
        #expect(names.prefix(10) == ["run", "optimizer", "step", "x", "y", "loss", "grad_x", "grad_y", "lr", "status"])
        #expect(Set(names).count == names.count)
        #expect(CSVWriter.header == names.joined(separator: ","))
    }

    @Test func eachFieldStandsUnderItsName() throws {
        let info = RunInfo(index: 0, label: "nag", optimizer: "nesterov")
        let sample = Sample(
            run: 0, step: 7, position: Vector2(1.5, -2), loss: 3.25, gradient: Vector2(0.5, -0.25), lr: 0.01,
            status: .converged, event: StepEvent(lrReduced: true), evals: 9)
        let expected = [
            "run": "nag", "optimizer": "nesterov", "step": "7", "x": "1.5", "y": "-2.0", "loss": "3.25",
            "grad_x": "0.5", "grad_y": "-0.25", "lr": "0.01", "status": "converged", "event": "lr_reduced",
            "evals": "9",
        ]
        let row = try fields(writing: sample, of: info)
        for (column, field) in zip(TrajectoryColumn.allCases, row) {
            #expect(field == expected[column.name], "\(column.name)")
        }
        #expect(row.count == TrajectoryColumn.allCases.count)
    }

    /// The writer reserves each row's room from these lengths, so a longer field would write
    /// past it.
    @Test func longestFieldsFitTheirMaximum() throws {
        let info = RunInfo(index: 0, label: "r", optimizer: "sgd")
        let sample = Sample(
            run: 0, step: Int.min, position: Vector2(-2.2250738585072014e-308, -1.7976931348623157e308),
            loss: -.infinity, gradient: Vector2(-Double.leastNonzeroMagnitude, -1.0000000000000001e23), lr: -9.999999999999999e-05,
            status: .converged, event: StepEvent(restarted: true, backtracks: Int.max, lrReduced: true, stepUndone: true),
            evals: Int.min)
        let row = try fields(writing: sample, of: info)
        for (column, field) in zip(TrajectoryColumn.allCases, row) where column.runText == nil {
            #expect(field.utf8.count <= column.maxLength, "\(column.name): \(field)")
        }
    }

    /// The fields of the one row written for `sample`, whose run's text holds no comma.
    private func fields(writing sample: Sample, of info: RunInfo) throws -> [String] {
        let output = MemoryOutput()
        let writer = try CSVWriter(output: output)
        try writer.begin(info)
        try writer.record(sample)
        try writer.finish()
        let rows = output.text.split(separator: "\n")
        try #require(rows.count == 2)
        return rows[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
    }
}
