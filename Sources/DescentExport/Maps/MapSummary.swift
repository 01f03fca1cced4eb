import DescentCore

/// What a map prints to standard error: how many cells, and how many ended each way and in
/// each basin.
///
/// ```
/// 2048 cells (shard 1/4: 512)
/// status  converged 401  ok 77  diverged 34
/// basin   1: 401  none: 111
/// ```
public enum MapSummary {
    public static func render(_ outcomes: [MapOutcome], of map: MapSpec) -> String {
        var lines = ["\(map.grid.count) cells" + (map.shard.count > 1 ? " (shard \(map.shard.index)/\(map.shard.count): \(outcomes.count))" : "")]
        let statuses: [RunStatus] = [.converged, .ok, .diverged]
        lines.append("status  " + statuses.map { status in "\(status.rawValue) \(outcomes.count { $0.status == status })" }.joined(separator: "  "))
        let basins = Set(outcomes.map(\.basin)).sorted { ($0 == 0 ? Int.max : $0) < ($1 == 0 ? Int.max : $1) }
        lines.append("basin   " + basins.map { basin in "\(basin == 0 ? "none" : String(basin)): \(outcomes.count { $0.basin == basin })" }.joined(separator: "  "))
        return lines.joined(separator: "\n")
    }
}
