/// One number column's value in the row before and where its text lies, so that a row whose
/// value has not changed copies those bytes rather than spelling it again: a converged run
/// often repeats its position, loss and gradient for thousands of rows, and a constant lr
/// repeats on every row. The same bits always spell the same text.
///
/// The text is in the block being formatted, so one of these lives only as long as one
/// block's pass over its rows.
struct RepeatedNumber {
    private var bits: UInt64 = 0
    /// Nil until the first row.
    private var text: UnsafePointer<UInt8>?
    private var length = 0

    /// At most `NumberText.maxDoubleLength` bytes.
    @inline(__always)
    mutating func write(_ value: Double, into row: inout ByteCursor) {
        if let text, value.bitPattern == bits {
            // The widest spelling fits the room, and lies within the block behind `text`,
            // which is a row or more before the cursor.
            row.append(length, of: NumberText.maxDoubleLength, copiedFrom: text)
            return
        }
        let start = row.position
        row.append(value)
        bits = value.bitPattern
        text = UnsafePointer(start)
        length = row.position - start
    }
}
