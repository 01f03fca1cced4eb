import DescentCore
import DescentScenario

/// `--function EXPR`: the default runs on a typed function.
enum FunctionArgument {
    /// Compiles `source`, or prints the error with the expression and a caret under the
    /// offending character, and exits 64 (usage).
    static func load(_ source: String) throws -> SimulationSpec {
        do {
            return SimulationSpec(function: try Expression(source))
        } catch {
            StandardError.print("descent: --function: \(error.message)")
            if case .character(let offset) = error.location {
                let before = String(String.UnicodeScalarView(source.unicodeScalars.prefix(offset)))
                StandardError.print("  " + DisplayText.clean(source))
                StandardError.print("  " + String(repeating: " ", count: DisplayText.columns(before)) + "^")
            }
            throw ExitStatus.usage
        }
    }
}
