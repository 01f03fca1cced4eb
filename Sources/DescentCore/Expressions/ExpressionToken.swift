/// One lexical unit of an expression, with where it starts (in Unicode scalars).
struct ExpressionToken {
    enum Kind: Equatable {
        case number(Double)
        case name(String)
        case plus, minus, times, divide, power
        case open, close, comma
        case end
    }

    let kind: Kind
    let offset: Int
    /// The characters as typed, for messages.
    let text: String
}
