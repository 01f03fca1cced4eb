/// The steps of a run per SIMD lane that only visit and update: everything a lane's run
/// needs in its hot loop, held apart from the batch's bookkeeping so that the loop touches
/// registers and its block's points only. It stops before the first step where a lane's run
/// may do more. The batch keeps it from cell to cell and sets a lane's numbers as the lane
/// takes a cell.
struct QuietSteps<L: LaneLandscape, O: LaneOptimizer> {
    /// Concrete, not generic: only the concrete type's comparisons compile to vector instructions.
    typealias V = SIMD4<Double>
    typealias Mask = SIMDMask<V.MaskStorage>

    let landscape: L
    /// Each rate fit's target, and the window its lane's run keeps, lane by lane.
    private var windows: [Window]
    /// Squared gradient norms at or under which a lane's run may converge: its run's
    /// `surelyAboveTolerance` until it has converged, then -∞, which no square is under.
    var convergenceBound = V(repeating: -.infinity)
    var lr = V(repeating: 0)
    var momentum = V(repeating: 0)
    /// The lanes that carry a run.
    var active = Mask(repeating: false)

    /// The points of a block of steps, one per step: a block is taken before its lanes are
    /// checked at once, and kept when none of its steps may do more than visit and update (else
    /// taken again step by step). Long enough to spread one check over many steps, short
    /// enough that a block taken again costs little.
    typealias BlockPoints = InlineArray<16, LaneVector<V>>

    static var blockLength: Int { BlockPoints.count }

    /// A power of two that makes any coordinate beyond the escape radius overflow, and no
    /// small one: it carries the box into the block's sum of values that must stay finite.
    private static var overflowBeyondBox: Double {
        Double(sign: .plus, exponent: Double.greatestFiniteMagnitude.exponent + 1
            - RunState<L, O, ExactInputs>.escapeRadius.exponent, significand: 1)
    }

    /// A rate fit's target in every lane, and the squares of the distance from it beyond or
    /// under which a lane's point is surely out of that lane's window. In one place, read once
    /// a step.
    private struct Window {
        let x: V, y: V
        var clearlyFar = V(repeating: 0), clearlyNear = V(repeating: 0)

        init(target: Vector2) {
            x = V(repeating: target.x)
            y = V(repeating: target.y)
        }

        /// The square of each lane's distance from the target: `(p - target).squaredNorm` with
        /// the target's coordinates held apart, which the compiler keeps in registers (a
        /// `LaneVector` target costs the block 5% more instructions, counted by cachegrind).
        @inline(__always)
        func squaredDistance(from p: LaneVector<V>) -> V {
            (p.x - x) * (p.x - x) + (p.y - y) * (p.y - y)
        }
    }

    init(landscape: L, targets: [Vector2]) {
        self.landscape = landscape
        windows = targets.map(Window.init)
    }

    /// Lane `i` checks for the windows of `fits`, a run's fits toward the targets, in order.
    mutating func setWindows(lane i: Int, of fits: [RateFit]) {
        for f in fits.indices {
            windows[f].clearlyFar[i] = fits[f].clearlyFar
            windows[f].clearlyNear[i] = fits[f].clearlyNear
        }
    }

    /// Whether lane `i` has every window its fits will keep: a fit draws its window once, as it
    /// learns its start, and has none (∞) before.
    func hasWindows(lane i: Int) -> Bool {
        !windows.contains { $0.clearlyFar[i] == .infinity }
    }

    /// A step that is not quiet for every lane: its update, and the lanes whose run must take
    /// it alone, or whose rate fits may take its point.
    struct Next {
        let position: LaneVector<V>
        let velocity: LaneVector<V>
        let leaving: Mask
        let fitting: Mask
    }

    /// The points a block of quiet steps visited, and the lanes whose rate fits may take one
    /// of them (which must see them all in turn, as `CellRun.step()` shows them, before they
    /// see another).
    struct Visited {
        var points: BlockPoints
        var fitting: Mask
    }

    /// Why `run` stopped.
    enum Stop {
        case limit
        /// At a step that is not quiet for every lane, not taken.
        case step(Next)
        /// After a block (the last `blockLength` steps taken) whose points a rate fit may take,
        /// in `visited`.
        case block
    }

