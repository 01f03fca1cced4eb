/// The axes of `view: {x: [lo, hi], y: [lo, hi]}`.
enum ViewKey: String, CaseIterable {
    case x
    case y
}
