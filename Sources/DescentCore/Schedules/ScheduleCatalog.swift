import Foundation

/// Every learning-rate schedule by its scenario name, with PyTorch's parameter names and
/// defaults (Keras's for inverse_time). Formulas: REFERENCE.md A4.
public enum ScheduleCatalog: Catalog {
    public static let entries: [CatalogEntry<Schedule>] = [
        CatalogEntry("constant", "lr at every step", preset: .defaults) { _ in .constant },
        CatalogEntry(
            "step", "PyTorch StepLR: lr·gamma^floor(t/step_size)",
            parameters: [
                .integer("step_size", nil, help: "steps between two decays"),
                .number("gamma", 0.1, .positive, help: "factor applied at each decay"),
            ],
            // Three drops by 0.3 over the run.
            preset: .shaped { steps, _ in .step(stepSize: max(1, steps / 4), gamma: 0.3) }
        ) { .step(stepSize: $0.integer("step_size"), gamma: $0.number("gamma")) },
        CatalogEntry(
            "multistep", "PyTorch MultiStepLR: lr·gamma^(number of milestones <= t)",
            parameters: [
                Parameter(
                    "milestones", .integers, default: nil, .stepCount,
                    help: "steps at which lr is multiplied by gamma; a repeated step counts twice"),
                .number("gamma", 0.1, .positive, help: "factor applied at each milestone"),
            ]
        ) { .multistep(milestones: $0.integers("milestones").sorted(), gamma: $0.number("gamma")) },
        CatalogEntry(
            "exponential", "PyTorch ExponentialLR: lr·gamma^t",
            parameters: [.number("gamma", nil, .positive, help: "factor applied at every step")],
            // lr falls a hundredfold over the run.
            preset: .shaped { steps, _ in .exponential(gamma: pow(0.01, 1 / Double(steps))) }
        ) { .exponential(gamma: $0.number("gamma")) },
        CatalogEntry(
            "inverse_time", "Keras InverseTimeDecay: lr/(1 + decay_rate·t/decay_steps), floor(t/decay_steps) if staircase",
            parameters: [
                .number("decay_steps", nil, .atLeastOne, help: "steps over which lr falls to lr/(1 + decay_rate)"),
                .number("decay_rate", nil, .nonNegative, help: "how fast lr falls"),
                .boolean("staircase", false, help: "decay in whole multiples of decay_steps"),
            ]
        ) {
            .inverseTime(
                decaySteps: $0.number("decay_steps"), decayRate: $0.number("decay_rate"),
                staircase: $0.boolean("staircase"))
        },
        CatalogEntry(
            "polynomial", "PyTorch PolynomialLR: lr·(1 − min(t, total_iters)/total_iters)^power",
            parameters: [
                .integer("total_iters", 5, help: "steps until lr reaches 0"),
                .number("power", 1, .nonNegative, help: "exponent of the decay; 1 is linear"),
            ]
        ) { .polynomial(totalIters: $0.integer("total_iters"), power: $0.number("power")) },
        CatalogEntry(
            "cosine",
            "PyTorch CosineAnnealingLR: eta_min + (lr − eta_min)(1 + cos(π·t/t_max))/2, rising again past t_max; "
                + "after a warmup, t_max defaults to the steps left",
            parameters: [
                .runLength("t_max", help: "steps from lr down to eta_min (default: the run's steps)"),
                .number("eta_min", 0, .rate, help: "lr at t_max"),
            ],
            preset: .shaped { steps, _ in .cosine(tMax: .steps(steps), etaMin: 0) }
        ) { .cosine(tMax: $0.length("t_max"), etaMin: $0.number("eta_min")) },
        CatalogEntry(
            "cosine_restarts",
            "PyTorch CosineAnnealingWarmRestarts: cosine from lr to eta_min over t_0, t_0·t_mult, … steps, then back to lr",
            parameters: [
                .integer("t_0", nil, help: "length of the first cycle"),
                .integer("t_mult", 1, help: "each cycle is this many times longer than the last"),
                .number("eta_min", 0, .rate, help: "lr at the end of each cycle"),
            ]
        ) { .cosineRestarts(t0: $0.integer("t_0"), tMult: $0.integer("t_mult"), etaMin: $0.number("eta_min")) },
        CatalogEntry(
            "one_cycle",
            "PyTorch OneCycleLR (cos, two phases): max_lr/div_factor up to max_lr at pct_start·total_steps − 1, down to max_lr/div_factor/final_div_factor at total_steps − 1; "
                + "PyTorch's value at total_steps, then held at the final lr (PyTorch raises past total_steps); "
                + "after a warmup, total_steps defaults to the steps left; lr only, momentum untouched",
            parameters: [
                .optionalNumber("max_lr", .positiveRate, help: "peak lr (default: the run's lr)"),
                .runLength("total_steps", help: "length of the cycle (default: the run's steps)"),
                .number("pct_start", 0.3, .openUnitInterval, help: "fraction of the cycle spent rising"),
                .number("div_factor", 25, .atLeastOne, help: "initial lr = max_lr/div_factor"),
                .number("final_div_factor", 1e4, .atLeastOne, help: "final lr = initial lr/final_div_factor"),
            ],
            preset: .defaults
        ) {
            .oneCycle(
                maxLR: $0.optionalNumber("max_lr"), totalSteps: $0.length("total_steps"),
                pctStart: $0.number("pct_start"), divFactor: $0.number("div_factor"),
                finalDivFactor: $0.number("final_div_factor"))
        },
        CatalogEntry(
            "linear",
            "PyTorch LinearLR: lr·(start_factor + (end_factor − start_factor)·min(t, total_iters)/total_iters)",
            parameters: [
                .number("start_factor", 1.0 / 3, .positiveUpToOne, help: "fraction of lr at the first step"),
                .number("end_factor", 1, .closedUnitInterval, help: "fraction of lr from total_iters on"),
                .integer("total_iters", 5, help: "steps of the linear change"),
            ]
        ) {
            .linear(
                startFactor: $0.number("start_factor"), endFactor: $0.number("end_factor"),
                totalIters: $0.integer("total_iters"))
        },
        CatalogEntry(
            "cyclic",
            "PyTorch CyclicLR with base_lr = lr: up to max_lr over step_size_up steps, down over step_size_down, "
                + "each cycle scaled by mode; lr only (PyTorch also cycles momentum by default)",
            parameters: [
                .number("max_lr", nil, .positiveRate, help: "the top of the first cycle"),
                .integer("step_size_up", 2000, help: "steps from lr up to max_lr"),
                Parameter(
                    "step_size_down", .integer, default: nil, .stepCount,
                    help: "steps from max_lr back down (default: step_size_up)", mayBeAbsent: true),
                Parameter(
                    "mode", .word(Cyclic.Mode.allCases.map(\.rawValue)), default: .word(Cyclic.Mode.triangular.rawValue),
                    .none, help: "triangular: same height; triangular2: halved each cycle; exp_range: times gamma^t"),
                .number("gamma", 1, .positive, help: "exp_range's factor per step"),
            ],
            // Four cycles over the run, up to four times the lr, each half as high as the last.
            preset: .shaped { steps, lr in .cyclic(Cyclic(maxLR: 4 * lr, stepSizeUp: max(1, steps / 8), mode: .triangular2)) }
        ) {
            .cyclic(Cyclic(
                maxLR: $0.number("max_lr"), stepSizeUp: $0.integer("step_size_up"),
                stepSizeDown: $0["step_size_down"] == nil ? nil : $0.integer("step_size_down"),
                mode: Cyclic.Mode(rawValue: $0.word("mode")) ?? .triangular, gamma: $0.number("gamma")))
        },
    ]
}
