#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An asciicast v2 file written while a terminal session goes on: each event is written with
/// its own `write(2)` as it happens, nothing is held back in memory, so a crash or a kill loses
/// at most the event being written, and the file plays up to there.
///
/// Unlike the CSV it is no all-or-nothing file: a recording cut short is still a recording.
public final class AsciicastRecording {
    private var file: FileDescriptor?
    private let path: String
    private let clock = ContinuousClock()
    private var start: ContinuousClock.Instant?
    /// The end of the last output that stopped inside a UTF-8 sequence: an `o` event's data is
    /// text, so the sequence waits for its rest.
    private var pendingBytes: [UInt8] = []
    /// The first write that failed; later events are dropped, and `finish` reports it.
    private var failure: OutputError?
    /// For the header: the terminal's type (TERM) and the user's shell, as asciinema records them.
    private let environment: [(name: String, value: String)]

    /// Creates (or empties) the file at `path`. Throws `.cannotCreate` when that is not possible,
    /// before anything is recorded, so the command can fail before it touches the terminal.
    public init(path: String, environment: [(name: String, value: String)]) throws(OutputError) {
        self.path = path
        self.environment = environment
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .cannotCreate(path: path, errno: errno) }
        file = FileDescriptor(fd, name: path)
    }

    deinit {
        try? file?.close()
    }

    /// The header; the clock of the events starts now.
    public func begin(width: Int, height: Int) {
        start = clock.now
        append(AsciicastLine.header(width: width, height: height, timestamp: time(nil), environment: environment))
    }

    /// Bytes the terminal was sent. They may end inside a UTF-8 sequence; its start waits for the rest.
    public func output(_ bytes: [UInt8]) {
        let all = pendingBytes + bytes
        let complete = CompleteUTF8.prefixLength(of: all)
        pendingBytes = Array(all[complete...])
        guard complete > 0 else { return }
        append(AsciicastLine.output(atMicroseconds: elapsed, String(decoding: all[..<complete], as: UTF8.self)))
    }

    /// The terminal is now `width` x `height`.
    public func resized(width: Int, height: Int) {
        append(AsciicastLine.resize(atMicroseconds: elapsed, width: width, height: height))
    }

    /// Writes what is pending and closes the file; throws the first write that failed.
    public func finish() throws(OutputError) {
        if !pendingBytes.isEmpty {
            append(AsciicastLine.output(atMicroseconds: elapsed, String(decoding: pendingBytes, as: UTF8.self)))
            pendingBytes = []
        }
        guard let file else { return }
        self.file = nil
        if let failure { try? file.close(); throw failure }
        try file.close()
    }

    /// Nothing was recorded (the session could not start): closes and removes the file.
    public func discard() {
        guard let file else { return }
        self.file = nil
        try? file.close()
        unlink(path)
    }

    private var elapsed: Int {
        guard let start else { return 0 }
        let (seconds, attoseconds) = (clock.now - start).components
        return Int(seconds) * 1_000_000 + Int(attoseconds / 1_000_000_000_000)
    }

    private func append(_ line: String) {
        guard failure == nil, let file else { return }
        failure = Array(line.utf8).withUnsafeBytes { buffer -> OutputError? in
            do throws(OutputError) {
                try file.writeAll(buffer)
                return nil
            } catch {
                return error
            }
        }
    }
}
