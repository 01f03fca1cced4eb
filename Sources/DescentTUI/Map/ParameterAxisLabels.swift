import DescentCore
import Foundation

extension MapAxisLabels {
    /// The tick labels of a map of lr and μ: lr at its decades (and the ends when fewer than two
    /// decades fall inside), μ at round values; none up a map of lr alone.
    init(parameters geometry: OutcomeMapGeometry) {
        guard case .parameters(let lr, let momentum) = geometry.axes else {
            self.init(x: .none, xStarts: [], y: .none, yRows: [])
            return
        }
        let plot = geometry.plot
        var decades = Array(Int(log10(lr.lowerBound).rounded(.up))...Int(log10(lr.upperBound).rounded(.down)))
            .map { pow(10, Double($0)) }
        if decades.count < 2 { decades = [lr.lowerBound, lr.upperBound] }
        var end = Int.min
        var xTicks: [AxisTicks.Tick] = [], xStarts: [Int] = []
        for value in decades {
            let label = CompactNumber.format(value, digits: 2)
            let center = plot.x + Int(screen: geometry.fractions(lr: value, momentum: nil).x * Double(plot.width))
            let start = min(max(center - label.count / 2, plot.x), plot.maxX - label.count)
            guard start > end else { continue }
            xTicks.append(AxisTicks.Tick(value: value, label: label))
            xStarts.append(start)
            end = start + label.count
        }
        let x = AxisTicks(ticks: xTicks, base: nil, step: 0)
        guard geometry.grid.height > 1 else {
            self.init(x: x, xStarts: xStarts, y: .none, yRows: [])
            return
        }
        let row = { (value: Double) in
            geometry.screenCell(fractions: (0, min(geometry.fractions(lr: lr.lowerBound, momentum: value).y, 0.999)))?.y ?? plot.maxY - 1
        }
        let y = AxisTicks.choose(in: momentum, count: max(1, plot.height / 5), widest: ScreenLayout.tickColumnWidth - 1) { ticks in
            let rows = ticks.ticks.map { row($0.value) }
            return zip(rows, rows.dropFirst()).allSatisfy { $0 > $1 }
        }
        self.init(x: x, xStarts: xStarts, y: y, yRows: y.ticks.map { row($0.value) })
    }
}
