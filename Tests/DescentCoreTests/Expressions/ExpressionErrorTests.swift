@testable import DescentCore
import Testing

/// Every way an expression is rejected: the message, and the character it points at.
@Suite("Expressions, errors")
struct ExpressionErrorTests {
    func error(_ source: String, _ parameters: [ExpressionParameter] = []) -> ExpressionError? {
        do {
            _ = try Expression(source, parameters: parameters)
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        ("sinn(x)", 0, "unknown function 'sinn'; did you mean 'sin'?"),
        ("x + zz", 4, "unknown name 'zz'; valid: x, y, pi, e"),
        ("x + xx", 4, "unknown name 'xx'; did you mean 'x'? valid: x, y, pi, e"),
        ("2x", 1, "implicit multiplication is not allowed; did you mean '2*x'?"),
        ("2(x+1)", 1, "implicit multiplication is not allowed; did you mean '2*('?"),
        ("(x+1)(y)", 5, "implicit multiplication is not allowed; did you mean ')*('?"),
        ("x y", 2, "implicit multiplication is not allowed; did you mean 'x*y'?"),
        ("2e", 1, "implicit multiplication is not allowed; did you mean '2*e'?"),
        ("", 0, "empty expression; expected a function of x and y"),
        ("   ", 0, "empty expression; expected a function of x and y"),
        ("x +", 3, "expected a number, a name, '(' or '-', found the end"),
        ("x + * y", 4, "expected a number, a name, '(' or '-', found '*'"),
        ("x**2", 2, "'**' is not an operator; for a power write '^'"),
        ("(x + 1", 0, "'(' is never closed; expected ')'"),
        ("x + 1)", 5, "unmatched ')'; expected an operator or the end"),
        ("x, y", 1, "',' outside a function's arguments; expected an operator, ')' or the end"),
        ("atan2(x)", 7, "'atan2' takes 2 arguments, found 1"),
        ("sin(x, y)", 5, "'sin' takes 1 argument, found 2"),
        ("sin()", 4, "'sin' takes 1 argument, found 0"),
        ("sin + x", 4, "expected '(' after the function 'sin', as in sin(x)"),
        ("x # 2", 2, "unexpected '#'; expected a number, a name, an operator (+ - * / ^), '(', ')' or ','"),
        ("é + x", 0, "unexpected 'é'; expected a number, a name, an operator (+ - * / ^), '(', ')' or ','"),
        ("x + é + q", 4, "unexpected 'é'; expected a number, a name, an operator (+ - * / ^), '(', ')' or ','"),
        ("x + .", 4, "expected a digit before or after '.'"),
        ("1e999 * x", 0, "the number 1e999 is too large; numbers must be finite doubles"),
        ("()", 1, "expected a number, a name, '(' or '-', found ')'"),
    ])
    func syntax(source: String, offset: Int, message: String) {
        #expect(error(source) == ExpressionError(message, at: offset))
    }

    @Test func offsetsCountUnicodeScalarsNotBytes() {
        // "é" is one scalar (two UTF-8 bytes); the 'z' after it is at scalar 6.
        #expect(error("x + \u{E9}z")?.location == .character(4))
        #expect(error("(x*\u{3C0}) + qq")?.location == .character(3))
    }

    @Test func parametersAreNamesAndSuggestedAmongNames() {
        #expect(error("x + bb", [ExpressionParameter("b", 1)]) == ExpressionError(
            "unknown name 'bb'; did you mean 'b'? valid: x, y, b, pi, e", at: 4))
        #expect(error("x", [ExpressionParameter("x", 1)]) == ExpressionError(
            "a parameter cannot be named 'x': x, y, pi and e are taken", parameter: 0))
        for name in ["y", "pi", "e"] {
            #expect(error("x", [ExpressionParameter("a", 1), ExpressionParameter(name, 1)])?.location == .parameter(1))
        }
        #expect(error("x", [ExpressionParameter("a", 1), ExpressionParameter("a", 2)]) == ExpressionError(
            "parameter 'a' is given twice", parameter: 1))
        #expect(error("x", [ExpressionParameter("sin", 1)]) == ExpressionError(
            "a parameter cannot be named 'sin', a function's name", parameter: 0))
        #expect(error("x", [ExpressionParameter("2a", 1)]) == ExpressionError(
            "parameter '2a' is not a name: letters, digits and _, not starting with a digit", parameter: 0))
        #expect(error("x", [ExpressionParameter("a", .infinity)]) == ExpressionError(
            "parameter 'a' must be a finite number", parameter: 0))
    }

    @Test func lengthAndNestingAreBounded() {
        let long = "x" + String(repeating: " + x", count: 1024)
        #expect(error(long) == ExpressionError(
            "the expression is 4097 characters long; at most 4096 are allowed", at: 4096))
        #expect(error(String(long.dropLast(4)) + " *x") == nil)
        let deep = String(repeating: "(", count: 257) + "x" + String(repeating: ")", count: 257)
        #expect(error(deep) == ExpressionError("parentheses nested deeper than 256 levels", at: 256))
        let deepest = String(repeating: "sin(", count: 256) + "x" + String(repeating: ")", count: 256)
        #expect(error(deepest) == nil)
        // Unary minus and `^` chains nest without parentheses, and without recursion.
        #expect(error(String(repeating: "-", count: 4000) + "x") == nil)
        #expect(error("x" + String(repeating: "^x", count: 2000)) == nil)
    }
}
