@testable import DescentCore
import Testing

@testable import DescentExport

@Suite struct CSVWriterTests {
    @Test func writesHeaderAndRowsExactly() throws {
        let output = MemoryOutput()
        let writer = try CSVWriter(output: output)
        let info = RunInfo(index: 0, label: "nag, fast", optimizer: "nesterov")
        try writer.begin(info)
        try writer.record(sample(run: 0, step: 0, x: -1.5, y: 2, loss: 12.5, gx: -155, gy: -50, lr: 0.0001, .ok, evals: 1))
        let last = sample(run: 0, step: 1, x: -1.47055, y: 2.0095, loss: 8.445046788937649,
                          gx: -94.94893767654995, gy: 1e-05, lr: 0.1, .converged,
                          event: StepEvent(restarted: true, backtracks: 3), evals: 6)
        try writer.record(last)
        try writer.end(RunSummary(info: info, last: last, convergedAt: 1, distanceToMinimum: 2.6))
        #expect(output.bytes.isEmpty, "rows stay buffered until a chunk fills or the writer finishes")
        try writer.finish()
        #expect(output.text == """
            run,optimizer,step,x,y,loss,grad_x,grad_y,lr,status,event,evals
            "nag, fast",nesterov,0,-1.5,2.0,12.5,-155.0,-50.0,0.0001,ok,,1
            "nag, fast",nesterov,1,-1.47055,2.0095,8.445046788937649,-94.94893767654995,1e-05,0.1,converged,restart;backtrack:3,6

            """)
        #expect(output.finished)
    }

    @Test func nonFiniteValuesAndInterleavedRuns() throws {
        let output = MemoryOutput()
        let writer = try CSVWriter(output: output)
        try writer.begin(RunInfo(index: 1, label: "b", optimizer: "sgd"))
        try writer.begin(RunInfo(index: 0, label: "a", optimizer: "adam"))
        try writer.record(sample(run: 1, step: 7, x: .infinity, y: -.infinity, loss: .nan, gx: -0.0, gy: 0, lr: 1, .diverged))
        try writer.record(sample(run: 0, step: 3, x: 1, y: 1, loss: 0, gx: 0, gy: 0, lr: 1e-3, .ok))
        try writer.finish()
        #expect(output.text == """
            run,optimizer,step,x,y,loss,grad_x,grad_y,lr,status,event,evals
            b,sgd,7,inf,-inf,nan,-0.0,0.0,1.0,diverged,,0
            a,adam,3,1.0,1.0,0.0,0.0,0.0,0.001,ok,,0

            """)
    }

    /// Two full windows in four pieces each: the header, then eight blocks of 8,192 rows.
    @Test func sendsLargeBlocksAndKeepsEveryByte() throws {
        let output = MemoryOutput()
        let writer = try CSVWriter(output: output, pieces: 4)
        try writer.begin(RunInfo(index: 0, label: "r", optimizer: "sgd"))
        let rows = 2 * CSVWriter.windowRows
        for step in 0..<rows {
            try writer.record(sample(run: 0, step: step, x: Double(step) / 3, y: 1, loss: 2, gx: 3, gy: 4, lr: 0.5, .ok))
        }
        try writer.finish()
        let lines = output.text.split(separator: "\n")
        #expect(lines.count == rows + 1)
        #expect(lines[rows] == "r,sgd,\(rows - 1),\((Double(rows - 1) / 3).description),1.0,2.0,3.0,4.0,0.5,ok,,0")
        #expect(output.chunkSizes.count == 9)
        #expect(output.chunkSizes.dropFirst().allSatisfy { $0 > 8_192 * 40 })
    }

    /// A number unchanged since the row before is copied from that row's text: rows whose
    /// numbers repeat, change in one column, change sign at zero or keep spelling `nan` with
    /// other bits, across pieces and windows, spell every number as `description` does.
    @Test func repeatedNumbersSpellAsTheirOwn() throws {
        var random = SplitMix64(seed: 5)
        let pool: [Double] = [0, -0.0, 1, 0.1, -2.5e-10, .infinity, .nan, Double(nan: 7, signaling: false), 5e-324]
        var values = (0..<6).map { _ in pool[Int(random.next() % UInt64(pool.count))] }
        var samples: [Sample] = []
        for step in 0..<(2 * CSVWriter.windowRows + 77) {
            // Mostly repeats, sometimes a new value in one column, from the pool or random bits.
            if random.next() % 4 == 0 {
                let column = Int(random.next() % 6)
                values[column] = random.next() % 2 == 0
                    ? pool[Int(random.next() % UInt64(pool.count))] : Double(bitPattern: random.next())
            }
            samples.append(sample(
                run: step % 3 == 0 ? 1 : 0, step: step, x: values[0], y: values[1], loss: values[2], gx: values[3],
                gy: values[4], lr: values[5], .ok))
        }
        for pieces in [1, 3] {
            let output = MemoryOutput()
            let writer = try CSVWriter(output: output, pieces: pieces)
            try writer.begin(RunInfo(index: 0, label: "a", optimizer: "sgd"))
            try writer.begin(RunInfo(index: 1, label: "b", optimizer: "sgd"))
            for sample in samples { try writer.record(sample) }
            try writer.finish()
            let lines = output.text.split(separator: "\n").dropFirst()
            try #require(lines.count == samples.count)
            let wrong = zip(lines, samples).filter { line, sample in
                let numbers = [sample.position.x, sample.position.y, sample.loss, sample.gradient.x, sample.gradient.y, sample.lr]
                let expected = "\(sample.run == 0 ? "a" : "b"),sgd,\(sample.step),"
                    + numbers.map { $0.isNaN ? "nan" : $0.description }.joined(separator: ",") + ",ok,,0"
                return line != expected
            }
            let wrongCount = wrong.count
            #expect(wrongCount == 0, "\(pieces) pieces, e.g. \(wrong.prefix(2).map(\.0))")
        }
    }

    @Test func aLabelLargerThanAChunkStillFits() throws {
        let output = MemoryOutput()
        let writer = try CSVWriter(output: output)
        let label = String(repeating: "x", count: 100_000)
        try writer.begin(RunInfo(index: 0, label: label, optimizer: "sgd"))
        try writer.record(sample(run: 0, step: 0, x: 0, y: 0, loss: 0, gx: 0, gy: 0, lr: 0, .ok))
        try writer.finish()
        #expect(output.text.hasSuffix("\n\(label),sgd,0,0.0,0.0,0.0,0.0,0.0,0.0,ok,,0\n"))
    }

    @Test func discardReachesTheOutput() throws {
        let output = MemoryOutput()
        let writer = try CSVWriter(output: output)
        writer.discard()
        #expect(output.discarded && !output.finished)
    }

    private func sample(
        run: Int, step: Int, x: Double, y: Double, loss: Double, gx: Double, gy: Double, lr: Double,
        _ status: RunStatus, event: StepEvent = .none, evals: Int = 0
    ) -> Sample {
        Sample(
            run: run, step: step, position: Vector2(x, y), loss: loss, gradient: Vector2(gx, gy), lr: lr,
            status: status, event: event, evals: evals)
    }
}
