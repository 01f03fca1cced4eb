/// The keys of a landscape typed as an expression, `{expr: "...", params: {a: 1}, minima: [[1, 1]]}`.
enum ExpressionKey: String, CaseIterable {
    case expr
    case params
    case minima
}
