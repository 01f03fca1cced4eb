import DescentExport
import DescentTerminal

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension AsciicastRecording: TerminalRecorder {}

/// `--record PATH`: the interactive session as an asciicast file, created before the terminal
/// is touched (exit 73 when it cannot be) and closed when the session ends. A session ended by
/// a signal leaves the file as written so far: every event is on disk as it happens.
enum SessionRecording {
    static func create(path: String) throws -> AsciicastRecording {
        do throws(OutputError) {
            return try AsciicastRecording(path: path, environment: environment)
        } catch {
            try error.endCommand()
        }
    }

    static func finish(_ recording: AsciicastRecording) throws {
        do throws(OutputError) {
            try recording.finish()
        } catch {
            try error.endCommand()
        }
    }

    /// What asciinema puts in a header: the terminal's type, and the shell when there is one.
    private static var environment: [(name: String, value: String)] {
        ["TERM", "SHELL"].compactMap { name in getenv(name).map { (name, String(cString: $0)) } }
    }
}
