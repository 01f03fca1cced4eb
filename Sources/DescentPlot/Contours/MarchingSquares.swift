import DescentCore

/// Iso-lines of a sampled field by marching squares: in each grid cell, the line where the
/// field crosses `level`, its ends placed on the cell's edges by linear interpolation between
/// the corner samples. A cell with a corner that is not a number has no line.
public enum MarchingSquares {
    public static func segments(in field: SampledField, at level: Double) -> [ContourSegment] {
        var segments: [ContourSegment] = []
        guard field.width > 1, field.height > 1, level.isFinite else { return segments }
        for y in 0..<field.height - 1 {
            for x in 0..<field.width - 1 {
                appendSegments(ofCellAt: x, y, in: field, at: level, to: &segments)
            }
        }
        return segments
    }

    /// The cell with top-left corner (x, y). Corners are numbered clockwise from the top left;
    /// a corner at or above the level is "inside".
    private static func appendSegments(
        ofCellAt x: Int, _ y: Int, in field: SampledField, at level: Double, to segments: inout [ContourSegment]
    ) {
        let corners = [field[x, y], field[x + 1, y], field[x + 1, y + 1], field[x, y + 1]]
        guard corners.allSatisfy(\.isFinite) else { return }
        let inside = corners.map { $0 >= level }
        guard inside.contains(true), inside.contains(false) else { return }
        let positions = [Vector2(Double(x), Double(y)), Vector2(Double(x + 1), Double(y)),
                         Vector2(Double(x + 1), Double(y + 1)), Vector2(Double(x), Double(y + 1))]
        // Edge i joins corner i and corner i + 1. Each edge's crossing is interpolated from its
        // lower-numbered grid point, so that the two cells sharing it compute the same point.
        func crossing(_ edge: Int) -> Vector2 {
            let i = edge, j = (edge + 1) % 4
            let (a, b) = positions[i].y < positions[j].y || positions[i].x < positions[j].x ? (i, j) : (j, i)
            let t = (level - corners[a]) / (corners[b] - corners[a])
            return positions[a] + t * (positions[b] - positions[a])
        }
        // A corner exactly on the level is the crossing of both its edges: the piece between
        // them is a point, and the line goes on through the neighbouring cells without it.
        func append(_ e: Int, _ f: Int) {
            let from = crossing(e), to = crossing(f)
            if from != to { segments.append(ContourSegment(from: from, to: to)) }
        }
        let crossed = (0..<4).filter { inside[$0] != inside[($0 + 1) % 4] }
        if crossed.count == 2 {
            append(crossed[0], crossed[1])
            return
        }
        // A saddle: two opposite corners inside. The mean of the corners decides whether the
        // inside corners connect through the middle; either way each line cuts off one corner.
        let centreInside = corners.reduce(0, +) / 4 >= level
        let pairs = inside[0] == centreInside ? [(0, 1), (2, 3)] : [(3, 0), (1, 2)]
        for (e, f) in pairs { append(e, f) }
    }
}
