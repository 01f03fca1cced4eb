import DescentExport

/// What a command writes whole: a listing, a frame, a help screen, a figure.
enum CommandOutput {
    /// Writes `text` as the CSV would be written: a failure ends the command with its exit code
    /// and message (73 for a file that cannot be created, 74 on a full device), a reader that
    /// has gone ends it quietly with 0.
    static func print(_ text: String, to target: OutputTarget = .standardOutput) throws {
        do throws(OutputError) {
            try target.write(text)
        } catch {
            try error.endCommand()
        }
    }
}
