import Testing

@testable import DescentExport

@Suite struct CSVFieldTests {
    @Test(arguments: [
        ("nag", "nag"), ("", ""), ("lr 1e-3", "lr 1e-3"), ("über", "über"), ("'single'", "'single'"),
        ("a,b", "\"a,b\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("\"", "\"\"\"\""),
        ("line\nbreak", "\"line\nbreak\""), ("cr\rhere", "\"cr\rhere\""),
    ])
    func quotesOnlyWhenNeeded(text: String, expected: String) {
        #expect(String(decoding: CSVField.encoded(text), as: UTF8.self) == expected)
    }
}
