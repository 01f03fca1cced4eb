import Testing
@testable import DescentTUI
@testable import DescentTerminal

/// SGR 1006 reports after their `ESC [ <`: any column, 1-based on the wire, 0-based in events.
@Suite("SGR mouse reports")
struct SGRMouseReportTests {
    @Test(arguments: [
        ("0;250;10M", MouseEvent(.press, x: 249, y: 9)), ("0;250;10m", MouseEvent(.release, x: 249, y: 9)),
        ("64;1;1M", MouseEvent(.wheelUp, x: 0, y: 0)), ("65;300;60M", MouseEvent(.wheelDown, x: 299, y: 59)),
        ("16;5;6M", MouseEvent(.press, x: 4, y: 5)),
    ])
    func decodes(_ text: String, _ event: MouseEvent) {
        #expect(SGRMouseReport.event(text) == event)
    }

    /// Motion, other buttons, and reports cut short or garbled carry nothing.
    @Test(arguments: ["32;5;5M", "35;5;5M", "2;5;5M", "1;5;5M", "0;250;10", "0;250M", "0;0;1M", "x;1;1M", "", "0;1;1;1M"])
    func ignores(_ text: String) {
        #expect(SGRMouseReport.event(text) == nil)
    }
}
