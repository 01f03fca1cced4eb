@testable import DescentCore
import Testing

@testable import DescentExport

@Suite struct TrajectoryColumnsTests {
    @Test func contractColumnsLeadInTheirOrder() {
        let names = CSVWriter.layout.names
        #expect(names.prefix(10) == ["run", "optimizer", "step", "x", "y", "loss", "grad_x", "grad_y", "lr", "status"])
        #expect(Set(names).count == names.count)
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
        let output = MemoryOutput()
        let writer = try CSVWriter(output: output)
        try writer.begin(info)
        try writer.record(sample)
        try writer.finish()
        let lines = output.text.split(separator: "\n")
        try #require(lines.count == 2)
        let fields = lines[1].split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        #expect(fields.count == CSVWriter.layout.names.count)
        for (name, field) in zip(CSVWriter.layout.names, fields) {
            #expect(field == expected[name], "\(name)")
        }
    }

    /// The writer reserves each row's room from these lengths, so a longer field would write
    /// past it.
    @Test func longestFieldsFitTheirMaximum() {
        var lengths = FieldLengths(sample: Sample(
            run: 0, step: Int.min, position: Vector2(-2.2250738585072014e-308, -1.7976931348623157e308),
            loss: -.infinity, gradient: Vector2(-Double.leastNonzeroMagnitude, -1.0000000000000001e23),
            lr: -9.999999999999999e-05, status: .converged,
            event: StepEvent(restarted: true, backtracks: Int.max, lrReduced: true, stepUndone: true), evals: Int.min))
        TrajectoryColumns.walk(&lengths)
        #expect(lengths.checked == 10, "every column about the sample")
        #expect(lengths.tooLong.isEmpty)
    }
}

/// Writes each field of one sample on its own, into more room than any field needs, and
/// notes those longer than their column's maximum.
private struct FieldLengths: TrajectoryColumnVisitor {
    let sample: Sample
    private(set) var checked = 0
    private(set) var tooLong: [String] = []

    mutating func runText(_ name: String, _ text: (RunInfo) -> String) {}

    mutating func number(_ name: String, _ value: (Sample) -> Double) {
        field(name, maxLength: NumberText.maxDoubleLength) { $0.append(value($1)) }
    }

    mutating func field(_ name: String, maxLength: Int, _ write: (inout ByteCursor, Sample) -> Void) {
        let length = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: 256) { buffer in
            var cursor = ByteCursor(buffer.baseAddress!)
            write(&cursor, sample)
            return cursor.position - buffer.baseAddress!
        }
        checked += 1
        if length > maxLength { tooLong.append("\(name): \(length) bytes, at most \(maxLength)") }
    }
}
