@testable import DescentCore
import Testing

@testable import DescentExport

@Suite struct FanOutSinkTests {
    @Test func everyOutputGetsEveryCallInOrder() throws {
        let log = LoggingSink.Log()
        let sink = FanOutSink([LoggingSink("a", log: log), LoggingSink("b", log: log)])
        let info = RunInfo(index: 0, label: "nag", optimizer: "nesterov")
        let last = sample(step: 1)
        try sink.begin(info)
        try sink.record(sample(step: 0))
        try sink.record(last)
        try sink.end(RunSummary(info: info, last: last, convergedAt: nil, distanceToMinimum: nil))
        try sink.finish()
        #expect(log.entries == [
            "a begin nag", "b begin nag", "a record 0", "b record 0", "a record 1", "b record 1",
            "a end nag", "b end nag", "a finish", "b finish",
        ])
    }

    @Test func twoCSVWritersGetTheSameBytes() throws {
        let first = MemoryOutput(), second = MemoryOutput()
        let sink = FanOutSink([try CSVWriter(output: first), try CSVWriter(output: second)])
        try sink.begin(RunInfo(index: 0, label: "r", optimizer: "sgd"))
        for step in 0..<3 { try sink.record(sample(step: step)) }
        try sink.finish()
        #expect(first.finished && second.finished)
        #expect(first.text.split(separator: "\n").count == 4)
        #expect(first.bytes == second.bytes)
    }

    @Test func aFailedFinishDiscardsItAndTheOutputsAfterIt() {
        let log = LoggingSink.Log()
        let failure = OutputError.cannotCreate(path: "b.csv", errno: 13)
        let sink = FanOutSink([
            LoggingSink("a", log: log), LoggingSink("b", log: log, finishError: failure), LoggingSink("c", log: log),
        ])
        let error = #expect(throws: OutputError.self) { try sink.finish() }
        #expect(error == failure)
        #expect(log.entries == ["a finish", "b finish", "b discard", "c discard"])
    }

    @Test func discardReachesEveryOutput() {
        let log = LoggingSink.Log()
        FanOutSink([LoggingSink("a", log: log), LoggingSink("b", log: log)]).discard()
        #expect(log.entries == ["a discard", "b discard"])
    }

    @Test func withoutOutputsNothingHappens() throws {
        let sink = FanOutSink([])
        try sink.begin(RunInfo(index: 0, label: "r", optimizer: "sgd"))
        try sink.record(sample(step: 0))
        try sink.finish()
        sink.discard()
    }

    @Test func aSingleOutputIsFedDirectly() {
        let log = LoggingSink.Log()
        let only = LoggingSink("a", log: log)
        #expect(FanOutSink.combining([only]) === only)
        #expect(FanOutSink.combining([]) is FanOutSink)
        #expect(FanOutSink.combining([only, LoggingSink("b", log: log)]) is FanOutSink)
    }

    private func sample(step: Int) -> Sample {
        Sample(run: 0, step: step, position: Vector2(1, 2), loss: 3, gradient: Vector2(4, 5), lr: 0.1, status: .ok)
    }
}
