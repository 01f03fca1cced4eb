extension Key: ExpressibleByUnicodeScalarLiteral {
    /// `"q"` for `.character("q")`, so key tables read like the help that lists them.
    public init(unicodeScalarLiteral value: Unicode.Scalar) {
        self = .character(Character(value))
    }
}
