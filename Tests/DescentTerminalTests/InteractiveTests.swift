import CursesShim
import SignalChain
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `descent` in a real terminal (tmux): what a user sees and what it leaves behind.
/// Serialized: each test animates a full-screen frame, and the machine has few cores.
@Suite("Interactive view under tmux", .serialized)
struct InteractiveTests {
    /// The default scenario in a 120 × 40 terminal, its first frame on screen.
    private func start(environment: [String: String] = [:]) throws -> TmuxPane {
        let pane = try TmuxPane(descent: ["rosenbrock"], width: 120, height: 40, environment: environment)
        try pane.wait(forText: "Rosenbrock valley")
        return pane
    }

    private func pause(_ pane: TmuxPane) throws -> Screen {
        try pane.press("Space")
        return Screen(try pane.wait(forText: "⏸ paused"))
    }

    @Test func firstFrameShowsTheMapPanelAndStatusLine() throws {
        let pane = try start()
        let screen = Screen(try pane.wait(forText: "? help"))
        #expect(try pane.mode("alternate_on") && pane.mode("mouse_any_flag") && pane.mode("keypad_cursor_flag"))
        #expect(try !pane.mode("cursor_flag"), "the cursor hidden")
        #expect(screen.lines[39].hasPrefix(" Rosenbrock valley  step "), "status line: \(screen.lines[39])")
        #expect(screen.text.contains("▀"), "the heatmap's half blocks")
        #expect(screen.text.contains("▶1 sgd"), "the side panel with the selected run")
    }

    @Test func colorsFollowTheTerminalAndNoColor() throws {
        let colored = try start()
        let escapes = try colored.capture(colors: true)
        #expect(escapes.contains("\u{1B}[38;5;") && escapes.contains("\u{1B}[48;5;"), "256-colour foregrounds and backgrounds")
        let plain = try start(environment: ["NO_COLOR": "1"])
        let monochrome = try plain.capture(colors: true)
        #expect(!monochrome.contains("38;5;") && !monochrome.contains("48;5;"), "no colour under NO_COLOR")
        #expect(monochrome.contains("\u{1B}[7m"), "the status line in reverse video")
    }

    @Test func directColorTerminfoGetsTruecolor() throws {
        let terminfo = try DirectColorTerminfo()
        defer { terminfo.remove() }
        let pane = try TmuxPane(
            descent: ["rosenbrock"], width: 120, height: 40, environment: ["TERMINFO": terminfo.directory.path],
            terminalType: DirectColorTerminfo.name)
        try pane.wait(forText: "Rosenbrock valley")
        let escapes = try pane.capture(colors: true)
        #expect(escapes.contains("\u{1B}[38;2;") && escapes.contains("\u{1B}[48;2;"), "24-bit colours")
        #expect(!escapes.contains("38;5;"), "no palette colours")
    }

    /// tmux-256color knows 256 colours only; COLORTERM says the terminal takes more, and the
    /// frame arrives in 24-bit escapes all the same (written by descent, not curses), and stays
    /// whole as it changes.
    @Test func colorTermTruecolorGetsTruecolor() throws {
        let pane = try start(environment: ["COLORTERM": "truecolor"])
        let escapes = try pane.capture(colors: true)
        #expect(escapes.contains("\u{1B}[38;2;") && escapes.contains("\u{1B}[48;2;"), "24-bit colours")
        #expect(!escapes.contains("38;5;"), "no palette colours")
        let screen = Screen(try pane.wait(forText: "? help"))
        #expect(screen.text.contains("▶1 sgd") && screen.text.contains("▀"))
        let paused = try pause(pane)
        #expect(paused.lines[39].hasPrefix(" Rosenbrock valley  step "), "status line: \(paused.lines[39])")
    }

    @Test func aNonUTF8LocaleGetsASCII() throws {
        let pane = try start(environment: ["LANG": "C", "LC_ALL": "C"])
        let screen = try pane.wait(forText: "? help")
        let ascii = screen.unicodeScalars.allSatisfy { $0.isASCII }
        #expect(ascii, "\(screen)")
        #expect(Screen(screen).step != nil)
    }

