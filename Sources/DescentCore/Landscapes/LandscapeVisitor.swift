/// Receives a concrete landscape from `AnyLandscape.open(_:)`, so generic code over it specialises.
protocol LandscapeVisitor {
    associatedtype Result
    associatedtype Failure: Error = Never
    func visit<L: Landscape>(_ landscape: L) throws(Failure) -> Result
}
