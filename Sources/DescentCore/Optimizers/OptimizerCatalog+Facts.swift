extension OptimizerCatalog {
    /// The names of the optimizers for which `fact` holds at their catalog defaults, in catalog
    /// order: who accepts an adaptive restart, who has a momentum coefficient. A view that says
    /// why a key does nothing asks here rather than keep a list of its own.
    public static func names(where fact: (AnyOptimizer) -> Bool) -> [String] {
        entries.filter { fact($0.make()) }.map(\.name)
    }
}
