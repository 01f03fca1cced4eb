import DescentCore

/// Marching squares' pieces joined into lines, so that a figure draws each iso-line as one
/// smooth path instead of hundreds of strokes with seams. Pieces meet at bit-identical ends
/// (`ContourSegment`); a line ends where the field leaves the grid or stops being a number,
/// and is closed (its first point repeated last) where it goes round.
public enum ContourLines {
    /// The lines through `segments`, open ones first, each in the order its pieces were
    /// given: the same pieces give the same lines, point for point.
    public static func join(_ segments: [ContourSegment]) -> [[Vector2]] {
        var pieces: [Vector2: [Int]] = [:]
        for (index, segment) in segments.enumerated() {
            pieces[segment.from, default: []].append(index)
            pieces[segment.to, default: []].append(index)
        }
        var used = [Bool](repeating: false, count: segments.count)
        var lines: [[Vector2]] = []

        func trace(from start: Vector2) -> [Vector2] {
            var line = [start], point = start
            while let next = pieces[point]?.first(where: { !used[$0] }) {
                used[next] = true
                point = segments[next].from == point ? segments[next].to : segments[next].from
                line.append(point)
            }
            return line
        }
        // An end that only one piece reaches starts an open line; what is left goes round.
        for (index, segment) in segments.enumerated() where !used[index] {
            for end in [segment.from, segment.to] where pieces[end]?.count == 1 && !used[index] {
                lines.append(trace(from: end))
            }
        }
        for (index, segment) in segments.enumerated() where !used[index] {
            lines.append(trace(from: segment.from))
        }
        return lines
    }
}
