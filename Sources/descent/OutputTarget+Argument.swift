import ArgumentParser
import DescentExport

/// `-` is standard output (DESIGN.md contract 1); anything else is a path, even an empty
/// one, which then fails as an output that cannot be created (exit 73), not as usage.
extension OutputTarget: ExpressibleByArgument {
    public init?(argument: String) {
        self = argument == "-" ? .standardOutput : .file(path: argument)
    }
}
