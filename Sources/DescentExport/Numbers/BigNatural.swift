/// A natural number of any size, just enough arithmetic to compute `PowerOfTen`'s table
/// exactly once at start-up. Never used on a hot path.
struct BigNatural {
    /// Little-endian 64-bit words without high zero words; zero is empty.
    private(set) var words: [UInt64]

    init(_ value: UInt64) {
        words = value == 0 ? [] : [value]
    }

    /// The number of bits up to and including the highest set bit.
    var bitWidth: Int {
        guard let top = words.last else { return 0 }
        return words.count * 64 - top.leadingZeroBitCount
    }

    mutating func multiply(by factor: UInt64) {
        var carry: UInt64 = 0
        for i in words.indices {
            let (high, low) = words[i].multipliedFullWidth(by: factor)
            let (sum, overflow) = low.addingReportingOverflow(carry)
            words[i] = sum
            carry = high &+ (overflow ? 1 : 0)
        }
        if carry != 0 { words.append(carry) }
    }

    /// Replaces the number by the floor of its quotient: floor(floor(n / a) / b) == floor(n / (a · b)),
    /// so quotients taken one after another are exact.
    mutating func divide(by divisor: UInt64) {
        var remainder: UInt64 = 0
        for i in words.indices.reversed() {
            (words[i], remainder) = divisor.dividingFullWidth((remainder, words[i]))
        }
        trimHighZeros()
    }

    mutating func shiftLeft(by count: Int) {
        guard !words.isEmpty, count > 0 else { return }
        let wordShift = count / 64, bitShift = count % 64
        if bitShift != 0 {
            var carry: UInt64 = 0
            for i in words.indices {
                let word = words[i]
                words[i] = word << bitShift | carry
                carry = word >> (64 - bitShift)
            }
            if carry != 0 { words.append(carry) }
        }
        words.insert(contentsOf: repeatElement(0, count: wordShift), at: 0)
    }

    /// Floor division by 2^count.
    mutating func shiftRight(by count: Int) {
        guard count > 0 else { return }
        let wordShift = count / 64, bitShift = count % 64
        words.removeFirst(min(wordShift, words.count))
        if bitShift != 0 {
            for i in words.indices {
                let next = i + 1 < words.count ? words[i + 1] : 0
                words[i] = words[i] >> bitShift | next << (64 - bitShift)
            }
        }
        trimHighZeros()
    }

    private mutating func trimHighZeros() {
        while words.last == 0 { words.removeLast() }
    }
}
