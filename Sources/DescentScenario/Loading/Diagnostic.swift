import DescentCore

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
    /// One line, whatever the file's name or the message quote: both are cleaned of control
    /// characters (`DisplayText.clean`), so that they cannot break the line or drive the terminal.
    public var description: String {
        let file = DisplayText.clean(file), message = DisplayText.clean(message)
        guard let position else { return "\(file): \(message)" }
        return "\(file):\(position): \(message)"
    }
}