    /// Takes up to `limit` quiet steps updating with `template`'s settings; returns how many,
    /// and why it stopped.
    @inline(__always)
    func run(_ template: O, from position: inout LaneVector<V>, velocity: inout LaneVector<V>, upTo limit: Int,
        visited: inout Visited) -> (Int, Stop)
    {
        var taken = 0
        while taken < limit {
            let length = Self.blockLength
            if limit - taken >= length && block(template, from: &position, velocity: &velocity, visiting: &visited) {
                taken += length
                if any(visited.fitting) { return (taken, .block) }
                continue
            }
            // The same steps again, from the same numbers, checked one by one: the block only
            // says that one of them may not be quiet.
            let (quiet, next) = stepByStep(template, from: &position, velocity: &velocity, upTo: min(limit - taken, length))
            taken += quiet
            if let next { return (taken, .step(next)) }
        }
        return (taken, .limit)
    }

    /// Takes a block of steps when every one of them only visits and updates in every lane (a
    /// superset of the checks of `stepByStep` but the rate fits' and the fixed point's, which
    /// it narrows as below), noting its points; else leaves the lanes as they were and returns
    /// false.
    @inline(__always)
    private func block(_ template: O, from position: inout LaneVector<V>, velocity: inout LaneVector<V>,
        visiting visited: inout Visited) -> Bool
    {
        var p = position, v = velocity
        // Stays finite while every loss, gradient and scaled coordinate is: a NaN or infinity
        // anywhere poisons it for good (and a finite sum that overflows only costs the replay).
        var poison = V(repeating: 0)
        // The least squared gradient of the block: one step may converge when it is under the bound.
        var leastGradient = V(repeating: .infinity)
        // Counts of the steps whose point a fit may take: in numbers, as masks combined across
        // comparisons cost a dozen shuffles a step on SSE2.
        var fitting = V(repeating: 0)
        let scale = Self.overflowBeyondBox
        for k in 0..<Self.blockLength {
            let g = landscape.gradient(at: p), loss = landscape.value(at: p)
            var moved = p, movedVelocity = v
            template.step(&moved, velocity: &movedVelocity, gradient: g, lr: lr, momentum: momentum)
            poison += (loss + g.x + g.y) + (p.x * scale + p.y * scale)
            leastGradient = leastGradient.replacing(with: g.squaredNorm, where: g.squaredNorm .< leastGradient)
            for window in windows {
                let squared = window.squaredDistance(from: p)
                fitting += Self.one(where: squared .<= window.clearlyFar, and: squared .>= window.clearlyNear)
            }
            visited.points[k] = p
            p = moved
            v = movedVelocity
        }
        // A run at a fixed point stays there: its block's last update leaves it where it was
        // too. An update that leaves a point only for a step is an ordinary step in the lanes.
        let last = visited.points[Self.blockLength - 1]
        let stops = (leastGradient .<= convergenceBound) .| ((p.x .== last.x) .& (p.y .== last.y))
        guard !any((stops .| (poison - poison .!= 0)) .& active) else { return false }
        visited.fitting = (fitting .!= 0) .& active
        position = p
        velocity = v
        return true
    }

    /// 1 in the lanes where `a`, else 0.
    @inline(__always)
    private static func one(where a: Mask) -> V {
        V(repeating: 0).replacing(with: 1, where: a)
    }

    /// 1 in the lanes where `a` and `b`, else 0.
    @inline(__always)
    private static func one(where a: Mask, and b: Mask) -> V {
        V(repeating: 0).replacing(with: one(where: b), where: a)
    }

    /// Takes quiet steps one by one up to `limit`, each checked as `CellRun.step()` would judge it.
    @inline(__always)
    private func stepByStep(_ template: O, from position: inout LaneVector<V>, velocity: inout LaneVector<V>,
        upTo limit: Int) -> (Int, Next?)
    {
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
        leaving .|= g.squaredNorm .<= convergenceBound
        var fitting = Mask(repeating: false)
        for window in windows {
            let squared = window.squaredDistance(from: p)
            fitting .|= .!((squared .> window.clearlyFar) .| (squared .< window.clearlyNear))
        }
        return (leaving .& active, fitting .& active, g)
    }

    /// Not NaN and not infinite, lane by lane.
    @inline(__always)
    private static func finite(_ v: V) -> Mask {
        (v .< V(repeating: .infinity)) .& (v .> V(repeating: -.infinity))
    }
}
