/// Every optimizer by its scenario name, with PyTorch's parameter names and defaults.
///
/// `lr` and `weight_decay` are listed with each optimizer (their defaults are PyTorch's for
/// that optimizer) but belong to the run: the scenario layer reads them from the same values.
/// AdamW's `weight_decay` is its own (decoupled), so the run couples none.
public enum OptimizerCatalog: Catalog {
    public static let entries: [CatalogEntry<AnyOptimizer>] = [
        CatalogEntry(
            "sgd", "torch.optim.SGD: p −= lr·g",
            parameters: common(lr: 1e-3)
        ) { _ in .sgd(SGD()) },
        CatalogEntry(
            "momentum", "torch.optim.SGD(momentum): buf = μ·buf + (1−dampening)·g; p −= lr·buf",
            parameters: common(lr: 1e-3) + [
                .number("momentum", 0.9, .unitInterval, help: "μ, the heavy-ball coefficient"),
                .number("dampening", 0, .closedUnitInterval, help: "τ: scales the gradient into the buffer by 1−τ"),
                form,
            ]
        ) {
            .momentum(Momentum(momentum: $0.number("momentum"), dampening: $0.number("dampening"), form: formValue($0)))
        },
        CatalogEntry(
            "nesterov", "torch.optim.SGD(momentum, nesterov=True): buf = μ·buf + g; p −= lr·(g + μ·buf)",
            parameters: common(lr: 1e-3) + [
                .number("momentum", 0.9, .openUnitInterval, help: "μ (PyTorch requires μ > 0 with nesterov)"),
                form,
            ]
        ) { .nesterov(Nesterov(momentum: $0.number("momentum"), form: formValue($0))) },
        CatalogEntry(
            "adam", "torch.optim.Adam: bias-corrected moments m, v; p −= lr·m̂/(√v̂ + eps)",
            parameters: common(lr: 1e-3) + adamMoments
        ) { .adam(Adam(betas: $0.pair("betas"), eps: $0.number("eps"), amsgrad: $0.boolean("amsgrad"))) },
        CatalogEntry(
            "adamw", "torch.optim.AdamW: p *= 1 − lr·weight_decay, then Adam's update (the gradient is not decayed)",
            parameters: [
                lr(1e-3),
                .number(weightDecayName, 0.01, .nonNegative, help: "decoupled: p *= 1 − lr·weight_decay before each update"),
            ] + adamMoments
        ) {
            .adam(.adamW(
                betas: $0.pair("betas"), eps: $0.number("eps"), weightDecay: $0.number("weight_decay"),
                amsgrad: $0.boolean("amsgrad")))
        },
        CatalogEntry(
            "rmsprop", "torch.optim.RMSprop: v = α·v + (1−α)·g²; p −= lr·g/(√v + eps)",
            parameters: common(lr: 1e-2) + [
                .number("alpha", 0.99, .unitInterval, help: "decay of the squared-gradient average"),
                .number("eps", 1e-8, .positive, help: "added to √v"),
                .number("momentum", 0, .unitInterval, help: "momentum on the scaled step (0: none)"),
                .boolean("centered", false, help: "divide by the variance estimate instead of the second moment"),
            ]
        ) {
            .rmsprop(RMSprop(
                alpha: $0.number("alpha"), eps: $0.number("eps"), momentum: $0.number("momentum"),
                centered: $0.boolean("centered")))
        },
        CatalogEntry(
            "adagrad", "torch.optim.Adagrad: s += g²; p −= lr/(1+(t−1)·lr_decay)·g/(√s + eps)",
            parameters: common(lr: 1e-2) + [
                .number("lr_decay", 0, .nonNegative, help: "decays the lr as 1/(1+(t−1)·lr_decay)"),
                .number("eps", 1e-10, .positive, help: "added to √s"),
                .number("initial_accumulator_value", 0, .nonNegative, help: "s before the first step"),
            ]
        ) {
            .adagrad(Adagrad(
                lrDecay: $0.number("lr_decay"), eps: $0.number("eps"),
                initialAccumulatorValue: $0.number("initial_accumulator_value")))
        },
    ]

    /// The parameters every entry lists that belong to the run rather than the optimizer.
    static let lrName = "lr", weightDecayName = "weight_decay"

    private static func lr(_ value: Double) -> Parameter {
        .number(lrName, value, .positive, help: "base learning rate η0 (PyTorch's default for this optimizer)")
    }

    private static func common(lr value: Double) -> [Parameter] {
        [lr(value), .number(weightDecayName, 0, .nonNegative, help: "coupled L2: g += weight_decay·p")]
    }

    private static let adamMoments: [Parameter] = [
        .pair("betas", Vector2(0.9, 0.999), .unitInterval, help: "[β1, β2]: decay of the first and second moments"),
        .number("eps", 1e-8, .positive, help: "added to √v̂"),
        .boolean("amsgrad", false, help: "divide by the largest √v̂ so far (torch's max_exp_avg_sq)"),
    ]

    private static let form = Parameter(
        "form", .word(MomentumForm.allCases.map(\.rawValue)), default: .word(MomentumForm.pytorch.rawValue),
        .none, help: "pytorch: lr outside the buffer; sutskever: v = μv − lr·g (differ when lr changes)")

    private static func formValue(_ values: ParameterValues) -> MomentumForm {
        MomentumForm(rawValue: values.word("form")) ?? .pytorch
    }
}
