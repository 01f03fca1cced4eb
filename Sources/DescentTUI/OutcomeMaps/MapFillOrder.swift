/// The order a map's cells are run in: a coarse pass first (every `stride`-th cell each way,
/// each standing in for the block of cells it starts until they are done), then the rest.
enum MapFillOrder {
    static let stride = 4

    /// Cell indices of a `width` × `height` grid, the coarse pass first.
    static func cells(width: Int, height: Int) -> [Int] {
        let all = 0..<(width * height)
        return all.filter { isCoarse(x: $0 % width, y: $0 / width) } + all.filter { !isCoarse(x: $0 % width, y: $0 / width) }
    }

    /// How many cells the coarse pass has.
    static func coarseCount(width: Int, height: Int) -> Int {
        ((width + stride - 1) / stride) * ((height + stride - 1) / stride)
    }

    /// The coarse cell whose outcome stands in for cell (x, y) until its own is done.
    static func standIn(x: Int, y: Int) -> (x: Int, y: Int) {
        (x - x % stride, y - y % stride)
    }

    private static func isCoarse(x: Int, y: Int) -> Bool { x % stride == 0 && y % stride == 0 }
}
