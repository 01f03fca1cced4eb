import DescentCore

/// What a map prints to standard error: how many cells, and how many ended each way and in
/// each basin.
///
/// ```
/// 2048 cells (shard 1/4: 512)
/// status  converged 401  ok 77  diverged 34
/// basin   1: 401  none: 111
/// ```
///
/// Counted chunk by chunk where the cells ran, and the chunks' counts added: the outcomes
/// are never gathered into one array for it.
public struct MapSummary: Sendable {
    private var cells = 0
    private var statuses: [RunStatus: Int] = [:]
    private var basins: [Int: Int] = [:]

    /// The counts of `outcomes`.
    public init(_ outcomes: [MapOutcome]) {
        cells = outcomes.count
        for outcome in outcomes {
            statuses[outcome.status, default: 0] += 1
            basins[outcome.basin, default: 0] += 1
        }
    }

    /// No cells yet.
    public init() {}

    /// Counts `part`'s outcomes too.
    public mutating func add(_ part: MapSummary) {
        cells += part.cells
        statuses.merge(part.statuses, uniquingKeysWith: +)
        basins.merge(part.basins, uniquingKeysWith: +)
    }

    public func render(of map: MapSpec) -> String {
        var lines = ["\(map.grid.count) cells" + (map.shard.count > 1 ? " (shard \(map.shard.index)/\(map.shard.count): \(cells))" : "")]
        let order: [RunStatus] = [.converged, .ok, .diverged]
        lines.append("status  " + order.map { "\($0.rawValue) \(statuses[$0, default: 0])" }.joined(separator: "  "))
        // Known minima in their order, then none.
        let shown = basins.keys.sorted { ($0 == 0 ? Int.max : $0) < ($1 == 0 ? Int.max : $1) }
        lines.append("basin   " + shown.map { "\($0 == 0 ? "none" : String($0)): \(basins[$0]!)" }.joined(separator: "  "))
        return lines.joined(separator: "\n")
    }
}
