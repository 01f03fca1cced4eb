/// A map's cells: `width` across (the first axis), `height` up (the second), numbered row by
/// row from the bottom left: cell `index` is at x = index mod width, y = index / width.
///
/// A cell stands for its centre: on an axis of n cells, cell i sits at fraction (i + ½)/n of
/// the range, so the range's ends are the outer edges of the outer cells, never a centre.
public struct MapGrid: Hashable, Sendable {
    public let width: Int
    public let height: Int

    /// The most cells a side may have.
    public static let maximumSide = 1024

    public init(width: Int, height: Int) {
        precondition((1...Self.maximumSide).contains(width) && (1...Self.maximumSide).contains(height), "grid sides are 1 ... 1024")
        self.width = width
        self.height = height
    }

    public var count: Int { width * height }

    /// Column and row of cell `index`.
    func position(of index: Int) -> (x: Int, y: Int) {
        (index % width, index / width)
    }

    /// The fractions of the two axes at the centre of cell `index`.
    func centre(of index: Int) -> (x: Double, y: Double) {
        let (x, y) = position(of: index)
        return ((Double(x) + 0.5) / Double(width), (Double(y) + 0.5) / Double(height))
    }
}
