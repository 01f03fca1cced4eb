/// One problem found while validating, before it is tied to a file name.
struct Problem: Hashable {
    let position: SourcePosition?
    let message: String
}

extension [Problem] {
    /// Sorted by position (whole-file problems first), each distinct problem once: a bad
    /// value in `defaults` is checked for every run it applies to but reported once.
    func diagnostics(file: String) -> [Diagnostic] {
        uniqued()
            .enumerated()
            .sorted { a, b in
                let (pa, pb) = (a.element.position, b.element.position)
                if pa != pb {
                    guard let pa else { return true }
                    guard let pb else { return false }
                    return pa < pb
                }
                return a.offset < b.offset
            }
            .map { Diagnostic(file: file, position: $0.element.position, message: $0.element.message) }
    }
}
