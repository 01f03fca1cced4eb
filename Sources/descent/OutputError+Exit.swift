import ArgumentParser
import DescentExport

extension OutputError {
    /// Ends the command with the exit code of contract 1, saying what failed: 73 for an output
    /// that cannot be created, 74 for a write that failed. A reader closing the pipe (`| head -1`)
    /// is the reader's choice, not a failure: nothing is said, and the code is 0.
    func endCommand() throws -> Never {
        switch self {
        case .brokenPipe: throw ExitCode.success
        case .cannotCreate: try StandardError.fail(description, ExitStatus.cannotCreateOutput)
        case .writeFailed: try StandardError.fail(description, ExitStatus.ioError)
        }
    }
}
