/// The error of a momentum method along one eigenvector of a quadratic follows
/// e_{k+1} = b·e_k − c·e_{k−1}, whose characteristic polynomial is z² − b·z + c
/// (REFERENCE.md A10). Its largest root modulus is the asymptotic linear rate.
enum ErrorRecurrence {
    static func largestRootModulus(b: Double, c: Double) -> Double {
        let discriminant = b * b - 4 * c
        guard discriminant >= 0 else { return c.squareRoot() }
        let root = discriminant.squareRoot()
        return max(abs(b + root), abs(b - root)) / 2
    }
}
