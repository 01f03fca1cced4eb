/// Every step-size controller by its scenario name (given under `schedule:` like a schedule),
/// with its exact rule, the standard constants as defaults, and where they come from.
public enum ControllerCatalog: Catalog {
    public static let entries: [CatalogEntry<StepSizeController>] = [
        CatalogEntry(
            "plateau",
            "PyTorch ReduceLROnPlateau (mode min), stepped after every update with f at the new point: "
                + "lr ← max(lr·factor, min_lr) after more than patience steps without improvement",
            parameters: [
                .number("factor", 0.1, .openUnitInterval, help: "lr is multiplied by this on a plateau"),
                .integer("patience", 10, .stepCountOrZero, help: "steps without improvement tolerated before reducing"),
                .number("threshold", 1e-4, .nonNegative, help: "improvement must beat best·(1−threshold) (rel) or best−threshold (abs)"),
                Parameter(
                    "threshold_mode", .word(Plateau.ThresholdMode.allCases.map(\.rawValue)), default: .word("rel"),
                    .none, help: "rel or abs: how threshold is applied"),
                .integer("cooldown", 0, .stepCountOrZero, help: "steps to wait after a reduction before counting again"),
                .number("min_lr", 0, .nonNegative, help: "lr never goes below this"),
                .number("eps", 1e-8, .nonNegative, help: "reductions smaller than this are skipped"),
            ],
            preset: .defaults
        ) {
            .plateau(Plateau(
                factor: $0.number("factor"), patience: $0.integer("patience"), threshold: $0.number("threshold"),
                thresholdMode: Plateau.ThresholdMode(rawValue: $0.word("threshold_mode")) ?? .rel,
                cooldown: $0.integer("cooldown"), minLR: $0.number("min_lr"), eps: $0.number("eps")))
        },
        CatalogEntry(
            "backtracking",
            "Armijo line search along the optimizer's step Δx(α): accept α when f(x+Δx) ≤ f(x) + c1·∇f(x)ᵀΔx, "
                + "else α ← α·shrink; next first trial min(α·grow, max_lr); the first trial is the run's lr",
            parameters: [
                .number("c1", 1e-4, .openUnitInterval, help: "sufficient-decrease constant (Nocedal and Wright)"),
                .number("shrink", 0.5, .openUnitInterval, help: "trial lr factor after a rejected trial"),
                .number("grow", 1.5, .atLeastOne, help: "next step's first trial = accepted lr·grow (optax: 1.5)"),
                .number("max_lr", 1, .positive, help: "cap on every trial lr (optax: 1)"),
            ],
            preset: .defaults
        ) {
            .backtracking(Backtracking(
                c1: $0.number("c1"), shrink: $0.number("shrink"), grow: $0.number("grow"), maxLR: $0.number("max_lr")))
        },
        CatalogEntry(
            "polyak",
            "Polyak's step (optax.polyak_sgd): lr = min((f(x) − f*)/‖g‖², max_lr), 0 when ‖g‖² ≤ machine epsilon; "
                + "variant sps (optax's default) lets lr go negative when f < f*, sps+ clips f − f* at 0",
            parameters: [
                .optionalNumber("f_min", help: "f*; default: the landscape's known minimum value"),
                .number("max_lr", 1, .positive, help: "cap on the lr (optax: 1)"),
                Parameter(
                    "variant", .word(Polyak.Variant.allCases.map(\.rawValue)), default: .word(Polyak.Variant.sps.rawValue),
                    .none, help: "sps (optax's default) or sps+: max(f − f*, 0)"),
            ],
            preset: .defaults
        ) {
            .polyak(Polyak(
                fMin: $0.optionalNumber("f_min"), maxLR: $0.number("max_lr"),
                variant: Polyak.Variant(rawValue: $0.word("variant")) ?? .sps))
        },
        CatalogEntry(
            "bold_driver",
            "Bold driver (Vogl et al. 1988, Battiti 1989): loss down → lr·grow; loss up → undo the step, lr·shrink, zero the momentum",
            parameters: [
                .number("grow", 1.05, .atLeastOne, help: "lr factor after a step that lowered the loss (Vogl: 1.05)"),
                .number("shrink", 0.5, .openUnitInterval, help: "lr factor after an undone step (Battiti: 0.5; Vogl: 0.7)"),
            ],
            preset: .defaults
        ) { .boldDriver(BoldDriver(grow: $0.number("grow"), shrink: $0.number("shrink"))) },
    ]
}
