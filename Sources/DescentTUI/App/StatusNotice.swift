/// A line the status bar shows for a moment: what an edit did, or why a key did nothing.
/// It ages only through `.tick`, so tests see it expire without a clock.
struct StatusNotice: Equatable {
    /// Long enough to read a short line, short enough not to linger.
    static let duration = 2.0

    let text: String
    /// Seconds it still shows.
    private(set) var remaining = Self.duration

    init(_ text: String) {
        self.text = text
    }

    /// The notice `seconds` later, or nil once its time is up.
    func aged(by seconds: Double) -> StatusNotice? {
        var older = self
        older.remaining -= max(seconds, 0)
        return older.remaining > 0 ? older : nil
    }
}
