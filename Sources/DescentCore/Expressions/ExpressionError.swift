/// Why an expression was rejected, and where: the scenario layer turns the place into
/// `file:line:column`, the command line into a caret under the character.
public struct ExpressionError: Error, Hashable, Sendable {
    public enum Location: Hashable, Sendable {
        /// An offset in Unicode scalars from the expression's start (its length for "at the end").
        case character(Int)
        /// The index of the offending parameter, in the order given.
        case parameter(Int)
    }

    public let location: Location
    /// Says what was wrong and what was expected; no location in it.
    public let message: String

    init(_ message: String, at offset: Int) {
        self.location = .character(offset)
        self.message = message
    }

    init(_ message: String, parameter index: Int) {
        self.location = .parameter(index)
        self.message = message
    }
}
