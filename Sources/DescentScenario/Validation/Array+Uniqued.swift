extension Array where Element: Hashable {
    /// The elements in order, each only at its first occurrence.
    func uniqued() -> [Element] {
        var seen = Set<Element>()
        return filter { seen.insert($0).inserted }
    }
}
