/// One named thing a scenario can ask for (a landscape, an optimizer, a schedule): its
/// parameters with defaults, a one-line summary, and how to build it from validated values.
public struct CatalogEntry<Product>: Sendable {
    public let name: String
    public let summary: String
    public let parameters: [Parameter]
    /// How the view's cycle sets the entry up; nil keeps it out of the cycle.
    let preset: Preset<Product>?
    private let build: @Sendable (ParameterValues) -> Product

    public init(
        _ name: String, _ summary: String, parameters: [Parameter] = [], preset: Preset<Product>? = nil,
        build: @escaping @Sendable (ParameterValues) -> Product
    ) {
        self.name = name
        self.summary = summary
        self.parameters = parameters
        self.preset = preset
        self.build = build
    }

    public func parameter(named name: String) -> Parameter? {
        parameters.first { $0.name == name }
    }

    /// The same entry building something else from its product, e.g. to list schedules and
    /// controllers side by side under one scenario key.
    public func map<Other>(_ transform: @escaping @Sendable (Product) -> Other) -> CatalogEntry<Other> {
        let build = self.build
        let preset: Preset<Other>? = switch self.preset {
        case .defaults: .defaults
        case .shaped(let make): .shaped { transform(make($0, $1)) }
        case nil: nil
        }
        return CatalogEntry<Other>(name, summary, parameters: parameters, preset: preset) { transform(build($0)) }
    }

    /// The entry as the view's cycle sets it up for a run of `runLength` steps at `lr`; nil
    /// when the entry is not in the cycle.
    public func preset(runLength: Int, lr: Double) -> Product? {
        switch preset {
        case .defaults: make()
        case .shaped(let make): make(runLength, lr)
        case nil: nil
        }
    }

    /// Builds the product; every value must already have been validated against `parameters`.
    public func make(_ given: [String: ParameterValue] = [:]) -> Product {
        build(ParameterValues(resolving: given, for: parameters))
    }
}
