/// User text (scenario names, run labels, file names) as a terminal shows it: cleaned of the
/// characters that would command the terminal, and measured in the columns it takes. Every
/// module that prints user text (the view, the summary, diagnostics) asks this one place, so
/// a frame of W×H is exactly H lines of W columns and no label can clear the reader's screen.
public enum DisplayText {
    /// `text` with every control character spelled as a Swift escape (`\n`, `\t`, `\0`,
    /// `\u{1B}`, `\u{85}`), so that it stays on one line and starts no escape sequence.
    /// Printable text, plain ASCII included, is left exactly as it is.
    public static func clean(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                result.append(contentsOf: escape(scalar).unicodeScalars)
            } else {
                result.append(scalar)
            }
        }
        return String(result)
    }

    private static func escape(_ scalar: Unicode.Scalar) -> String {
        switch scalar {
        case "\0": "\\0"
        case "\t": "\\t"
        case "\n": "\\n"
        case "\r": "\\r"
        default: "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
        }
    }

    /// Characters a terminal acts on instead of showing: C0 (NUL, TAB, LF, CR, ESC …), DEL,
    /// C1 (U+0085 NEL, U+009B CSI …), the line and paragraph separators, and the bidirectional
    /// embeddings, overrides and isolates, which reorder whatever follows them.
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00..<0x20, 0x7F..<0xA0, 0x2028, 0x2029, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }

    /// Columns `text` takes once cleaned.
    public static func columns(_ text: String) -> Int {
        clean(text).unicodeScalars.reduce(0) { $0 + columns(of: $1) }
    }

    /// Columns one scalar takes in a terminal: 0 for combining marks and invisible format
    /// characters (a zero-width joiner, a variation selector), 2 for East Asian wide and
    /// fullwidth characters and emoji shown as emoji, 1 otherwise (a control character counts
    /// 1, though `clean` never leaves one).
    public static func columns(of scalar: Unicode.Scalar) -> Int {
        // What the view draws most (Latin text, box drawing, blocks and shades, braille) is one
        // column, known without a lookup of Unicode's properties: a frame writes thousands.
        if scalar.value < 0x300 || (0x2500...0x25FC).contains(scalar.value) || (0x2800...0x28FF).contains(scalar.value) {
            return 1
        }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: break
        }
        if (0x1160...0x11FF).contains(scalar.value) { return 0 }  // Hangul vowels and finals join the syllable.
        if scalar.properties.isEmojiPresentation { return 2 }
        return wideRanges.contains { $0.contains(scalar.value) } ? 2 : 1
    }

    /// East Asian Wide and Fullwidth blocks (Unicode's EastAsianWidth.txt, W and F), as glibc's
    /// wcwidth and the terminals that follow it count them.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F,  // Hangul initial consonants
        0x2E80...0x303E,  // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
        0x3041...0x33FF,  // Hiragana, Katakana, Bopomofo, Hangul compatibility, Kanbun, CJK strokes, enclosed, compatibility
        0x3400...0x4DBF,  // CJK extension A
        0x4E00...0x9FFF,  // CJK unified ideographs
        0xA000...0xA4CF,  // Yi
        0xA960...0xA97F,  // Hangul Jamo extended A
        0xAC00...0xD7A3,  // Hangul syllables
        0xF900...0xFAFF,  // CJK compatibility ideographs
        0xFE10...0xFE19,  // vertical forms
        0xFE30...0xFE6F,  // CJK compatibility forms, small form variants
        0xFF00...0xFF60,  // fullwidth forms
        0xFFE0...0xFFE6,  // fullwidth signs
        0x16FE0...0x16FE4, 0x17000...0x18CFF,  // Tangut, Khitan
        0x1B000...0x1B2FF,  // Kana supplement and extensions, Nüshu
        0x1F200...0x1F2FF,  // enclosed ideographic supplement
        0x20000...0x2FFFD, 0x30000...0x3FFFD,  // CJK extensions B and beyond
    ]
}
