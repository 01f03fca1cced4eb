@testable import DescentCore
@testable import DescentExport
import Testing

@Suite("Map CSV")
struct MapCSVTests {
    static func outcome(momentum: Double?, gap: Double?, steps: Int?, rate: Double?, predicted: Double?) -> MapOutcome {
        MapOutcome(
            cell: MapCell(x: 3, y: 12, lr: 0.001, momentum: momentum, start: Vector2(-1.5, 2)),
            final: Vector2(1, 0.9999999999999999), finalLoss: 1e-20, gap: gap, stepsToTolerance: steps,
            evalsToTolerance: steps.map { $0 + 1 }, status: steps == nil ? .ok : .converged, basin: steps == nil ? 0 : 1,
            rate: rate, predictedRate: predicted)
    }

    @Test func aRowHoldsItsCellAndOutcomeInContract3NumbersAndLeavesUnknownsEmpty() throws {
        let output = MemoryOutput(), writer = try MapCSV.Writer(into: output)
        try writer.write(MapCSV.rows([Self.outcome(momentum: 0.9, gap: 1e-20, steps: 1412, rate: 0.9819, predicted: 0.98)]))
        try writer.write(MapCSV.rows([Self.outcome(momentum: nil, gap: nil, steps: nil, rate: nil, predicted: nil)]))
        #expect(!output.finished)
        try writer.finish()
        #expect(output.finished)
        #expect(output.text == """
            cell_x,cell_y,lr,momentum,x0,y0,final_x,final_y,final_loss,gap,steps_to_tol,evals_to_tol,status,basin,rate,predicted_rate
            3,12,0.001,0.9,-1.5,2.0,1.0,0.9999999999999999,1e-20,1e-20,1412,1413,converged,1,0.9819,0.98
            3,12,0.001,,-1.5,2.0,1.0,0.9999999999999999,1e-20,,,,ok,0,,

            """)
    }

    @Test func theSummaryCountsStatusesAndBasins() {
        let outcomes = [
            Self.outcome(momentum: 0.9, gap: 0, steps: 10, rate: nil, predicted: nil),
            Self.outcome(momentum: 0.9, gap: 0, steps: nil, rate: nil, predicted: nil),
            Self.outcome(momentum: 0.9, gap: 0, steps: 12, rate: nil, predicted: nil),
        ]
        let run = RunSpec(label: "m", optimizer: .momentum(Momentum()), lr: 0.1, start: .fixed(.zero))
        let map = MapSpec(
            simulation: SimulationSpec(name: "m", landscape: .quadratic(Quadratic()), steps: 1, runs: [run]), run: 0,
            axes: .starts(.square(1)), grid: MapGrid(width: 2, height: 3), shard: MapShard(index: 2, count: 2)!)
        var summary = MapSummary()
        summary.add(MapSummary(Array(outcomes.prefix(1))))
        summary.add(MapSummary(Array(outcomes.dropFirst())))
        #expect(summary.render(of: map) == MapSummary(outcomes).render(of: map))
        #expect(summary.render(of: map) == """
            6 cells (shard 2/2: 3)
            status  converged 2  ok 1  diverged 0
            basin   1: 2  none: 1
            """)
    }
}
