import ArgumentParser
import Foundation

/// Messages for the user, one line each, on standard error.
enum StandardError {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Prints `descent: message` and exits with `status`.
    static func fail(_ message: String, _ status: ExitCode) throws -> Never {
        print("descent: \(message)")
        throw status
    }
}
