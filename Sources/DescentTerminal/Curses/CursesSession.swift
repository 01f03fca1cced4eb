import CursesShim
import DescentTUI

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// curses started on the terminal, from `init` until `close`: the event loop's backend. Not
/// thread-safe (nor is ncurses): one session, used from one thread.
final class CursesSession: TerminalBackend {
    let capabilities: TerminalCapabilities
    private var blitter: FrameBlitter
    /// Sent every byte written to the terminal and every resize, when recording.
    private let recorder: TerminalRecorder?

    init(terminalType: String, recorder: TerminalRecorder?) throws(TerminalUnavailable) {
        cshim_adopt_locale_encoding()
        guard cshim_open() else { throw .cursesFailed(terminalType: terminalType) }
        let colorCount = Int(cshim_colors())
        capabilities = TerminalCapabilities(
            colorCount: colorCount,
            colorTerm: getenv("COLORTERM").map { String(cString: $0) },
            noColor: getenv("NO_COLOR").map { $0.pointee != 0 } ?? false,
            codeset: String(cString: cshim_locale_codeset()))
        blitter = FrameBlitter(capabilities: capabilities, colorCount: colorCount, colorPairCount: Int(cshim_color_pairs()))
        // Without a way to keep the output there is no recording; the session goes on without.
        self.recorder = recorder.flatMap { cshim_record_output() ? $0 : nil }
        self.recorder?.begin(width: Int(cshim_columns()), height: Int(cshim_lines()))
    }

    func close() {
        cshim_close()
    }

    var size: (width: Int, height: Int) {
        (Int(cshim_columns()), Int(cshim_lines()))
    }

    func read(waitingAtMost milliseconds: Int?) -> TerminalInput {
        cshim_set_input_timeout(Int32(milliseconds ?? -1))
        var value: UInt32 = 0
        switch cshim_read(&value) {
        case CSHIM_INPUT_CHARACTER:
            return Unicode.Scalar(value).map(TerminalInput.character) ?? .ignored
        case CSHIM_INPUT_KEY:
            return keyInput(Int(value))
        default:
            return cshim_input_closed() ? .closed : .none
        }
    }

    private func keyInput(_ code: Int) -> TerminalInput {
        switch code {
        case CSHIM_KEY_RESIZE:
            recorder?.resized(width: size.width, height: size.height)
            return .resized(width: size.width, height: size.height)
        case CSHIM_KEY_MOUSE:
            var x: Int32 = 0, y: Int32 = 0
            var kind = CSHIM_MOUSE_OTHER
            guard cshim_read_mouse(&x, &y, &kind), let eventKind = MouseEvent.Kind(kind) else { return .ignored }
            return .mouse(MouseEvent(eventKind, x: Int(x), y: Int(y)))
        case CSHIM_KEY_SGR_MOUSE:
            return SGRMouseReport.event(sgrMouseReport()).map(TerminalInput.mouse) ?? .ignored
        default:
            return .functionKey(code)
        }
    }

    /// The rest of an SGR mouse report after its `ESC [ <`: the terminal sent it in one go, so
    /// it is there at once, up to its final letter.
    private func sgrMouseReport() -> String {
        cshim_set_input_timeout(Self.reportWait)
        var text = ""
        var value: UInt32 = 0
        while text.count < SGRMouseReport.longest, cshim_read(&value) == CSHIM_INPUT_CHARACTER,
            let scalar = Unicode.Scalar(value) {
            text.unicodeScalars.append(scalar)
            if scalar == "M" || scalar == "m" { break }
        }
        return text
    }

    /// How long the rest of a report may take to arrive, in milliseconds.
    private static let reportWait: Int32 = 50

    func draw(_ frame: CellGrid) {
        blitter.draw(frame, on: self)
    }

    func repaintAll() {
        blitter.invalidate()
        cshim_repaint_all()
    }

    /// For the blitter: one cell, in a colour pair it got from curses.
    func put(_ cell: Cell, x: Int, y: Int, pair: Int32) {
        cshim_put(Int32(y), Int32(x), cell.glyph.value, pair, cell.style.cursesAttributes)
    }

    /// For the blitter: bytes curses does not know of, straight to the terminal after what
    /// curses has written; curses then takes the cursor to be at the top left.
    func write(_ bytes: [UInt8]) {
        bytes.withUnsafeBufferPointer { cshim_write_direct($0.baseAddress, $0.count) }
        passOutputToRecorder()
    }

    func erase() { cshim_erase() }

    func refresh() {
        cshim_refresh()
        passOutputToRecorder()
    }

    private func passOutputToRecorder() {
        guard let recorder else { return }
        var bytes: UnsafePointer<UInt8>?
        let count = cshim_take_output(&bytes)
        guard let bytes, count > 0 else { return }
        recorder.output(Array(UnsafeBufferPointer(start: bytes, count: count)))
    }

    /// Stops the process as Ctrl-Z does in a shell, the terminal the shell's while stopped;
    /// false when nothing could resume it.
    func suspend() -> Bool { cshim_suspend() }
}

private extension MouseEvent.Kind {
    /// nil for motion and the buttons descent does not use.
    init?(_ kind: cshim_mouse_kind) {
        switch kind {
        case CSHIM_MOUSE_PRESS: self = .press
        case CSHIM_MOUSE_RELEASE: self = .release
        case CSHIM_MOUSE_WHEEL_UP: self = .wheelUp
        case CSHIM_MOUSE_WHEEL_DOWN: self = .wheelDown
        default: return nil
        }
    }
}

private extension CellStyle {
    var cursesAttributes: UInt32 {
        var attributes = 0
        if contains(.bold) { attributes |= CSHIM_BOLD }
        if contains(.dim) { attributes |= CSHIM_DIM }
        if contains(.reverse) { attributes |= CSHIM_REVERSE }
        if contains(.underline) { attributes |= CSHIM_UNDERLINE }
        return UInt32(attributes)
    }
}
