import Foundation

/// The value of each operation, and its local partial derivatives for the reverse sweep.
///
/// Where a derivative is undefined the rule is the one PyTorch's autograd applies (its
/// `derivatives.yaml`, checked against torch 2.15 in float64), so a gradient here is the gradient
/// a user gets from torch for the same formula. Each such case is commented at its rule.
/// `cbrt`, which torch lacks, follows the rule of `sqrt`.
enum DerivativeRules {
    /// The value of `operation` on operand values `a` and `b` (`b` unused by unary ones).
    @inline(__always)
    static func value(_ operation: TapeOperation, _ a: Double, _ b: Double, constant: Double) -> Double {
        switch operation {
        case .x, .y, .constant: return constant
        case .add: return a + b
        case .subtract: return a - b
        case .multiply: return a * b
        case .divide: return a / b
        case .negate: return -a
        case .power: return Foundation.pow(a, b)
        case .square: return a * a
        case .powerConstant: return Foundation.pow(a, constant)
        case .function(let f): return value(f, a, b)
        }
    }

    @inline(__always)
    static func value(_ f: ExpressionFunction, _ a: Double, _ b: Double) -> Double {
        switch f {
        case .sin: return Foundation.sin(a)
        case .cos: return Foundation.cos(a)
        case .tan: return Foundation.tan(a)
        case .asin: return Foundation.asin(a)
        case .acos: return Foundation.acos(a)
        case .atan: return Foundation.atan(a)
        case .atan2: return Foundation.atan2(a, b)
        case .sinh: return Foundation.sinh(a)
        case .cosh: return Foundation.cosh(a)
        case .tanh: return Foundation.tanh(a)
        case .exp: return Foundation.exp(a)
        case .log: return Foundation.log(a)
        case .log10: return Foundation.log10(a)
        case .log2: return Foundation.log2(a)
        case .sqrt: return a.squareRoot()
        case .cbrt: return Foundation.cbrt(a)
        case .abs: return Swift.abs(a)
        // torch.sign: 0 at ±0, NaN stays NaN.
        case .sign: return a > 0 ? 1 : a < 0 ? -1 : a
        case .floor: return a.rounded(.down)
        case .ceil: return a.rounded(.up)
        // torch.minimum/maximum propagate NaN, which Swift.min/max need not.
        case .min: return a.isNaN || b.isNaN ? .nan : Swift.min(a, b)
        case .max: return a.isNaN || b.isNaN ? .nan : Swift.max(a, b)
        case .hypot: return Foundation.hypot(a, b)
        }
    }

    /// g·∂r/∂a and g·∂r/∂b (0 for a unary operation) for result r = operation(a, b) and upstream
    /// adjoint g. As in torch,
    /// nothing is skipped when g is 0: 0·∞ is NaN there and here.
    @inline(__always)
    static func adjoints(
        _ operation: TapeOperation, _ a: Double, _ b: Double, result r: Double, constant: Double, _ g: Double
    ) -> (Double, Double) {
        switch operation {
        case .x, .y, .constant: return (0, 0)
        case .add: return (g, g)
        case .subtract: return (g, -g)
        case .multiply: return (g * b, g * a)
        case .divide: return (g / b, -g * a / (b * b))
        case .negate: return (-g, 0)
        // pow_backward_self: 0 when the exponent is 0 (so 0^0 has gradient 0, not 0·∞);
        // pow_backward_exponent: 0 where the base is 0 and the exponent ≥ 0 (not 0·log 0).
        case .power:
            let da = b == 0 ? 0 : g * b * Foundation.pow(a, b - 1)
            let db = a == 0 && b >= 0 ? 0 : g * r * Foundation.log(a)
            return (da, db)
        case .square: return (g * 2 * a, 0)
        case .powerConstant: return (constant == 0 ? 0 : g * constant * Foundation.pow(a, constant - 1), 0)
        case .function(let f): return adjoints(f, a, b, result: r, g)
        }
    }

    @inline(__always)
    static func adjoints(_ f: ExpressionFunction, _ a: Double, _ b: Double, result r: Double, _ g: Double)
        -> (Double, Double)
    {
        switch f {
        case .sin: return (g * Foundation.cos(a), 0)
        case .cos: return (-g * Foundation.sin(a), 0)
        case .tan: return (g * (1 + r * r), 0)
        // ±∞ at ±1, as torch's rsqrt(1 − a²) gives.
        case .asin: return (g / (1 - a * a).squareRoot(), 0)
        case .acos: return (-g / (1 - a * a).squareRoot(), 0)
        case .atan: return (g / (1 + a * a), 0)
        // torch's atan2_backward masks the infinite 1/(a² + b²) at the origin to 0: gradient 0 there.
        case .atan2:
            let squared = a * a + b * b
            let reciprocal = squared == 0 ? 0 : 1 / squared
            return (g * b * reciprocal, g * -a * reciprocal)
        case .sinh: return (g * Foundation.cosh(a), 0)
        case .cosh: return (g * Foundation.sinh(a), 0)
        case .tanh: return (g * (1 - r * r), 0)
        case .exp: return (g * r, 0)
        // log at 0: g/0 = ±∞, as torch.
        case .log: return (g / a, 0)
        case .log10: return (g / (a * M_LN10), 0)
        case .log2: return (g / (a * M_LN2), 0)
        // sqrt'(0) = +∞ (torch: grad / (2·result)); then 0·∞ = NaN further down, as in torch.
        case .sqrt: return (g / (2 * r), 0)
        // cbrt'(0) = +∞, the rule of sqrt.
        case .cbrt: return (g / (3 * r * r), 0)
        // abs'(0) = 0: torch multiplies by sign(a), which is 0 at 0.
        case .abs: return (g * value(.sign, a, 0), 0)
        // Piecewise constant: gradient 0 everywhere, jumps included (torch's zeros_like).
        case .sign, .floor, .ceil: return (0, 0)
        // torch.minimum/maximum at a tie give each side half the gradient.
        case .min: return a == b ? (g / 2, g / 2) : a < b ? (g, 0) : (0, g)
        case .max: return a == b ? (g / 2, g / 2) : a > b ? (g, 0) : (0, g)
        // a/r and b/r: 0/0 = NaN at the origin, as torch's hypot gives.
        case .hypot: return (g * a / r, g * b / r)
        }
    }
}
