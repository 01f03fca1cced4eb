/// Receives a concrete optimizer from `AnyOptimizer.open(_:)`, so generic code over it specialises.
protocol OptimizerVisitor {
    associatedtype Result
    associatedtype Failure: Error = Never
    func visit<O: Optimizer>(_ optimizer: O) throws(Failure) -> Result
}
