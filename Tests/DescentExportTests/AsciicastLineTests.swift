import Foundation
import Testing

@testable import DescentExport

/// The lines of an asciicast v2 file: JSON that a reader parses back to what was written.
@Suite struct AsciicastLineTests {
    @Test func headerCarriesSizeTimeAndEnvironment() throws {
        let line = AsciicastLine.header(
            width: 200, height: 60, timestamp: 1_700_000_000, environment: [("TERM", "xterm-256color"), ("SHELL", "/bin/sh")])
        #expect(line == "{\"version\": 2, \"width\": 200, \"height\": 60, \"timestamp\": 1700000000, \"env\": {\"TERM\": \"xterm-256color\", \"SHELL\": \"/bin/sh\"}}\n")
        #expect(!AsciicastLine.header(width: 80, height: 24, timestamp: nil, environment: []).contains("timestamp"))
    }

    /// Every control byte as \u00XX, quotes and backslashes escaped, other text as it is; the
    /// parsed string is the text written.
    @Test func outputIsEscapedJSON() throws {
        let text = "\u{1B}[1;2H\"a\\b\"\n\t\u{7F}▀ é"
        let line = AsciicastLine.output(atMicroseconds: 1_234_567, text)
        #expect(line == "[1.234567, \"o\", \"\\u001b[1;2H\\\"a\\\\b\\\"\\u000a\\u0009\\u007f▀ é\"]\n")
        let parsed = try #require(JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any])
        #expect(parsed.count == 3 && parsed[1] as? String == "o" && parsed[2] as? String == text)
        #expect((parsed[0] as? Double) == 1.234567)
    }

    @Test func resizeAndTimes() {
        #expect(AsciicastLine.resize(atMicroseconds: 5, width: 100, height: 30) == "[0.000005, \"r\", \"100x30\"]\n")
        #expect(AsciicastLine.seconds(0) == "0.000000")
        #expect(AsciicastLine.seconds(10_000_000) == "10.000000")
    }

    /// Output split anywhere keeps whole characters together: the prefix ends before a
    /// sequence that is not complete yet.
    @Test func completeUTF8Prefix() {
        let bytes = Array("a▀é😀".utf8)  // 1 + 3 + 2 + 4 bytes
        let expected = [0, 1, 1, 1, 4, 4, 6, 6, 6, 6, 10]
        for cut in 0...bytes.count {
            #expect(CompleteUTF8.prefixLength(of: Array(bytes[..<cut])) == expected[cut], "cut at \(cut)")
        }
    }
}
