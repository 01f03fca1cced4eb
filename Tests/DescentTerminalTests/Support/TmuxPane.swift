import DescentTestSupport
import Foundation

/// A command in a tmux pane of its own, on a private server (`tmux -L`), as a user would run it
/// in a terminal: TERM=tmux-256color, a UTF-8 locale, no status line, no escape delay, and
/// NO_COLOR empty (the test runner sets it; an empty value means colour). After
/// the command the pane's shell prints `EXIT=<status>`, `stty -a` and `ended`, so tests can
/// see how it ended and what it left the terminal like. Tests poll what the pane shows; the
/// deadline only detects a hang.
final class TmuxPane {
    struct Timeout: Error, CustomStringConvertible {
        var waitingFor: String
        var screen: String
        var description: String { "timed out waiting for \(waitingFor); the pane shows:\n\(screen)" }
    }

    struct Unreadable: Error, CustomStringConvertible {
        var what: String
        var screen: String
        var description: String { "cannot read \(what); the pane shows:\n\(screen)" }
    }

    /// The line the shell prints last, after the status and the terminal modes: tmux may show
    /// the shell's output before all of it has arrived, and only this line means it all has.
    static let endOfOutput = "ended"

    private let socket = "descent-test-\(getpid())-\(UUID().uuidString.prefix(8))"
    private let configuration = FileManager.default.temporaryDirectory
        .appendingPathComponent("descent-tmux-\(UUID().uuidString).conf")

    /// Starts `descent arguments` in a `width` × `height` pane, with `environment` added,
    /// TERM set to `terminalType`, and the working directory `directory` (else the tests').
    convenience init(
        descent arguments: [String], width: Int, height: Int, environment: [String: String] = [:],
        terminalType: String = "tmux-256color", directory: URL? = nil
    ) throws {
        try self.init(
            command: Self.descentCommand(arguments) + "; echo EXIT=$?; stty -a; echo \(Self.endOfOutput); exec sleep 600",
            width: width, height: height, environment: environment, terminalType: terminalType, directory: directory)
    }

    /// An interactive shell in the pane, with job control, for what only a shell can do to
    /// descent: stop it (Ctrl-Z) and continue it (`fg`). `run(descent:)` starts it there.
    convenience init(shellWidth width: Int, height: Int) throws {
        try self.init(command: "exec bash --norc --noprofile", width: width, height: height)
    }

    /// Types `descent arguments` at the shell's prompt and presses Enter.
    func run(descent arguments: [String]) throws {
        try type(Self.descentCommand(arguments))
        try press("Enter")
    }

    private static func descentCommand(_ arguments: [String]) -> String {
        ([DescentExecutable.url.path] + arguments).map(shellQuoted).joined(separator: " ")
    }

    /// Any shell command in the pane (a replay: `cat` of a recording's output).
    init(
        command: String, width: Int, height: Int, environment: [String: String] = [:], terminalType: String = "tmux-256color",
        directory: URL? = nil
    ) throws {
        try "set -g status off\nset -g default-terminal \(terminalType)\nset -g escape-time 0\n"
            .write(to: configuration, atomically: true, encoding: .utf8)
        let variables = ["LANG": "C.UTF-8", "LC_ALL": "C.UTF-8", "NO_COLOR": ""].merging(environment) { $1 }
        try tmux(["new-session", "-d", "-s", "test", "-x", "\(width)", "-y", "\(height)"]
            + (directory.map { ["-c", $0.path] } ?? [])
            + variables.sorted { $0.key < $1.key }.flatMap { ["-e", "\($0.key)=\($0.value)"] }
            + [command])
    }

    deinit {
        _ = try? tmux(["kill-server"])
        try? FileManager.default.removeItem(at: configuration)
    }

    /// What the pane shows, as text; with `colors`, with its colour and attribute escapes.
    func capture(colors: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "test"] + (colors ? ["-e"] : []))
    }

    /// Polls the pane until `condition` holds for what it shows, and returns that.
    @discardableResult
    func wait(for description: String, timeout: TimeInterval = 30, until condition: (String) -> Bool) throws -> String {
        let end = Date().addingTimeInterval(timeout)
        while true {
            let screen = try capture()
            if condition(screen) { return screen }
            if Date() > end { throw Timeout(waitingFor: description, screen: screen) }
            usleep(20_000)
        }
    }

    @discardableResult
    func wait(forText text: String, timeout: TimeInterval = 30) throws -> String {
        try wait(for: "'\(text)'", timeout: timeout) { $0.contains(text) }
    }

    /// Waits for the command to end and for everything the shell prints after it.
    func waitForEnd() throws -> Screen {
        Screen(try wait(for: "the command to exit") { Screen($0).trimmedLines.contains(Self.endOfOutput) })
    }

    /// Waits for the command to end and returns its exit status (128 + n for signal n), read
    /// from a line that holds `EXIT=<status>` and nothing else: text after it would be what the
    /// command drew on that row after its terminal was restored. (Leading blanks are what a
    /// terminal left without output processing makes of the shell's lines.)
    func waitForExit() throws -> Int {
        let screen = try waitForEnd()
        guard let status = screen.trimmedLines.lazy.compactMap({ $0.wholeMatch(of: /EXIT=(\d+)/).flatMap { Int($0.1) } }).first else {
            throw Unreadable(what: "a line 'EXIT=<status>'", screen: screen.text)
        }
        return status
    }

    /// Presses keys by tmux's names ("q", "Space", "C-c", "Up").
    func press(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "test"] + keys)
    }

    /// Types the bytes of `text` as they are.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", "test", "-l", text])
    }

    /// Clicks the left button at cell (x, y), 0-based, in the X10 protocol that the
    /// tmux-256color terminfo's kmous names: ESC [ M, then button, column and row, each + 32.
    func click(x: Int, y: Int) throws {
        func x10(_ button: Int) -> String {
            "\u{1B}[M" + String(UnicodeScalar(UInt8(32 + button))) + String(UnicodeScalar(UInt8(33 + x)))
                + String(UnicodeScalar(UInt8(33 + y)))
        }
        try type(x10(0) + x10(3))  // press, then release (button 3 means released)
    }

    /// Clicks the left button at cell (x, y), 0-based, as an SGR 1006 report, which a terminal
    /// sends once the program asks for it: ESC [ < 0 ; column ; row, M pressed, m released.
    func sgrClick(x: Int, y: Int) throws {
        try type("\u{1B}[<0;\(x + 1);\(y + 1)M\u{1B}[<0;\(x + 1);\(y + 1)m")
    }

    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "test", "-x", "\(width)", "-y", "\(height)"])
    }

    /// A mode of the pane's terminal by tmux's format name: `alternate_on` (the alternate
    /// screen), `mouse_any_flag` (mouse reporting), `cursor_flag` (cursor visible),
    /// `keypad_cursor_flag` (application cursor keys).
    func mode(_ name: String) throws -> Bool {
        try tmux(["display-message", "-p", "-t", "test", "#{\(name)}"]).hasPrefix("1")
    }

    /// The process ID of the command (the child of the pane's shell).
    func commandProcessID() throws -> Int32 {
        let shell = try tmux(["display-message", "-p", "-t", "test", "#{pane_pid}"])
            .trimmingCharacters(in: .whitespacesAndNewlines)
        let children = try Command.run(["pgrep", "-P", shell])
        guard let pid = children.split(separator: "\n").first.flatMap({ Int32($0) }) else {
            throw Timeout(waitingFor: "a process in the pane", screen: try capture())
        }
        return pid
    }

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try Command.run(["tmux", "-L", socket, "-f", configuration.path] + arguments)
    }

    static func shellQuoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
