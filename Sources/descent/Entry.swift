import ArgumentParser
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
    static func main() async {
        StandardDescriptors.reserveClosed()
        // Swift's runtime takes SIGQUIT for a crash: it prints a backtrace and lets the process
        // carry on. For a command-line program it is a request to quit, and ends it; unless it
        // is ignored, as a shell ignores it for a background job.
        let previous = signal(SIGQUIT, SIG_DFL)
        if unsafeBitCast(previous, to: Int.self) == unsafeBitCast(SIG_IGN, to: Int.self) { signal(SIGQUIT, SIG_IGN) }
        do {
            var command = try await Descent.asyncParseAsRoot()
            if var command = command as? AsyncParsableCommand {
                try await command.run()
            } else {
                try command.run()
            }
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
