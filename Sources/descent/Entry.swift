import ArgumentParser
import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The process: readies the standard streams and signals, runs the command line, and ends
/// with the exit code of contract 1.
///
/// ArgumentParser's own `main` would print help with `print`, whose failure is silent; here
/// help is an output like a listing or a CSV (74 on a full device, 0 to a reader that left),
/// and its error messages go through `StandardError`, which never crashes.
@main
enum Entry {
    /// Parses on the main thread, synchronously, and enters Swift concurrency only for a command
    /// that is async (`map`, `run`); the main run loop then serves the main actor. An async
    /// `main` would first hand the process to a dispatch worker and end the main thread
    /// (`dispatchMain`): a thread start that `list`, `render`, help and every usage error paid
    /// for nothing and, in the static release build, an unwind of the main thread that sorts
    /// the whole binary's unwind tables first (20 ms).
    static func main() {
        StandardDescriptors.reserveClosed()
        // Swift's runtime takes SIGQUIT for a crash: it prints a backtrace and lets the process
        // carry on. For a command-line program it is a request to quit, and ends it; unless it
        // is ignored, as a shell ignores it for a background job.
        let previous = signal(SIGQUIT, SIG_DFL)
        if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { signal(SIGQUIT, SIG_IGN) }
        // Signals that the parent left blocked (a thread pool's worker that started descent)
        // reach the main thread all the same, so a stop request ends descent and removes its
        // temporary files: the main thread takes every signal, as it did parked in `dispatchMain`.
        var none = sigset_t()
        sigemptyset(&none)
        pthread_sigmask(SIG_SETMASK, &none, nil)
        do {
            var command = try Descent.parseAsRoot()
            guard let asyncCommand = command as? AsyncParsableCommand else { return try command.run() }
            // Detached: the command is not the main actor's; `run` asks for it itself.
            Task.detached {
                var command = asyncCommand
                do {
                    try await command.run()
                    exit(ExitCode.success.rawValue)
                } catch {
                    exit(report(error).rawValue)
                }
            }
            RunLoop.main.run()
        } catch {
            exit(report(error).rawValue)
        }
    }

    /// Prints what `error` has to say (help on standard output, a problem on standard error)
    /// and returns the exit code it calls for.
    private static func report(_ error: any Error) -> ExitCode {
        let message = Descent.fullMessage(for: error), status = Descent.exitCode(for: error)
        guard !message.isEmpty else { return status }
        guard status == .success else {
            StandardError.print(message)
            return status
        }
        do {
            try CommandOutput.print(message + "\n")
            return status
        } catch {
            return Descent.exitCode(for: error)
        }
    }
}
