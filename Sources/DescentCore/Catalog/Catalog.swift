/// A list of named things a scenario can ask for: landscapes, optimizers, schedules, controllers.
public protocol Catalog {
    associatedtype Product
    static var entries: [CatalogEntry<Product>] { get }
}

extension Catalog {
    public static func entry(named name: String) -> CatalogEntry<Product>? {
        entries.first { $0.name == name }
    }
}
