import Testing

/// `--record` belongs to the interactive view.
@Suite("Record option")
struct RecordOptionTests {
    @Test func recordDoesNotGoWithHeadless() throws {
        let r = try DescentProcess.run(["--headless", "--record", "/tmp/descent-never.cast"])
        #expect(r.status == 64)
        #expect(r.stderr.contains("--record records the interactive view"))
    }
}
