/// One problem with a scenario file, rendered `FILE:LINE:COLUMN: what is wrong; what would be valid`.
public struct Diagnostic: Hashable, Sendable {
    /// The file as the user named it (or the bundled scenario's file name).
    public var file: String
    /// `nil` for problems of the whole file, e.g. that it is empty.
    public var position: SourcePosition?
    public var message: String

    public init(file: String, position: SourcePosition?, message: String) {
        self.file = file
        self.position = position
        self.message = message
    }
}

extension Diagnostic: CustomStringConvertible {
    public var description: String {
        guard let position else { return "\(file): \(message)" }
        return "\(file):\(position): \(message)"
    }
}
