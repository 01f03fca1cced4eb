import DescentExport

/// What a command prints on standard output: a listing, a frame, a help screen.
enum CommandOutput {
    /// Writes `text` as the CSV would be written: a failure ends the command with its exit code
    /// and message (74 on a full device), a reader that has gone ends it quietly with 0.
    static func print(_ text: String) throws {
        do throws(OutputError) {
            try OutputTarget.standardOutput.write(text)
        } catch {
            try error.endCommand()
        }
    }
}
