import Foundation

/// A closed-form learning-rate schedule: the lr of update t is a pure function of t and the
/// run's base lr η0. Formulas and edge cases follow PyTorch's `lr_scheduler` (Keras for
/// `inverseTime`), REFERENCE.md A4; parameter names are PyTorch's.
public enum Schedule: Hashable, Sendable {
    case constant
    /// StepLR: η0·γ^⌊t/s⌋.
    case step(stepSize: Int, gamma: Double)
    /// MultiStepLR: η0·γ^(number of milestones ≤ t); repeated milestones count twice.
    case multistep(milestones: [Int], gamma: Double)
    /// ExponentialLR: η0·γ^t.
    case exponential(gamma: Double)
    /// Keras InverseTimeDecay: η0/(1 + r·t/T), with ⌊t/T⌋ when `staircase`.
    case inverseTime(decaySteps: Double, decayRate: Double, staircase: Bool)
    /// PolynomialLR: η0(1 − min(t, T)/T)^p.
    case polynomial(totalIters: Int, power: Double)
    /// CosineAnnealingLR in closed form: it does not stop at t_max but rises again (period 2·t_max).
    case cosine(tMax: ScheduleLength, etaMin: Double)
    /// CosineAnnealingWarmRestarts: a cosine over periods t_0, t_0·t_mult, t_0·t_mult², …
    case cosineRestarts(t0: Int, tMult: Int, etaMin: Double)
    /// OneCycleLR (anneal 'cos', two phases), lr only. `maxLR` nil: the run's lr is the peak.
    /// At t = total_steps it is PyTorch's last value (the cosine past its end, turning up);
    /// beyond, where PyTorch raises, it holds the phase's final lr.
    case oneCycle(maxLR: Double?, totalSteps: ScheduleLength, pctStart: Double, divFactor: Double, finalDivFactor: Double)
    /// LinearLR: η0(s + (e − s)·min(t, T)/T).
    case linear(startFactor: Double, endFactor: Double, totalIters: Int)
    /// CyclicLR, lr only.
    case cyclic(Cyclic)

    /// The catalog and scenario name.
    public var name: String {
        switch self {
        case .constant: return "constant"
        case .step: return "step"
        case .multistep: return "multistep"
        case .exponential: return "exponential"
        case .inverseTime: return "inverse_time"
        case .polynomial: return "polynomial"
        case .cosine: return "cosine"
        case .cosineRestarts: return "cosine_restarts"
        case .oneCycle: return "one_cycle"
        case .linear: return "linear"
        case .cyclic: return "cyclic"
        }
    }

    /// The lr of the update at step t = 0, 1, 2, … (t = 0 is the first update, as in PyTorch
    /// and optax), for base lr η0 = `base`. Called once per simulated step: allocates nothing.
    public func rate(at t: Int, base: Double) -> Double {
        switch self {
        case .constant:
            return base
        case .step(let stepSize, let gamma):
            return base * pow(gamma, Double(t / stepSize))
        case .multistep(let milestones, let gamma):
            // bisect_right(sorted(milestones), t) is the number of milestones ≤ t, whatever their order.
            var passed = 0
            for m in milestones where m <= t { passed += 1 }
            return base * pow(gamma, Double(passed))
        case .exponential(let gamma):
            return base * pow(gamma, Double(t))
        case .inverseTime(let decaySteps, let decayRate, let staircase):
            let progress = Double(t) / decaySteps
            return base / (1 + decayRate * (staircase ? progress.rounded(.down) : progress))
        case .polynomial(let totalIters, let power):
            return base * pow(1 - Double(min(t, totalIters)) / Double(totalIters), power)
        case .cosine(let tMax, let etaMin):
            return cosineAnnealing(from: base, to: etaMin, Double(t), of: Double(tMax.count))
        case .cosineRestarts(let t0, let tMult, let etaMin):
            return Self.cosineRestarts(at: t, base: base, t0: t0, tMult: tMult, etaMin: etaMin)
        case .oneCycle(let maxLR, let totalSteps, let pctStart, let divFactor, let finalDivFactor):
            let peak = maxLR ?? base
            let initial = peak / divFactor, final = initial / finalDivFactor
            guard t <= totalSteps.count else { return final }
            return Self.oneCycle(
                at: t, totalSteps: totalSteps.count, pctStart: pctStart, initial: initial, peak: peak, final: final)
        case .linear(let startFactor, let endFactor, let totalIters):
            return base * (startFactor + (endFactor - startFactor) * Double(min(t, totalIters)) / Double(totalIters))
        case .cyclic(let cyclic):
            return cyclic.rate(at: t, base: base)
        }
    }

