/// What is known of a run before it starts: how a sink names it.
public struct RunInfo: Hashable, Sendable {
    public var index: Int
    /// Unique within the scenario (CSV column `run`).
    public var label: String
    /// The optimizer's catalog name (CSV column `optimizer`).
    public var optimizer: String

    public init(index: Int, label: String, optimizer: String) {
        self.index = index
        self.label = label
        self.optimizer = optimizer
    }
}
