/// A scalar field sampled on a regular grid: `values[y * width + x]` is the sample at grid
/// point (x, y). Grid coordinates are what contour segments are given in; how they map to the
/// plane or the screen is the caller's.
public struct SampledField: Sendable {
    public let width: Int
    public let height: Int
    public let values: [Double]

    /// `values` row by row, `width` × `height` of them.
    public init(width: Int, height: Int, values: [Double]) {
        precondition(width >= 0 && height >= 0 && values.count == width * height, "a field of \(width) × \(height) samples")
        self.width = width
        self.height = height
        self.values = values
    }

    public subscript(x: Int, y: Int) -> Double { values[y * width + x] }
}
