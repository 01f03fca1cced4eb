import Foundation
import Testing

@testable import DescentTUI

/// The lr chart on a log scale, where controllers put values a log scale dislikes.
@Suite struct LineChartTests {
    /// A 30 × 6 chart over 1000 steps: gutter 8, body columns 8 … 29 (44 dots), rows 1 … 5.
    func chart(
        at cursorStep: Int = 1000, _ extremes: @escaping (ClosedRange<Int>) -> ClosedRange<Double>?
    ) -> CellGrid {
        var painter = Painter(width: 30, height: 6, capabilities: .full)
        let chart = LineChart(
            title: "lr (log)", decades: 6, ceiling: nil, axis: StepAxis(steps: 1000, logarithmic: false),
            cursorStep: cursorStep, labelsSteps: false)
        chart.draw([LineChart.Series(color: .run(0), extremes: extremes)], in: Rect(x: 0, y: 0, width: 30, height: 6), &painter)
        return painter.grid
    }

    func columns(in row: Int, of grid: CellGrid) -> [Int] {
        (8..<30).filter { grid[$0, row].foreground == .run(0) }
    }

    /// A line search that gave up (lr 0 at step 500) reaches down to the floor of the axis,
    /// which only the other values set (0.1, half a decade either side when it is all there is).
    @Test func zeroReachesTheFloor() {
        let grid = chart { $0.contains(500) ? 0...0.1 : 0.1...0.1 }
        #expect(grid.line(1).hasPrefix("0.32"))
        #expect(grid.line(5).hasPrefix("0.032"))
        // Dot column 22 covers steps 488 … 512: cell 8 + 11.
        #expect(columns(in: 5, of: grid) == [19])
        #expect(columns(in: 3, of: grid).count == 22)
    }

    /// A plateau that cuts the lr tenfold every 125 steps: six decades show, and what falls
    /// below them stays on the floor rather than leaving the chart.
    @Test func dropsByTenOverManyDecades() {
        let lr = { (step: Int) in pow(10, -Double(step / 125)) }
        let grid = chart { lr($0.upperBound)...lr($0.lowerBound) }
        #expect(grid.line(1).hasPrefix("1 "))
        #expect(grid.line(5).hasPrefix("1e-6"))
        // From step 625 (dot column 27, cell 21) the lr is in the bottom cell row; from 750 on
        // the floor, where 1e-7 and 1e-8 stay: the last cell holds the bottom dots and, at the
        // end of the run, the playhead's cursor.
        #expect(columns(in: 5, of: grid) == Array(21...29))
        #expect(grid[28, 5].glyph == "⣀" && grid[29, 5].glyph == "⣸")
    }

    /// A bold driver's saw-tooth within one column fills it from its lowest to its highest lr.
    @Test func aSawToothFillsItsBand() {
        let grid = chart { _ in 0.5...1 }
        #expect(columns(in: 1, of: grid) == Array(8...29))
        #expect(columns(in: 5, of: grid) == Array(8...29))
    }

    /// Halfway through, the line ends at the cursor (dot column 22 of 44, cell 19) and the
    /// value axis fits the half shown: a fall to 1e-6 after the playhead is not given away.
    @Test func linesEndAtThePlayhead() {
        let grid = chart(at: 500) { $0.upperBound <= 500 ? 0.1...0.1 : 1e-6...0.1 }
        #expect(columns(in: 3, of: grid) == Array(8...19))
        #expect((1...5).allSatisfy { row in columns(in: row, of: grid).allSatisfy { $0 <= 19 } })
        #expect(grid.line(5).hasPrefix("0.032"))
        #expect(grid[19, 1].foreground == .accent || grid[19, 1].foreground == .run(0))
    }

    /// A log step axis keeps step 0 at the left edge and puts step 10 of 1000 a third of the way.
    @Test func aLogStepAxis() {
        let axis = StepAxis(steps: 1000, logarithmic: true)
        #expect(axis.fraction(of: 0) == 0 && axis.fraction(of: 1000) == 1)
        #expect(abs(axis.fraction(of: 10) - log(11) / log(1001)) < 1e-12)
        #expect(abs(axis.step(at: axis.fraction(of: 37)) - 37) < 1e-9)
        #expect(axis.ticks == [0, 1000, 10, 100])
        #expect(Set(StepAxis(steps: 3000, logarithmic: false).ticks) == [0, 1000, 2000, 3000])
    }
}
