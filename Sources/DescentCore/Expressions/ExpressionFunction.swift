/// The functions an expression may call, by the name it is typed with.
enum ExpressionFunction: String, CaseIterable, Hashable, Sendable {
    case sin, cos, tan, asin, acos, atan, atan2
    case sinh, cosh, tanh
    case exp, log, log10, log2, sqrt, cbrt
    case abs, sign, floor, ceil
    case min, max, hypot

    /// How many arguments it takes.
    var arity: Int {
        switch self {
        case .atan2, .min, .max, .hypot: return 2
        default: return 1
        }
    }
}
