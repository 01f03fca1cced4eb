import DescentCore

/// A catalog entry a scenario chose, with the values it gave. Kept unbuilt because
/// parameters that default to the run length follow a `--steps` override.
struct CatalogChoice<Product>: Sendable {
    let entry: CatalogEntry<Product>
    let given: [String: ParameterValue]

    func make(runLength: Int) -> Product {
        entry.make(given, runLength: runLength)
    }
}
