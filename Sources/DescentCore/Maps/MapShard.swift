/// Shard `index` of `count` (1-based, as `--shard I/N`): the cells whose index i has
/// i mod count = index − 1. Every cell is in exactly one shard, and shards are balanced to
/// one cell, whatever the grid.
public struct MapShard: Hashable, Sendable {
    public let index: Int
    public let count: Int

    /// The whole map, as one shard.
    public static let all = MapShard(index: 1, count: 1)!

    /// Nil unless 1 ≤ index ≤ count.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    func contains(cell: Int) -> Bool { cell % count == index - 1 }
}
