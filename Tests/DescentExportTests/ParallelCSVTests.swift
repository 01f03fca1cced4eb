@testable import DescentCore
import Testing

@testable import DescentExport

/// Rows formatted on several cores at once are the bytes of formatting them one after another
/// (`pieces: 1`), across windows, for any `every`, runs that end early and a diverging run; and
/// an output that fails part-way fails the run, which then leaves nothing.
@Suite("Parallel CSV")
struct ParallelCSVTests {
    static let rosenbrock = AnyLandscape.rosenbrock(Rosenbrock())
    static let start = StartPoint.fixed(Vector2(-1.5, 2))

    /// More rows than a window holds, in runs of different lengths and kinds.
    static let specs: [(String, SimulationSpec)] = [
        ("four nesterov runs, as the benchmark", SimulationSpec(
            name: "bench", landscape: rosenbrock, steps: 12_000, runs: (1...4).map {
                RunSpec(label: "n\($0)", optimizer: .nesterov(Nesterov()), lr: 1e-4 * Double($0), start: start)
            })),
        ("runs stopping at tolerance, one diverging, labels to quote", SimulationSpec(
            name: "mixed", landscape: .quadratic(Quadratic(eigenvalues: Vector2(1, 0.01))), steps: 40_000,
            stopAtTolerance: true, runs: [
                RunSpec(label: "fast, \"quoted\"", optimizer: .momentum(Momentum()), lr: 0.5, start: .fixed(Vector2(3, 2))),
                RunSpec(label: "diverges", optimizer: .sgd(SGD()), lr: 2.5, start: .fixed(Vector2(3, 2))),
                RunSpec(label: "slow", optimizer: .sgd(SGD()), lr: 0.1, start: .fixed(Vector2(3, 2))),
                RunSpec(label: "noisy adam", optimizer: .adam(Adam()), lr: 0.01, noise: 0.1, start: .fixed(Vector2(3, 2))),
            ])),
    ]

    func csv(_ spec: SimulationSpec, every: Int, pieces: Int) throws -> (bytes: [UInt8], summaries: [RunSummary]) {
        let output = MemoryOutput()
        let writer = try CSVWriter(output: output, pieces: pieces)
        let summaries = try Simulator(spec: spec, every: every).run(into: writer)
        try writer.finish()
        return (output.bytes, summaries)
    }

    @Test(arguments: [1, 3, 7, 1000])
    func parallelPiecesWriteTheBytesOfOneAfterAnother(every: Int) throws {
        for (name, spec) in Self.specs {
            let sequential = try csv(spec, every: every, pieces: 1)
            for pieces in [2, 3, 8] {
                #expect(try csv(spec, every: every, pieces: pieces).bytes == sequential.bytes, "\(name), every \(every), \(pieces) pieces")
            }
        }
    }

    @Test func theMixedRunsEndDifferentlyAndFillSeveralWindows() throws {
        let (bytes, summaries) = try csv(Self.specs[1].1, every: 1, pieces: 3)
        #expect(Set(summaries.map(\.last.step)).count == 4, "runs of unequal length")
        #expect(summaries.contains { $0.last.status == .diverged })
        #expect(bytes.count { $0 == UInt8(ascii: "\n") } > CSVWriter.windowRows, "more than one window")
    }

    /// The third write fails (the first window's second block): the run stops with that error
    /// (thrown by the next window, or by finish), and the writer discards its output.
    @Test(arguments: [12_000, 40_000])
    func anOutputFailingPartWayFailsTheRun(steps: Int) throws {
        let output = FailingOutput(failingWrite: 3)
        let writer = try CSVWriter(output: output, pieces: 4)
        var spec = Self.specs[0].1
        spec.steps = steps
        let error = #expect(throws: OutputError.self) {
            _ = try Simulator(spec: spec, every: 1).run(into: writer)
            try writer.finish()
        }
        writer.discard()
        #expect(error == .writeFailed(path: "memory", errno: 28))
        #expect(output.discarded && !output.finished)
        #expect(output.writes == 3, "nothing is written after the failure")
    }
}

/// Fails its n-th write, as a full disk would.
private final class FailingOutput: ByteOutput {
    let failingWrite: Int
    private(set) var writes = 0
    private(set) var finished = false
    private(set) var discarded = false

    init(failingWrite: Int) {
        self.failingWrite = failingWrite
    }

    func write(_ bytes: UnsafeRawBufferPointer) throws(OutputError) {
        writes += 1
        if writes == failingWrite { throw .writeFailed(path: "memory", errno: 28) }
    }

    func finish() throws(OutputError) { finished = true }
    func discard() { discarded = true }
}
