import Foundation

/// Parses an expression and compiles it to a tape in one pass, by Dijkstra's shunting-yard:
/// operators wait on an explicit stack, so no input, however deeply nested, recurses.
///
/// Precedence, loosest first: `+ -`, `* /`, unary minus, `^` (right-associative). Unary minus
/// is looser than `^` as in Python: `-x^2` is −(x²), `2^-x` is 2^(−x).
struct ExpressionParser {
    static let maximumLength = 4096
    static let maximumDepth = 256

    private enum Pending {
        case binary(TapeOperation, precedence: Int)
        case negate
        /// A `(`, of a group or of a call, and how many arguments it has seen so far.
        case open(ExpressionFunction?, offset: Int, arguments: Int)

        var precedence: Int {
            switch self {
            case .binary(_, let precedence): return precedence
            case .negate: return Self.negatePrecedence
            case .open: return 0
            }
        }

        static let negatePrecedence = 3
    }

    private let constants: [String: Double]
    private let validNames: [String]
    private var lexer: ExpressionLexer
    private var builder = TapeBuilder()
    private var pending: [Pending] = []
    private var depth = 0

    /// `parameters` are already checked to be distinct names that are not x, y, pi, e.
    static func compile(_ source: String, parameters: [(name: String, value: Double)]) throws(ExpressionError)
        -> ExpressionTape
    {
        let scalars = Array(source.unicodeScalars)
        guard scalars.count <= maximumLength else {
            throw ExpressionError(
                "the expression is \(scalars.count) characters long; at most \(maximumLength) are allowed",
                at: maximumLength)
        }
        var parser = ExpressionParser(scalars: scalars, parameters: parameters)
        return try parser.parse()
    }

    private init(scalars: [Unicode.Scalar], parameters: [(name: String, value: Double)]) {
        lexer = ExpressionLexer(scalars)
        var constants = ["pi": Double.pi, "e": M_E]
        for parameter in parameters { constants[parameter.name] = parameter.value }
        self.constants = constants
        validNames = ["x", "y"] + parameters.map(\.name) + ["pi", "e"]
    }

    private mutating func parse() throws(ExpressionError) -> ExpressionTape {
        var token = try lexer.next()
        if token.kind == .end { throw ExpressionError("empty expression; expected a function of x and y", at: 0) }
        while true {
            token = try operand(token)
            if token.kind == .end { break }
            try binaryOperator(token)
            token = try lexer.next()
        }
        try popOperators()
        if case .open(_, let offset, _)? = pending.last {
            throw ExpressionError("'(' is never closed; expected ')'", at: offset)
        }
        return builder.finish()
    }

    /// Reads one operand, with any unary minus and opening parentheses before it and any
    /// closing parentheses after it; returns the token that follows, which must be a binary
    /// operator, a comma or the end.
    private mutating func operand(_ first: ExpressionToken) throws(ExpressionError) -> ExpressionToken {
        var token = first
        while true {
            switch token.kind {
            case .minus:
                pending.append(.negate)
            case .open:
                try open(nil, at: token.offset)
            case .number(let value):
                builder.pushConstant(value)
                return try afterOperand(token)
            case .name(let name):
                let next = try lexer.next()
                if next.kind == .open, constants[name] == nil, name != "x", name != "y" {
                    guard let function = ExpressionFunction(rawValue: name) else {
                        throw ExpressionError(
                            "unknown function '\(name)'" + Self.functionSuggestion(for: name),
                            at: token.offset)
                    }
                    try open(function, at: next.offset)
                    token = try lexer.next()
                    continue
                }
                try pushName(name, at: token.offset, next: next)
                return try afterOperand(token, next: next)
            default:
                throw expectedOperand(found: token)
            }
            token = try lexer.next()
        }
    }

    private mutating func pushName(_ name: String, at offset: Int, next: ExpressionToken) throws(ExpressionError) {
        switch name {
        case "x": builder.pushVariable(.x)
        case "y": builder.pushVariable(.y)
        default:
            if let value = constants[name] {
                builder.pushConstant(value)
            } else if ExpressionFunction(rawValue: name) != nil {
                throw ExpressionError("expected '(' after the function '\(name)', as in \(name)(x)", at: next.offset)
            } else {
                throw ExpressionError(
                    "unknown name '\(name)'; "
                        + (Spelling.closest(to: name, among: validNames).map { "did you mean '\($0)'? " } ?? "")
                        + "valid: \(validNames.joined(separator: ", "))",
                    at: offset)
            }
        }
    }

