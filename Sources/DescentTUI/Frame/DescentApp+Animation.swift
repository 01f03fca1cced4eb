extension DescentApp {
    /// The view played from step 0 to the last step as `count` + 1 evenly spaced frames (count
    /// ≥ 1), each as the escapes that turn the frame before into it (`FrameText.ansiChanges`),
    /// the first drawn whole: what `descent render --cast` writes, one event per frame. Frame
    /// `i` shows step `steps · i / count`, seeked as `--step` does, so the last is the frame
    /// `descent render --ansi` prints. nil for a frame that changes nothing.
    public mutating func animation(frames count: Int, width: Int, height: Int, capabilities: TerminalCapabilities)
        -> [String?]
    {
        updateFinishingWork(.resize(width: width, height: height))
        var before: CellGrid? = nil
        return (0...count).map { index in
            // Multiplied first: exact for any step count a scenario allows (at most 10^9).
            seek(toStep: timeline.steps * index / count)
            let frame = view(width: width, height: height, capabilities: capabilities)
            defer { before = frame }
            return before == frame ? nil : FrameText.ansiChanges(from: before, to: frame, colors: capabilities.colors)
        }
    }
}
