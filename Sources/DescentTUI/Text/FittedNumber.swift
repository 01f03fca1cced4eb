import Foundation

/// A number as exactly as `columns` allow: Swift's shortest text that reads back as the same
/// double when it fits, else as many significant digits as fit (at least one). The step
/// inspector shows the numbers of a step, not a summary of them, so it gives up digits only
/// for want of room.
enum FittedNumber {
    static func format(_ value: Double, columns: Int) -> String {
        let exact = value.description
        guard exact.count > columns, value.isFinite, value != 0 else { return exact }
        for digits in stride(from: 16, through: 1, by: -1) {
            let text = rounded(value, digits: digits)
            if text.count <= columns { return text }
        }
        return rounded(value, digits: 1)
    }

    /// `digits` significant digits, in fixed form where that is no longer than the exponent form.
    private static func rounded(_ value: Double, digits: Int) -> String {
        let general = String(format: "%.\(digits)g", value)
        guard let e = general.firstIndex(of: "e") else { return general }
        // %g writes e-05; people (and Swift) write e-5.
        let exponent = Int(general[general.index(after: e)...])!
        return String(general[..<e]) + "e\(exponent)"
    }
}