    /// Closes parentheses after an operand; rejects an operand right after it (implicit multiplication).
    private mutating func afterOperand(_ operand: ExpressionToken, next given: ExpressionToken? = nil)
        throws(ExpressionError) -> ExpressionToken
    {
        var previous = operand
        var token: ExpressionToken
        if let given { token = given } else { token = try lexer.next() }
        while true {
            switch token.kind {
            case .close:
                try close(at: token.offset)
            case .number, .name, .open:
                let shown = token.kind == .open ? "(" : token.text
                throw ExpressionError(
                    "implicit multiplication is not allowed; did you mean '\(previous.text)*\(shown)'?",
                    at: token.offset)
            default:
                return token
            }
            previous = token
            token = try lexer.next()
        }
    }

    private mutating func binaryOperator(_ token: ExpressionToken) throws(ExpressionError) {
        let operation: TapeOperation, precedence: Int
        switch token.kind {
        case .plus: (operation, precedence) = (.add, 1)
        case .minus: (operation, precedence) = (.subtract, 1)
        case .times: (operation, precedence) = (.multiply, 2)
        case .divide: (operation, precedence) = (.divide, 2)
        case .power: (operation, precedence) = (.power, 4)
        case .comma:
            try comma(at: token.offset)
            return
        default:
            throw ExpressionError("expected an operator (+ - * / ^), ')' or the end, found '\(token.text)'", at: token.offset)
        }
        // Left-associative operators pop their equals; `^`, right-associative, does not.
        try popOperators(above: operation == .power ? precedence : precedence - 1)
        pending.append(.binary(operation, precedence: precedence))
    }

    private mutating func open(_ function: ExpressionFunction?, at offset: Int) throws(ExpressionError) {
        depth += 1
        guard depth <= Self.maximumDepth else {
            throw ExpressionError("parentheses nested deeper than \(Self.maximumDepth) levels", at: offset)
        }
        pending.append(.open(function, offset: offset, arguments: 1))
    }

    private mutating func comma(at offset: Int) throws(ExpressionError) {
        try popOperators()
        guard case .open(let function?, let opening, let arguments)? = pending.last else {
            throw ExpressionError("',' outside a function's arguments; expected an operator, ')' or the end", at: offset)
        }
        guard arguments < function.arity else {
            throw ExpressionError(Self.arityMessage(function, found: arguments + 1), at: offset)
        }
        pending[pending.count - 1] = .open(function, offset: opening, arguments: arguments + 1)
    }

    private mutating func close(at offset: Int) throws(ExpressionError) {
        try popOperators()
        guard case .open(let function, _, let arguments)? = pending.popLast() else {
            throw ExpressionError("unmatched ')'; expected an operator or the end", at: offset)
        }
        depth -= 1
        guard let function else { return }
        guard arguments == function.arity else {
            throw ExpressionError(Self.arityMessage(function, found: arguments), at: offset)
        }
        builder.apply(.function(function))
    }

    /// Applies pending operators that bind tighter than `precedence`, down to the nearest `(`.
    private mutating func popOperators(above precedence: Int = 0) throws(ExpressionError) {
        while let top = pending.last, top.precedence > precedence {
            pending.removeLast()
            switch top {
            case .binary(let operation, _): builder.apply(operation)
            case .negate: builder.apply(.negate)
            case .open: return
            }
        }
    }

    private func expectedOperand(found token: ExpressionToken) -> ExpressionError {
        let found = token.kind == .end ? "the end" : "'\(token.text)'"
        if token.kind == .times, case .binary(.multiply, _)? = pending.last {
            return ExpressionError("'**' is not an operator; for a power write '^'", at: token.offset)
        }
        if token.kind == .close, case .open(let function?, _, _)? = pending.last {
            return ExpressionError(Self.arityMessage(function, found: 0), at: token.offset)
        }
        return ExpressionError("expected a number, a name, '(' or '-', found \(found)", at: token.offset)
    }

    private static func arityMessage(_ function: ExpressionFunction, found: Int) -> String {
        let expected = function.arity == 1 ? "1 argument" : "\(function.arity) arguments"
        return "'\(function.rawValue)' takes \(expected), found \(found)"
    }

    private static func functionSuggestion(for name: String) -> String {
        let functions = ExpressionFunction.allCases.map(\.rawValue)
        if let closest = Spelling.closest(to: name, among: functions) { return "; did you mean '\(closest)'?" }
        return "; valid: " + functions.joined(separator: " ")
    }
}
