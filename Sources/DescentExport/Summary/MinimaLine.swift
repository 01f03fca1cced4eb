import DescentCore

/// The line a headless run prints before its summary for a typed function: its minima, and
/// whether they were given (`known minima:`) or searched for (`found minima:`).
///
/// ```
/// found minima: (1, 1) f = 0
/// found minima: none in the view
/// ```
/// Numbers are `%.6g`; those under 1e-9 in magnitude, below the search's precision, print
/// as 0. Built-in landscapes get no line: their minima are documented, and their headless
/// output stays as it was.
public enum MinimaLine {
    public static func render(_ landscape: AnyLandscape) -> String? {
        guard case .expression = landscape else { return nil }
        let label = landscape.minimaAreFound ? "found minima:" : "known minima:"
        guard !landscape.minima.isEmpty else { return "\(label) none in the view" }
        let points = landscape.minima.map { "(\(shown($0.position.x)), \(shown($0.position.y))) f = \(shown($0.value))" }
        return "\(label) " + points.joined(separator: "; ")
    }

    private static func shown(_ value: Double) -> String {
        SummaryTable.compact(abs(value) < 1e-9 ? 0 : value)
    }
}
