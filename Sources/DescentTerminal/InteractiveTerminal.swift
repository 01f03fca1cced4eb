import CursesShim
import DescentTUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The only way into the terminal: check that it can be driven, then run a program on it.
public enum InteractiveTerminal {
    /// Checks, before anything is drawn, that standard input and output are a terminal that
    /// terminfo describes and that can move its cursor. Call it early: it is cheap and leaves
    /// the terminal untouched.
    public static func check() throws(TerminalUnavailable) {
        guard isatty(STDOUT_FILENO) == 1 else { throw .notATerminal(.output) }
        guard isatty(STDIN_FILENO) == 1 else { throw .notATerminal(.input) }
        guard let name = terminalType else { throw .terminalTypeUnset }
        switch cshim_terminfo_status_for_environment() {
        case CSHIM_TERMINFO_FOUND: return
        case CSHIM_TERMINFO_NOT_FULL_SCREEN: throw .notFullScreen(terminalType: name)
        case CSHIM_TERMINFO_NO_DATABASE: throw .noTerminfoDatabase
        default: throw .unknownTerminalType(name)
        }
    }

    /// Runs `program` full screen until it quits. The terminal is restored on return, and by
    /// signal handlers if a crash or a termination signal ends the process first. `recorder`,
    /// if any, is sent what the terminal is sent, from the first frame to the last.
    public static func run<Program: TerminalProgram>(_ program: Program, recorder: TerminalRecorder? = nil)
        throws(TerminalUnavailable)
    {
        let session = try CursesSession(terminalType: terminalType ?? "", recorder: recorder)
        defer { session.close() }
        var loop = EventLoop(program: program, backend: session)
        loop.run()
    }

    private static var terminalType: String? {
        guard let value = getenv("TERM"), value.pointee != 0 else { return nil }
        return String(cString: value)
    }
}
