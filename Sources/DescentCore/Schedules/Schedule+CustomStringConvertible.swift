extension Schedule: CustomStringConvertible {
    /// The values that rebuild this schedule from its catalog entry, in catalog order.
    /// An absent `max_lr` and a length that follows the run are left out, as a scenario leaves them out.
    public var arguments: [(name: String, value: ParameterValue)] {
        switch self {
        case .constant:
            return []
        case .step(let stepSize, let gamma):
            return [("step_size", .integer(stepSize)), ("gamma", .number(gamma))]
        case .multistep(let milestones, let gamma):
            return [("milestones", .integers(milestones)), ("gamma", .number(gamma))]
        case .exponential(let gamma):
            return [("gamma", .number(gamma))]
        case .inverseTime(let decaySteps, let decayRate, let staircase):
            return [
                ("decay_steps", .number(decaySteps)), ("decay_rate", .number(decayRate)),
                ("staircase", .boolean(staircase)),
            ]
        case .polynomial(let totalIters, let power):
            return [("total_iters", .integer(totalIters)), ("power", .number(power))]
        case .cosine(let tMax, let etaMin):
            return length("t_max", tMax) + [("eta_min", .number(etaMin))]
        case .cosineRestarts(let t0, let tMult, let etaMin):
            return [("t_0", .integer(t0)), ("t_mult", .integer(tMult)), ("eta_min", .number(etaMin))]
        case .oneCycle(let maxLR, let totalSteps, let pctStart, let divFactor, let finalDivFactor):
            let peak: [(name: String, value: ParameterValue)] = maxLR.map { [("max_lr", .number($0))] } ?? []
            return peak + length("total_steps", totalSteps) + [
                ("pct_start", .number(pctStart)),
                ("div_factor", .number(divFactor)), ("final_div_factor", .number(finalDivFactor)),
            ]
        case .linear(let startFactor, let endFactor, let totalIters):
            return [
                ("start_factor", .number(startFactor)), ("end_factor", .number(endFactor)),
                ("total_iters", .integer(totalIters)),
            ]
        case .cyclic(let cyclic):
            return cyclic.arguments
        }
    }

    private func length(_ name: String, _ length: ScheduleLength) -> [(name: String, value: ParameterValue)] {
        guard case .steps(let n) = length else { return [] }
        return [(name, .integer(n))]
    }

    /// E.g. `cosine(t_max=2000, eta_min=0)`, for the side panel and the headless summary.
    public var description: String { callDescription(name, arguments) }
}
