/// Parts of a text laid out over as many lines of a given width as they need, a part never
/// split: `lr 1  μ 0.995  constant` then `restart: function` rather than a cut-off
/// `restart: fu`. A part wider than a line gets a line of its own, to be cut where it is drawn.
enum TextFlow {
    static func lines(_ parts: [String], separator: String, width: Int, measure: (String) -> Int) -> [String] {
        var lines: [String] = []
        for part in parts {
            if let last = lines.last, measure(last) + measure(separator) + measure(part) <= width {
                lines[lines.count - 1] = last + separator + part
            } else {
                lines.append(part)
            }
        }
        return lines
    }
}
