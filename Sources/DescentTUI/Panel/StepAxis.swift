import DescentPlot
import Foundation

/// The charts' horizontal axis, step 0 … `steps`: linear, or (`L`) logarithmic in 1 + step,
/// which keeps step 0 at the left edge and gives the first few percent of a run, where
/// Himmelblau's runs do all they do, most of the width.
struct StepAxis {
    let steps: Int
    let logarithmic: Bool

    /// The step at `fraction` (0 … 1) of the width.
    func step(at fraction: Double) -> Double {
        logarithmic ? expm1(fraction * log1p(Double(steps))) : fraction * Double(steps)
    }

    /// Where `step` lies, as a fraction of the width.
    func fraction(of step: Int) -> Double {
        guard steps > 0 else { return 0 }
        return logarithmic ? log1p(Double(step)) / log1p(Double(steps)) : Double(step) / Double(steps)
    }

    /// The steps worth a label, the ends first: 0, `steps`, then round steps between them
    /// (powers of ten on a log axis), nearest the middle first, for the chart to place as
    /// many as fit.
    var ticks: [Int] {
        let between: [Int]
        if logarithmic {
            between = sequence(first: 10, next: { $0 <= Int.max / 10 ? $0 * 10 : nil }).prefix { $0 < steps }.map { $0 }
        } else {
            between = TickValues.values(in: 0...Double(steps), count: 3).map { Int(screen: $0) }
        }
        let inside = between.filter { $0 > 0 && $0 < steps }
        return [0, steps] + inside.sorted { abs(fraction(of: $0) - 0.5) < abs(fraction(of: $1) - 0.5) }
    }
}
