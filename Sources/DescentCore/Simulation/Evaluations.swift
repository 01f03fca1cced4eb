/// The landscape behind a counter of function and gradient evaluations: a line search is
/// not free, and comparisons between methods must count what each one spends.
struct Evaluations<L: Landscape> {
    let landscape: L
    private(set) var count = 0

    init(_ landscape: L) {
        self.landscape = landscape
    }

    /// Counts `count` evaluations made without calling the landscape: those of the steps passed
    /// over at a fixed point, which would have made exactly these.
    mutating func record(_ count: Int) {
        self.count &+= count
    }

    @inline(__always)
    mutating func value(at p: Vector2) -> Double {
        count &+= 1
        return landscape.value(at: p)
    }

    @inline(__always)
    mutating func gradient(at p: Vector2) -> Vector2 {
        count &+= 1
        return landscape.gradient(at: p)
    }

    /// Counts `n` gradients evaluated elsewhere (in a map's SIMD lanes).
    mutating func countGradients(_ n: Int) {
        count &+= n
    }
}
