import DescentCore
import Foundation

/// How a map cell looks by its run's outcome. On a map of lr and μ: converged cells on the
/// landscape's ramp by steps to tolerance (log scale, bright = few), runs that never got there
/// as shades by their final gap (dense = close), diverged ones as a red ×. On a map of basins:
/// each basin in its own colour (A6 order, as the `basin` column), denser the faster, and starts
/// that ended near no minimum as a dot. Without colour, basins read as their numbers.
struct OutcomeShading {
    let kind: MapKind
    let colorful: Bool
    let glyphs: GlyphSet
    /// Fewest and most steps to tolerance among the converged cells: the ends of the scale.
    let steps: ClosedRange<Double>?
    /// Least and greatest positive gap among the cells that did not converge.
    let gaps: ClosedRange<Double>?

    init(kind: MapKind, outcomes: [MapOutcome?], colorful: Bool, glyphs: GlyphSet) {
        self.kind = kind
        self.colorful = colorful
        self.glyphs = glyphs
        let steps = outcomes.compactMap { $0?.stepsToTolerance }.map { Double(max($0, 1)) }
        let gaps = outcomes.compactMap { $0?.status == .ok ? $0?.gap : nil }.filter { $0 > 0 && $0.isFinite }
        self.steps = steps.min().map { $0...steps.max()! }
        self.gaps = gaps.min().map { $0...gaps.max()! }
    }

    /// The cell's colour ramp level for `steps` to tolerance: 255 for the fewest, 0 for the most.
    func speed(_ steps: Int) -> Double {
        guard let range = self.steps, range.upperBound > range.lowerBound else { return 1 }
        return 1 - log(Double(max(steps, 1)) / range.lowerBound) / log(range.upperBound / range.lowerBound)
    }

    /// 1 for the smallest gap, 0 for the largest.
    private func closeness(_ gap: Double?) -> Double {
        guard let gap, let range = gaps, range.upperBound > range.lowerBound, gap > 0 else { return 0.5 }
        return 1 - log(gap / range.lowerBound) / log(range.upperBound / range.lowerBound)
    }

    /// A shade glyph from the lightest to the densest (never blank) by `t` ∈ [0, 1].
    func shade(_ t: Double) -> Unicode.Scalar {
        let shades = glyphs.shades.dropFirst()
        return shades[shades.startIndex + min(Int(t * Double(shades.count)), shades.count - 1)]
    }

    func cell(_ outcome: MapOutcome?) -> Cell {
        guard let outcome else { return Cell(" ") }
        if outcome.status == .diverged { return diverged }
        switch kind {
        case .parameters:
            guard let steps = outcome.stepsToTolerance else { return unconverged(closeness: closeness(outcome.gap)) }
            return colorful ? Cell(" ", background: .heat(UInt8(speed(steps) * 255))) : Cell(shade(speed(steps)))
        case .basins:
            guard outcome.basin > 0 else { return Cell(glyphs.stalled, foreground: .muted) }
            return basin(outcome.basin, speed: outcome.stepsToTolerance.map(speed) ?? 0)
        }
    }

    var diverged: Cell {
        Cell(glyphs.diverged, foreground: .danger, background: colorful ? .panel : .terminalDefault, style: .bold)
    }

    /// A run that never got under the tolerance, `closeness` ∈ [0, 1] from its gap; without
    /// colour, the shades are taken by converged runs.
    func unconverged(closeness: Double) -> Cell {
        colorful ? Cell(shade(closeness), foreground: .muted, background: .panel) : Cell(glyphs.stalled)
    }

    /// A cell of basin `index` (1-based), as dense as `speed` ∈ [0, 1] says.
    func basin(_ index: Int, speed: Double) -> Cell {
        guard colorful else { return Cell(index < 10 ? Unicode.Scalar(UInt8(ascii: "0") + UInt8(index)) : "+") }
        return Cell(shade(speed), foreground: .run(index - 1))
    }
}