    @Test func playsThenPauses() throws {
        let pane = try start()
        // It starts playing: the step advances.
        let first = try #require(Screen(try pane.wait(forText: "▶ playing")).step)
        try pane.wait(for: "the step to pass \(first)") { (Screen($0).step ?? 0) > first }
        let paused = try #require(try pause(pane).step)
        // A second of frames (200 steps at the default speed) would move a playing view.
        let end = Date().addingTimeInterval(1)
        while Date() < end {
            #expect(Screen(try pane.capture()).step == paused)
            usleep(50_000)
        }
        try pane.press("Space")
        try pane.wait(for: "the step to pass \(paused) again") { (Screen($0).step ?? 0) > paused }
    }

    @Test func shiftEMultipliesTheSelectedRunsLearningRate() throws {
        let pane = try start()
        let before = try pause(pane)
        #expect(runsAt("lr 0.001 ", before) == 3, "three runs at lr 0.001")
        try pane.press("E")
        let after = Screen(try pane.wait(forText: "lr 0.0015 "))
        let selectedRun = try #require(after.lines.firstIndex { $0.contains("▶1 sgd") })
        #expect(after.lines[selectedRun + 1].contains("lr 0.0015 "), "\(after.text)")
        #expect(runsAt("lr 0.001 ", after) == 2, "the other runs keep theirs")
    }

    /// How many rows beside the map (not the status line, which may be confirming an edit) show `setting`.
    private func runsAt(_ setting: String, _ screen: Screen) -> Int {
        screen.lines.filter { $0.contains("│") && $0.contains(setting) }.count
    }

    @Test func clickOnTheMapMovesTheSelectedRunsStart() throws {
        let pane = try start()
        _ = try pause(pane)
        // The start marker, or where the run has not left it yet, its current point drawn over
        // it: the selected run's number.
        let markers: Set<Character> = ["○", "1"]
        let (x, y) = (60, 30)
        #expect(!markers.contains(try #require(Screen(try pane.capture()).character(x: x, y: y))))
        try pane.click(x: x, y: y)
        try pane.wait(for: "the start marker at (\(x), \(y))") { Screen($0).character(x: x, y: y).map(markers.contains) == true }
        // And the status line says what the click did.
        try pane.wait(forText: "sgd: start (-1.5, 2) → (")
    }

    /// Esc, pressed by reflex, does not quit: it says how to. F1 opens the help and F10 quits (htop).
    @Test func escapeHintsF1HelpsF10Quits() throws {
        let pane = try start()
        _ = try pause(pane)
        try pane.press("Escape")
        try pane.press("Escape")
        try pane.wait(forText: "q quits")
        #expect(try pane.mode("alternate_on"), "still running")
        try pane.press("F1")
        try pane.wait(forText: "any key closes")
        try pane.press("Escape")
        try pane.wait(for: "the help to close") { !$0.contains("any key closes") }
        try pane.press("F10")
        #expect(try pane.waitForExit() == 0)
        try expectRestored(pane)
    }

    @Test func undoAndRedoAnEdit() throws {
        let pane = try start()
        _ = try pause(pane)
        try pane.press("E")
        try pane.wait(forText: "sgd: lr 0.001 → 0.0015")
        try pane.press("u")
        try pane.wait(forText: "undo: sgd: lr 0.0015 → 0.001")
        #expect(runsAt("lr 0.001 ", Screen(try pane.capture())) == 3, "three runs at lr 0.001 again")
        try pane.press("C-r")
        try pane.wait(forText: "redo: sgd: lr 0.001 → 0.0015")
        try pane.wait(forText: "lr 0.0015 ")
    }

