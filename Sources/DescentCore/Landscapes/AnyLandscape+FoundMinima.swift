extension AnyLandscape {
    /// The landscape with its minima in `view` found by search when it is a typed function
    /// given without minima (`Expression.findingMinima`); any other landscape as it is.
    /// Called once the view is known, since the search covers the view.
    public func findingMinima(in view: ViewBox) -> AnyLandscape {
        guard case .expression(let expression) = self else { return self }
        return .expression(expression.findingMinima(in: view))
    }

    /// Whether `minima` were found by search, not known: to be reported as "found".
    public var minimaAreFound: Bool {
        guard case .expression(let expression) = self else { return false }
        return expression.minimaAreFound
    }
}
