import ArgumentParser
import DescentExport
import DescentTUI

/// `descent render --cast PATH [--fps N] [--duration S]`: the whole run as an asciicast v2
/// animation, written without a terminal.
struct CastOptions: ParsableArguments {
    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "Write the run playing from step 0 to the last as an asciicast v2 animation to PATH ('-': standard output).",
            valueName: "path"))
    var cast: OutputTarget?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp("With --cast: frames per second (\(Self.fpsRange.lowerBound) ... \(Self.fpsRange.upperBound)).", valueName: "n"),
        transform: { try WholeNumber.parse($0, in: Self.fpsRange) })
    var fps: Int?

    @Option(
        parsing: .unconditional,
        help: ArgumentHelp(
            "With --cast: seconds from step 0 to the last (more than 0, at most \(Int(Self.longest))).", valueName: "s"),
        transform: { text in
            guard let seconds = Double(text), seconds > 0, seconds <= Self.longest else {
                throw ValidationError("must be a number of seconds more than 0 and at most \(Int(Self.longest)), e.g. 10")
            }
            return seconds
        })
    var duration: Double?

    static let fpsRange = 1...60
    /// Ten minutes at 60 frames a second: 36,000 frames, already more than anyone would watch.
    static let longest = 600.0

    func validate() throws {
        if cast == nil && (fps != nil || duration != nil) { throw ValidationError("--fps and --duration go with --cast") }
    }

    /// Plays `app` over the duration and writes the cast: one `o` event per frame that changes
    /// something, the last at most the duration.
    func write(_ app: DescentApp, width: Int, height: Int, capabilities: TerminalCapabilities) throws {
        guard let cast else { return }
        let fps = fps ?? 10, duration = duration ?? 10
        let frameCount = max(1, Int((duration * Double(fps)).rounded(.down)))
        var app = app
        let frames = app.animation(frames: frameCount, width: width, height: height, capabilities: capabilities)
        let term = capabilities.colors == .truecolor ? "xterm-direct" : "xterm-256color"
        var text = AsciicastLine.header(width: width, height: height, timestamp: nil, environment: [("TERM", term)])
        for (index, frame) in frames.enumerated() {
            guard let frame else { continue }
            text += AsciicastLine.output(atMicroseconds: index * 1_000_000 / fps, frame)
        }
        do throws(OutputError) {
            try cast.write(text)
        } catch {
            try error.endCommand()
        }
    }
}
