import CursesShim
import DescentTUI

/// Colour pairs from curses' `alloc_pair`, remembered so that a cell costs a lookup, not a call.
struct ColorPairs {
    private struct Numbers: Hashable {
        var foreground: Int32
        var background: Int32
    }

    private var colorNumbers: TerminalColorNumbers
    private let usesColor: Bool
    /// Pairs curses can hand out besides pair 0 (the terminal's defaults).
    private let capacity: Int
    private var pairs: [Numbers: Int32] = [:]

    init(colors: TerminalCapabilities.Colors, pairCount: Int) {
        colorNumbers = TerminalColorNumbers(colors: colors)
        usesColor = colors != .monochrome && pairCount > 1
        capacity = max(0, pairCount - 1)
    }

    mutating func pair(foreground: CellColor, background: CellColor) -> Int32 {
        guard usesColor else { return 0 }
        let numbers = Numbers(
            foreground: colorNumbers.number(for: foreground), background: colorNumbers.number(for: background))
        if numbers.foreground == -1 && numbers.background == -1 { return 0 }
        if let pair = pairs[numbers] { return pair }
        let pair = max(0, cshim_color_pair(numbers.foreground, numbers.background))
        pairs[numbers] = pair
        return pair
    }

    /// Whether a frame of `cellCount` cells could exhaust the pairs. `alloc_pair` then reuses
    /// the least recently used pair, recolouring cells already on screen, so the caller resets
    /// the pairs and repaints every cell instead.
    func mightRunOut(cellCount: Int) -> Bool {
        usesColor && pairs.count + cellCount > capacity
    }

    mutating func reset() {
        cshim_reset_color_pairs()
        pairs.removeAll(keepingCapacity: true)
    }
}
