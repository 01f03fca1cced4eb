/// Splits an expression into tokens. Numbers are read as YAML users write them: `3`, `1e-4`,
/// `.5`, `2.`, `1E+3`.
struct ExpressionLexer {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    init(_ scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    mutating func next() throws(ExpressionError) -> ExpressionToken {
        while index < scalars.count, scalars[index].properties.isWhitespace { index += 1 }
        let start = index
        guard index < scalars.count else { return ExpressionToken(kind: .end, offset: start, text: "") }
        let scalar = scalars[index]
        if Self.isDigit(scalar) || scalar == "." { return try number() }
        if Self.startsName(scalar) {
            while index < scalars.count, Self.continuesName(scalars[index]) { index += 1 }
            let name = text(from: start)
            return ExpressionToken(kind: .name(name), offset: start, text: name)
        }
        index += 1
        let kind: ExpressionToken.Kind
        switch scalar {
        case "+": kind = .plus
        case "-": kind = .minus
        case "*": kind = .times
        case "/": kind = .divide
        case "^": kind = .power
        case "(": kind = .open
        case ")": kind = .close
        case ",": kind = .comma
        default:
            throw ExpressionError(
                "unexpected '\(scalar)'; expected a number, a name, an operator (+ - * / ^), "
                    + "'(', ')' or ','",
                at: start)
        }
        return ExpressionToken(kind: kind, offset: start, text: String(scalar))
    }

    /// digits [. digits] [e [+-] digits], with at least one digit before the exponent. An `e`
    /// not followed by digits ends the number, so `2e` reads as 2 then `e`, which the parser
    /// turns into "did you mean 2*e".
    private mutating func number() throws(ExpressionError) -> ExpressionToken {
        let start = index
        let integerDigits = digits()
        var fractionDigits = 0
        if index < scalars.count, scalars[index] == "." {
            index += 1
            fractionDigits = digits()
        }
        guard integerDigits + fractionDigits > 0 else {
            throw ExpressionError("expected a digit before or after '.'", at: start)
        }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            var end = index + 1
            if end < scalars.count, scalars[end] == "+" || scalars[end] == "-" { end += 1 }
            if end < scalars.count, Self.isDigit(scalars[end]) {
                index = end
                _ = digits()
            }
        }
        let literal = text(from: start)
        guard let value = Double(literal), value.isFinite else {
            throw ExpressionError("the number \(literal) is too large; numbers must be finite doubles", at: start)
        }
        return ExpressionToken(kind: .number(value), offset: start, text: literal)
    }

    private mutating func digits() -> Int {
        let start = index
        while index < scalars.count, Self.isDigit(scalars[index]) { index += 1 }
        return index - start
    }

    private func text(from start: Int) -> String {
        var string = String.UnicodeScalarView()
        string.append(contentsOf: scalars[start..<index])
        return String(string)
    }

    private static func isDigit(_ s: Unicode.Scalar) -> Bool { ("0"..."9").contains(s) }
    private static func startsName(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || s == "_"
    }
    private static func continuesName(_ s: Unicode.Scalar) -> Bool { startsName(s) || isDigit(s) }
}
