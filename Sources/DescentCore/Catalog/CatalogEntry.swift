/// One named thing a scenario can ask for (a landscape, an optimizer, a schedule): its
/// parameters with defaults, a one-line summary, and how to build it from validated values.
public struct CatalogEntry<Product>: Sendable {
    public let name: String
    public let summary: String
    public let parameters: [Parameter]
    private let build: @Sendable (ParameterValues) -> Product

    public init(
        _ name: String, _ summary: String, parameters: [Parameter] = [],
        build: @escaping @Sendable (ParameterValues) -> Product
    ) {
        self.name = name
        self.summary = summary
        self.parameters = parameters
        self.build = build
    }

    public func parameter(named name: String) -> Parameter? {
        parameters.first { $0.name == name }
    }

    /// The same entry building something else from its product, e.g. to list schedules and
    /// controllers side by side under one scenario key.
    public func map<Other>(_ transform: @escaping @Sendable (Product) -> Other) -> CatalogEntry<Other> {
        let build = self.build
        return CatalogEntry<Other>(name, summary, parameters: parameters) { transform(build($0)) }
    }

    /// Builds the product; every value must already have been validated against `parameters`.
    /// `runLength` is the number of steps of the run, for parameters that default to it.
    public func make(_ given: [String: ParameterValue] = [:], runLength: Int = 1000) -> Product {
        build(ParameterValues(resolving: given, for: parameters, runLength: runLength))
    }
}