    /// Ctrl-Z in a shell with job control: the shell gets the terminal as it was (main screen,
    /// no mouse, cursor shown, canonical mode with echo), and `fg` brings the whole frame back.
    @Test func ctrlZSuspendsToTheShellAndFgRedraws() throws {
        let pane = try TmuxPane(shellWidth: 120, height: 40)
        try pane.wait(for: "the shell's prompt") { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
        try pane.run(descent: ["rosenbrock"])
        _ = try pause(pane)
        try pane.press("C-z")
        try pane.wait(forText: "Stopped")
        for mode in ["alternate_on", "mouse_any_flag", "keypad_cursor_flag"] {
            #expect(try !pane.mode(mode), "\(mode)")
        }
        #expect(try pane.mode("cursor_flag"))
        try pane.type("stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e echo -e isig | tr '\\n' ' '; echo modes")
        try pane.press("Enter")
        // The line the command printed (not the one it was typed on): the modes stty showed, in its order.
        let printed = try pane.wait(for: "the modes") { Screen($0).trimmedLines.contains { $0.hasSuffix("modes") && !$0.contains("stty") } }
        #expect(Screen(printed).trimmedLines.contains("isig icanon echo modes"), "\(printed)")
        try pane.type("fg")
        try pane.press("Enter")
        // Paused, nothing changes: only a full repaint brings back the parts the shell covered.
        let frame = Screen(try pane.wait(for: "the whole frame") { Screen($0).showsFrame(width: 120, height: 40) && $0.contains("Rosenbrock valley\n") })
        #expect(try pane.mode("alternate_on") && pane.mode("mouse_any_flag"))
        #expect(!frame.text.contains("Stopped") && !frame.text.contains("modes"))
        #expect(frame.lines.prefix(39).allSatisfy { $0.contains("│") }, "every row of the frame drawn:\n\(frame.text)")
        try pane.press("q")
        try pane.wait(for: "the shell back") { _ in (try? pane.mode("alternate_on")) == false }
    }

    /// On a terminal 300 columns wide a click at column 240 is beyond what X10 reports carry;
    /// descent asks for SGR 1006 reports and decodes them.
    @Test func aClickBeyondColumn223MovesTheStart() throws {
        let pane = try TmuxPane(descent: ["rosenbrock"], width: 300, height: 60)
        try pane.wait(forText: "Rosenbrock valley")
        _ = try pause(pane)
        let (x, y) = (240, 30)
        #expect(try pane.mode("mouse_sgr_flag"), "SGR reports asked for")
        try pane.sgrClick(x: x, y: y)
        // The status line says where the start went; there Rosenbrock's walls are so steep
        // that the run diverges at once and its label covers the start's mark.
        let said = try pane.wait(forText: "sgd: start (-1.5, 2) → (")
        let moved = try #require(said.split(separator: "\n").last?.split(separator: "→ (").last?.split(separator: ",").first)
        #expect(try #require(Double(moved)) > 3, "column \(x) lies right of x = 3 at 300 columns")
    }

    @Test func resizeLaysTheFrameOutAgain() throws {
        let pane = try start()
        try expectFrame(in: pane, width: 120, height: 40) {}
        try expectFrame(in: pane, width: 90, height: 30) { try pane.resize(width: 90, height: 30) }
    }

    /// LINES and COLUMNS left over from another terminal (a shell exports them, and they go
    /// stale when its window changes) do not size the frame: the terminal itself does.
    @Test func sizeVariablesDoNotOverrideTheTerminalsSize() throws {
        let pane = try TmuxPane(
            descent: ["rosenbrock"], width: 100, height: 30, environment: ["COLUMNS": "200", "LINES": "60"])
        try expectFrame(in: pane, width: 100, height: 30) {}
        try expectFrame(in: pane, width: 120, height: 40) { try pane.resize(width: 120, height: 40) }
    }

    /// After `change`, a frame fills `width` × `height`.
    private func expectFrame(in pane: TmuxPane, width: Int, height: Int, after change: () throws -> Void) throws {
        try change()
        try pane.wait(for: "a \(width)×\(height) frame") { Screen($0).showsFrame(width: width, height: height) }
    }

    @Test func aTinyTerminalShowsTheSizeNotice() throws {
        let pane = try TmuxPane(descent: ["rosenbrock"], width: 50, height: 12)
        try pane.wait(forText: "descent needs at least 60×16")
        try pane.wait(forText: "this terminal is 50×12")
        try pane.resize(width: 100, height: 30)
        try pane.wait(forText: "Rosenbrock valley")
    }

    /// 100 million steps take many seconds to simulate: the first frame does not wait for them.
    private func startLong() throws -> TmuxPane {
        let pane = try TmuxPane(descent: ["rosenbrock", "--steps", "100000000"], width: 120, height: 40)
        let screen = Screen(try pane.wait(forText: "simulating"))
        #expect(screen.lines[39].contains("step "), "status line: \(screen.lines[39])")
        #expect(screen.lines[39].contains("%"), "status line: \(screen.lines[39])")
        return pane
    }

    @Test func theFirstFrameOfALongSimulationShowsItsProgress() throws {
        let pane = try startLong()
        let screen = Screen(try pane.wait(forText: "? help"))
        #expect(screen.text.contains("▀"), "the heatmap's half blocks")
        #expect(screen.text.contains("▶1 sgd"), "the side panel with the selected run")
    }

    @Test func qQuitsDuringALongSimulation() throws {
        let pane = try startLong()
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
        try expectRestored(pane)
    }

    @Test func aSingleStepMovesOneStepAtAnyRunLength() throws {
        let pane = try startLong()
        try pane.press("Space")
        let paused = try #require(Screen(try pane.wait(forText: "⏸ paused")).step)
        try pane.press(".")
        try pane.wait(for: "step \(paused + 1)") { Screen($0).step == paused + 1 }
        try pane.press(".", ".", ",")
        try pane.wait(for: "step \(paused + 2)") { Screen($0).step == paused + 2 }
    }

    @Test func qQuitsWithStatusZeroAndTheTerminalRestored() throws {
        let pane = try start()
        try pane.press("q")
        #expect(try pane.waitForExit() == 0)
        try expectRestored(pane)
    }

    /// `:` takes a function: a typo gets a caret under it and the line stays; a good one
    /// replaces the landscape, named in the title and the status line.
    @Test func theColonLineReplacesTheLandscape() throws {
        let pane = try start()
        _ = try pause(pane)
        try pane.type(":sinn(x)")
        try pane.press("Enter")
        let error = Screen(try pane.wait(forText: "did you mean 'sin'?"))
        #expect(error.lines[38].hasPrefix(":sinn(x)"), "the line, a row up: \(error.lines[38])")
        #expect(error.lines[39].hasPrefix(" ^ unknown function 'sinn'"), "the caret under the s: \(error.lines[39])")
        for _ in 0..<7 { try pane.press("BSpace") }
        try pane.type("x^2 + y^2")
        try pane.press("Enter")
        let replaced = Screen(try pane.wait(forText: "landscape rosenbrock → x^2 + y^2"))
        #expect(replaced.lines[39].hasPrefix(" x^2 + y^2"), "the status line's title: \(replaced.lines[39])")
        #expect(replaced.lines[0].contains("│x^2 + y^2"), "the panel's title: \(replaced.lines[0])")
    }

    @Test func ctrlCQuitsAndLeavesTheTerminalSane() throws {
        let pane = try start()
        try pane.press("C-c")
        #expect(try pane.waitForExit() == 0)
        try expectRestored(pane)
    }

    /// Every signal that ends a process by default ends the view by that signal, with the
    /// terminal back: terminations, crashes (kill sends the signals a crash would raise; the
    /// handler treats both alike) and real-time signals, from the table the handlers are
    /// installed from.
    @Test(arguments: (0..<signal_chain_terminating_count()).map(signal_chain_terminating_signal))
    func terminatingSignalRestoresTheTerminal(signal: Int32) throws {
        // Swift's backtracer would wait for a key before exiting.
        let pane = try start(environment: ["SWIFT_BACKTRACE": "interactive=no"])
        kill(try pane.commandProcessID(), signal)
        #expect(try pane.waitForExit() == 128 + Int(signal))
        try expectRestored(pane)
    }

    /// A signal handled on a thread other than the one that draws, as a fault in background
    /// work would be: the terminal is restored all the same, and the drawing thread, which runs
    /// on until the process ends, draws nothing over the restored screen.
    @Test(arguments: [SIGSEGV, SIGFPE, SIGPIPE])
    func aSignalOnABackgroundThreadRestoresTheTerminal(signal: Int32) throws {
        let pane = try start(environment: ["SWIFT_BACKTRACE": "interactive=no"])
        let process = try pane.commandProcessID()
        let thread = try #require(ProcessThreads.background(of: process, accepting: signal), "a thread taking signal \(signal)")
        kill(thread, signal)
        #expect(try pane.waitForExit() == 128 + Int(signal))
        try expectRestored(pane)
        #expect(try !pane.capture().contains("▀"), "the heatmap drawn after the restore")
    }

    /// Out of the alternate screen, mouse reporting and application keys off, the cursor
    /// shown, and the tty back in canonical mode with echo, as the shell's `stty -a` after the
    /// command shows.
    private func expectRestored(_ pane: TmuxPane) throws {
        for mode in ["alternate_on", "mouse_any_flag", "keypad_cursor_flag"] {
            #expect(try !pane.mode(mode), "\(mode)")
        }
        #expect(try pane.mode("cursor_flag"))
        let modes = try pane.waitForEnd().terminalModes
        for mode in ["icanon", "echo", "isig"] {
            #expect(modes.contains(Substring(mode)) && !modes.contains(Substring("-" + mode)), "\(mode) in \(modes)")
        }
    }
}