    /// The step from which `rate(at:)` gives the same lr at every step, for schedules that
    /// settle (a run there may be at a fixed point, `RunLoop`); nil for those that change it
    /// for ever, if only by decaying towards zero.
    var settlesAt: Int? {
        switch self {
        case .constant:
            return 0
        case .multistep(let milestones, _):
            return milestones.max() ?? 0
        case .polynomial(let totalIters, _), .linear(_, _, let totalIters):
            return totalIters
        case .oneCycle(_, let totalSteps, _, _, _):
            return totalSteps.count + 1
        case .step, .exponential, .inverseTime, .cosine, .cosineRestarts, .cyclic:
            return nil
        }
    }

    /// The same schedule with a run-length length fixed for a schedule of `runLength` steps.
    public func resolved(runLength: Int) -> Schedule {
        switch self {
        case .cosine(let tMax, let etaMin):
            return .cosine(tMax: tMax.resolved(runLength: runLength), etaMin: etaMin)
        case .oneCycle(let maxLR, let totalSteps, let pctStart, let divFactor, let finalDivFactor):
            return .oneCycle(
                maxLR: maxLR, totalSteps: totalSteps.resolved(runLength: runLength), pctStart: pctStart,
                divFactor: divFactor, finalDivFactor: finalDivFactor)
        default:
            return self
        }
    }

    /// PyTorch steps T_cur by one and restarts when it reaches T_i; from T_cur = t that is
    /// this loop. With t_mult = 1 a remainder does it in O(1); otherwise the periods grow
    /// geometrically, so the loop runs O(log t) times. Doubles hold the whole numbers exactly
    /// while they matter (below 2⁵³) and cannot overflow when t_mult is huge.
    private static func cosineRestarts(at t: Int, base: Double, t0: Int, tMult: Int, etaMin: Double) -> Double {
        var elapsed: Double, period = Double(t0)
        if tMult == 1 {
            elapsed = Double(t % t0)
        } else {
            elapsed = Double(t)
            while elapsed >= period {
                elapsed -= period
                period *= Double(tMult)
            }
        }
        return cosineAnnealing(from: base, to: etaMin, elapsed, of: period)
    }

    /// Phase 1 rises from `initial` to `peak` over [0, e1], e1 = pct_start·N − 1; phase 2 falls
    /// from `peak` to `final` over [e1, N − 1], and at t = N PyTorch's last phase runs past its
    /// end (fraction > 1). PyTorch divides by e1 even when it is 0 (then it raises); here an
    /// empty phase 1 starts phase 2 at the peak.
    private static func oneCycle(
        at t: Int, totalSteps: Int, pctStart: Double, initial: Double, peak: Double, final: Double
    ) -> Double {
        let t = Double(t), e1 = pctStart * Double(totalSteps) - 1
        // PyTorch's _annealing_cos takes the fraction already divided, hence `of: 1`.
        if t <= e1 && e1 > 0 {
            return cosineAnnealing(from: initial, to: peak, t / e1, of: 1)
        }
        return cosineAnnealing(from: peak, to: final, (t - e1) / (Double(totalSteps - 1) - e1), of: 1)
    }
}

/// `end + (start − end)(1 + cos(π·elapsed/span))/2`, with PyTorch's order of operations so
/// that cosine, cosine_restarts and one_cycle round as PyTorch's do.
private func cosineAnnealing(from start: Double, to end: Double, _ elapsed: Double, of span: Double) -> Double {
    end + (start - end) * (1 + cos(Double.pi * elapsed / span)) / 2
}
