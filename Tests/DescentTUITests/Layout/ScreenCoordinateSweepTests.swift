@testable import DescentCore
import DescentPlot
import Testing

@testable import DescentTUI

/// Crash class 1 of issue 12: a Double too large for Int. Every place the view turns a world
/// value into a cell, a dot, a pixel or a count meets random Doubles here (nan, ±inf, ±1e308,
/// subnormals, any bit pattern), alone and inside whole frames; none may trap.
@Suite struct ScreenCoordinateSweepTests {
    static let sweeps = 400

    @Test func conversionsClampInsteadOfTrapping() {
        var random = ExtremeDoubles(seed: 1)
        for _ in 0..<20_000 {
            let value = random.next()
            let converted = Int(screen: value)
            #expect(Int.screenBounds.contains(converted))
            if value.isFinite, abs(value) < 1e9 { #expect(converted == Int(value)) }
            let level = Int(truncating: value, within: 0...255)
            if value.isFinite, value >= 0, value < 255 { #expect(level == Int(value)) }
        }
    }

    @Test func projectionsOfAnyPointAndAnyBox() {
        var random = ExtremeDoubles(seed: 2)
        for _ in 0..<Self.sweeps * 10 {
            let projection = MapProjection(view: random.box(), plot: Rect(x: 7, y: 0, width: random.int(in: 0...300), height: random.int(in: 0...100)))
            let visible = projection.visible
            #expect(visible.x.lowerBound.isFinite && visible.y.upperBound.isFinite)
            if let cell = projection.cell(random.point()) {
                #expect(projection.plot.contains(x: cell.x, y: cell.y))
            }
            _ = projection.world(cellX: random.int(in: -1000...1000), cellY: random.int(in: -1000...1000))
        }
    }

    @Test func canvasesTicksAndNumbers() {
        var random = ExtremeDoubles(seed: 3)
        for _ in 0..<Self.sweeps * 10 {
            var canvas = BrailleCanvas(columns: random.int(in: 0...50), rows: random.int(in: 0...20))
            canvas.line(from: (random.next(), random.next()), to: (random.next(), random.next()), .text)
            let a = random.next(), b = random.next()
            if !a.isNaN, !b.isNaN {
                #expect(TickValues.values(in: min(a, b)...max(a, b), count: random.int(in: 0...40)).count <= 100)
            }
            _ = CompactNumber.format(random.next())
            let positive = abs(random.next())
            if positive > 0, positive.isFinite { _ = NiceNumber.nearest(to: positive) }
        }
    }

    /// Whole frames of runs whose every sample is extreme, in random view boxes, at random sizes.
    @Test func framesOfExtremeRuns() {
        var random = ExtremeDoubles(seed: 4)
        let scenario = Fixtures.scenario()
        for sweep in 0..<Self.sweeps {
            let layout = ScreenLayout(width: random.int(in: 60...160), height: random.int(in: 16...50))
            let projection = MapProjection(view: random.box(), plot: layout.plot)
            let heat = HeatField(HeatField.Key(landscape: scenario.landscape, projection: projection))
            let runs = scenario.runs.indices.map { index in
                var trajectory = Trajectory(stride: 1)
                for step in 0..<random.int(in: 1...12) {
                    trajectory.append(Sample(
                        run: index, step: step, position: random.point(), loss: random.next(), gradient: random.point(),
                        lr: random.next(), status: .ok, event: StepEvent(restarted: step % 3 == 1, stepUndone: step % 4 == 2)))
                }
                trajectory.diverged = random.int(in: 0...1) == 0
                return ShownRun(
                    index: index, spec: scenario.runs[index], trajectory: trajectory, sample: random.int(in: 0...trajectory.count - 1),
                    visible: true, selected: index == sweep % 3, showsIndicators: true)
            }
            var painter = Painter(width: layout.width, height: layout.height, capabilities: .full)
            MapView(
                layout: layout, heat: heat, axes: MapAxisLabels(projection: projection), runs: runs, minima: [random.point()], cursor: random.point(),
                trail: sweep % 3 == 0 ? nil : random.int(in: 0...2000), zoom: random.next()
            ).draw(&painter)
            SidePanel(
                rect: layout.panel, title: "t", subtitle: "s",
                axis: StepAxis(steps: random.int(in: 1...1_000_000_000), logarithmic: sweep % 2 == 1), step: random.int(in: 0...1000),
                minimumLoss: sweep % 2 == 0 ? random.next() : nil, runs: runs, drawn: runs
            ).draw(&painter)
            StatusLine(report: .cursor(random.point(), loss: random.next()), row: layout.statusRow, width: layout.width).draw(&painter)
            StatusLine(
                report: .playback(title: "t", step: 0, steps: 1, speed: random.next(), playing: true), row: layout.statusRow,
                width: layout.width
            ).draw(&painter)
            #expect(painter.grid.width == layout.width)
        }
    }
}
