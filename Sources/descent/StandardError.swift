import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Messages for the user, one line each, on standard error.
///
/// A message that cannot be written (standard error closed, or a full device) is lost, never
/// fatal: the exit code says what happened, and must not change because nobody could be told.
enum StandardError {
    static func print(_ line: String) {
        var bytes = Array((line + "\n").utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDERR_FILENO, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            bytes = bytes.dropFirst(written)
        }
    }

    /// Prints `descent: message` and exits with `status`.
    static func fail(_ message: String, _ status: ExitCode) throws -> Never {
        print("descent: \(message)")
        throw status
    }
}
