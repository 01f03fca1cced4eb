/// The bold driver (Vogl et al. 1988; Battiti 1989): after each step, if the loss went down
/// the lr grows by `grow`; if it went up the step is undone, the lr shrinks by `shrink` and
/// the momentum is zeroed.
public struct BoldDriver: Hashable, Sendable {
    public var grow: Double
    public var shrink: Double

    public init(grow: Double = 1.05, shrink: Double = 0.5) {
        self.grow = grow
        self.shrink = shrink
    }
}
