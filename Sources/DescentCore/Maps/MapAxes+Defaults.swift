extension MapAxes {
    /// The lr and μ a map spans around `run` unless told otherwise, for `descent map` and the
    /// view alike: two decades of lr either side of the run's, and μ from the optimizer's
    /// lowest to 0.99. An optimizer without μ varies lr alone (see `MapSpec.init`).
    public static func parameters(
        around run: RunSpec, lr: ClosedRange<Double>? = nil, momentum: ClosedRange<Double>? = nil
    ) -> MapAxes {
        .parameters(
            lr: lr ?? (run.lr / 100)...(run.lr * 100),
            momentum: momentum ?? run.optimizer.lowestMomentum...0.99)
    }
}
