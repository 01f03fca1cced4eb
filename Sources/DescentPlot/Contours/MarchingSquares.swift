import DescentCore

/// Iso-lines of a sampled field by marching squares: in each grid cell, the line where the
/// field crosses a level, its ends placed on the cell's edges by linear interpolation between
/// the corner samples. A cell with a corner that is not a number has no line.
public enum MarchingSquares {
    public static func segments(in field: SampledField, at level: Double) -> [ContourSegment] {
        segments(in: field, at: [level]).first ?? []
    }

    /// The lines of several levels in one pass over the cells (the view draws about ten): for
    /// each level, its pieces.
    public static func segments(in field: SampledField, at levels: [Double]) -> [[ContourSegment]] {
        var segments = [[ContourSegment]](repeating: [], count: levels.count)
        guard field.width > 1, field.height > 1 else { return segments }
        for y in 0..<field.height - 1 {
            for x in 0..<field.width - 1 {
                let cell = Cell(x: x, y: y, field)
                guard let range = cell.range else { continue }
                for (index, level) in levels.enumerated() where level.isFinite && range.contains(level) {
                    cell.appendSegments(at: level, to: &segments[index])
                }
            }
        }
        return segments
    }

    /// A grid cell: corners numbered clockwise from the top left (x, y); edge i joins corner i
    /// and corner i + 1. A corner at or above the level is "inside".
    private struct Cell {
        let x: Int
        let y: Int
        let corners: (Double, Double, Double, Double)

        init(x: Int, y: Int, _ field: SampledField) {
            self.x = x
            self.y = y
            corners = (field[x, y], field[x + 1, y], field[x + 1, y + 1], field[x, y + 1])
        }

        func corner(_ i: Int) -> Double {
            switch i & 3 {
            case 0: corners.0
            case 1: corners.1
            case 2: corners.2
            default: corners.3
            }
        }

        func position(_ i: Int) -> Vector2 {
            Vector2(Double(x + (i & 3 == 1 || i & 3 == 2 ? 1 : 0)), Double(y + (i & 3 >= 2 ? 1 : 0)))
        }

        /// The levels some corner is under and some at or over (nil with a corner not a number).
        var range: Range<Double>? {
            let (a, b, c, d) = corners
            guard a.isFinite, b.isFinite, c.isFinite, d.isFinite else { return nil }
            let low = min(min(a, b), min(c, d)), high = max(max(a, b), max(c, d))
            return low < high ? low.nextUp..<high.nextUp : nil
        }

        /// Where the line crosses edge i, interpolated from the edge's lower-numbered grid point
        /// so that the two cells sharing the edge compute the same point, bit for bit.
        func crossing(_ edge: Int, _ level: Double) -> Vector2 {
            let i = edge & 3, j = (edge + 1) & 3
            let p = position(i), q = position(j)
            let (a, b) = p.y < q.y || p.x < q.x ? (i, j) : (j, i)
            let t = (level - corner(a)) / (corner(b) - corner(a))
            return position(a) + t * (position(b) - position(a))
        }

        func appendSegments(at level: Double, to segments: inout [ContourSegment]) {
            // A corner exactly on the level is the crossing of both its edges: the piece between
            // them is a point, and the line goes on through the neighbouring cells without it.
            func append(_ e: Int, _ f: Int) {
                let from = crossing(e, level), to = crossing(f, level)
                if from != to { segments.append(ContourSegment(from: from, to: to)) }
            }
            var crossed = (first: -1, second: -1, count: 0)
            for edge in 0..<4 where (corner(edge) >= level) != (corner(edge + 1) >= level) {
                if crossed.count == 0 { crossed.first = edge } else if crossed.count == 1 { crossed.second = edge }
                crossed.count += 1
            }
            if crossed.count == 2 {
                append(crossed.first, crossed.second)
                return
            }
            // A saddle: two opposite corners inside. The mean of the corners decides whether the
            // inside corners connect through the middle; either way each line cuts off one corner.
            let (a, b, c, d) = corners
            let centreInside = (a + b + c + d) / 4 >= level
            if (a >= level) == centreInside {
                append(0, 1)
                append(2, 3)
            } else {
                append(3, 0)
                append(1, 2)
            }
        }
    }
}
