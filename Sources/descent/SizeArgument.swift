import ArgumentParser

/// `WxH`, e.g. `100x30`: a frame's size, a map's grid.
struct SizeArgument {
    let width: Int
    let height: Int

    /// Reads `WxH` with each side in `sides`, or says what is valid.
    init(parsing text: String, sides: ClosedRange<Int>, example: String) throws {
        let parts = text.lowercased().split(separator: "x", omittingEmptySubsequences: false)
        guard parts.count == 2, let width = Int(parts[0]), let height = Int(parts[1]),
            sides.contains(width), sides.contains(height)
        else {
            throw ValidationError("must be WxH, each from \(sides.lowerBound) to \(sides.upperBound), e.g. \(example)")
        }
        self.width = width
        self.height = height
    }
}
