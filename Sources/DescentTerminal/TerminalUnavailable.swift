/// Why the interactive view cannot start here. The command line prints the description and
/// exits with the usage status; every case points to `--headless`, which needs no terminal.
public enum TerminalUnavailable: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Stream: String, Hashable, Sendable {
        case input = "standard input"
        case output = "standard output"
    }

    /// Standard input or output is a file or a pipe.
    case notATerminal(Stream)
    case terminalTypeUnset
    /// TERM names a terminal that the terminfo database does not describe.
    case unknownTerminalType(String)
    /// TERM names a terminal that cannot move its cursor (such as `dumb`).
    case notFullScreen(terminalType: String)
    case noTerminfoDatabase
    /// curses refused the terminal although the checks passed.
    case cursesFailed(terminalType: String)

    public var description: String {
        let headless = "use --headless to write CSV"
        switch self {
        case .notATerminal(let stream):
            return "the interactive view needs a terminal (\(stream.rawValue) is not one); \(headless)"
        case .terminalTypeUnset:
            return "the interactive view needs a terminal type, but TERM is not set; "
                + "set it (for example TERM=xterm-256color) or \(headless)"
        case .unknownTerminalType(let name):
            return "the terminal type '\(name)' (TERM) is unknown to this system's terminfo; "
                + "set TERM to a known type (for example xterm-256color) or \(headless)"
        case .notFullScreen(let name):
            return "the terminal type '\(name)' (TERM) cannot move the cursor, which the interactive view needs; "
                + headless
        case .noTerminfoDatabase:
            return "no terminfo database was found to drive the terminal; "
                + "install one (Debian: ncurses-base) or \(headless)"
        case .cursesFailed(let name):
            return "curses could not start on this terminal (TERM=\(name)); \(headless)"
        }
    }
}
