import DescentCore

/// Why no scenario could be loaded. The command line prints `lines`, one per line, to
/// standard error, and exits 65 for `invalid` and 66 for `missingInput` (sysexits).
public enum ScenarioError: Error, Equatable, Sendable {
    /// The file was read but is not a valid scenario: every problem found, sorted by position.
    case invalid([Diagnostic])
    /// There is no readable file (or bundled scenario) by that name.
    case missingInput(String)

    /// At most this many diagnostics are printed; a last line says how many more there are.
    public static let maximumLines = 20

    /// What to print.
    public var lines: [String] {
        switch self {
        case .missingInput(let message):
            // It names the path as given, which may hold any character.
            return [DisplayText.clean(message)]
        case .invalid(let diagnostics):
            let shown = diagnostics.prefix(Self.maximumLines).map(\.description)
            let hidden = diagnostics.count - shown.count
            guard hidden > 0, let file = diagnostics.first?.file else { return shown }
            return shown + ["\(file): \(hidden) more problem\(hidden == 1 ? "" : "s") not shown"]
        }
    }
}

extension ScenarioError: CustomStringConvertible {
    public var description: String { lines.joined(separator: "\n") }
}
