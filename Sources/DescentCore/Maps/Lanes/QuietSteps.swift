/// The steps of a run per SIMD lane that only visit and update: everything a lane's run
/// needs in its hot loop, held apart from the batch's bookkeeping so that the loop touches
/// registers only. It stops before the first step where a lane's run may do more.
struct QuietSteps<L: LaneLandscape, O: LaneOptimizer> {
    /// Concrete, not generic: only the concrete type's comparisons compile to vector instructions.
    typealias V = SIMD4<Double>
    typealias Mask = SIMDMask<V.MaskStorage>

    let landscape: L
    /// The optimizer whose settings every lane updates with.
    let template: O
    let targets: [Vector2]
    let clearlyFar: [V]
    let clearlyNear: [V]
    let awaitsConvergence: Mask
    let surelyAboveTolerance: V
    let lr: V
    let momentum: V
    /// The lanes that carry a run.
    let active: Mask

    /// A step that is not quiet for every lane: its update, and the lanes whose run must take
    /// it alone, or whose rate fits may take its point.
    struct Next {
        let position: LaneVector<V>
        let velocity: LaneVector<V>
        let leaving: Mask
        let fitting: Mask
    }

    /// Takes up to `limit` quiet steps; returns how many, and the step after them unless the
    /// limit stopped it.
    @inline(__always)
    func run(from position: inout LaneVector<V>, velocity: inout LaneVector<V>, upTo limit: Int) -> (Int, Next?) {
        var p = position, v = velocity
        defer {
            position = p
            velocity = v
        }
        for taken in 0..<limit {
            let (leaving, fitting, g) = visit(p)
            var moved = p, movedVelocity = v
            template.step(&moved, velocity: &movedVelocity, gradient: g, lr: lr, momentum: momentum)
            // Equal as numbers includes equal in bits: a superset, so every fixed point is seen.
            let staying = leaving .| ((moved.x .== p.x) .& (moved.y .== p.y) .& active)
            if any(staying .| fitting) {
                return (taken, Next(position: moved, velocity: movedVelocity, leaving: staying, fitting: fitting))
            }
            p = moved
            v = movedVelocity
        }
        return (limit, nil)
    }

    /// The gradient at `p`; the lanes whose visit of `p` may do more than visit (as
    /// `RunState.visit()` and `judgeLoss` judge it, or a superset); those whose rate fits may
    /// take it.
    @inline(__always)
    private func visit(_ p: LaneVector<V>) -> (leaving: Mask, fitting: Mask, gradient: LaneVector<V>) {
        let g = landscape.gradient(at: p), loss = landscape.value(at: p)
        let box = V(repeating: RunState<L, O, ExactInputs>.escapeRadius)
        let inside = (p.x .<= box) .& (p.x .>= -box) .& (p.y .<= box) .& (p.y .>= -box)
        var leaving = .!(inside .& Self.finite(g.x) .& Self.finite(g.y) .& Self.finite(loss))
        leaving .|= awaitsConvergence .& (g.squaredNorm .<= surelyAboveTolerance)
        var fitting = Mask(repeating: false)
        for f in targets.indices {
            let squared = (p - targets[f]).squaredNorm
            fitting .|= .!((squared .> clearlyFar[f]) .| (squared .< clearlyNear[f]))
        }
        return (leaving .& active, fitting .& active, g)
    }

    /// Not NaN and not infinite, lane by lane.
    @inline(__always)
    private static func finite(_ v: V) -> Mask {
        (v .< V(repeating: .infinity)) .& (v .> V(repeating: -.infinity))
    }
}
