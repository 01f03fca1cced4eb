import DescentTUI

/// An SGR 1006 mouse report, `ESC [ < b ; x ; y M` (pressed) or `… m` (released), with the
/// column and row 1-based in decimal, so that any column fits (X10's one byte stops at 223).
/// The button number b holds the button in its low two bits, 64 for the wheel, 32 for
/// motion, and 4, 8, 16 for Shift, Meta and Control.
enum SGRMouseReport {
    /// The longest report after `ESC [ <` worth reading: three numbers and the final letter.
    static let longest = 24

    /// The event of a report's text after `ESC [ <` (`0;250;10M`); nil for one that is cut
    /// short or malformed, and for motion and buttons descent does not use.
    static func event(_ text: String) -> MouseEvent? {
        guard let final = text.last, final == "M" || final == "m" else { return nil }
        let numbers = text.dropLast().split(separator: ";", omittingEmptySubsequences: false).map { Int($0) }
        guard numbers.count == 3, let button = numbers[0], let column = numbers[1], let row = numbers[2],
            column >= 1, row >= 1, button & 32 == 0
        else { return nil }
        let kind: MouseEvent.Kind
        switch (button & ~(4 | 8 | 16), final) {
        case (0, "M"): kind = .press
        case (0, "m"): kind = .release
        case (64, "M"): kind = .wheelUp
        case (65, "M"): kind = .wheelDown
        default: return nil
        }
        return MouseEvent(kind, x: column - 1, y: row - 1)
    }
}
