import Foundation

/// A direct-colour terminfo entry (as `*-direct` entries are: 2^24 colours, taken as 0xRRGGBB)
/// for a tmux pane, compiled into a folder of its own, since the machine may have none
/// (they come with Debian's ncurses-term).
struct DirectColorTerminfo {
    static let name = "descent-test-direct"

    private static let source = """
        \(name)|tmux-256color with direct colour,
        \tcolors#0x1000000, pairs#0x10000, RGB,
        \tsetaf=\\E[%?%p1%{8}%<%t3%p1%d%e38;2;%p1%{65536}%/%d;%p1%{256}%/%{255}%&%d;%p1%{255}%&%d%;m,
        \tsetab=\\E[%?%p1%{8}%<%t4%p1%d%e48;2;%p1%{65536}%/%d;%p1%{256}%/%{255}%&%d;%p1%{255}%&%d%;m,
        \tuse=tmux-256color,

        """

    /// The folder to name in TERMINFO.
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("descent-terminfo-\(UUID().uuidString)")

    init() throws {
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let file = directory.appendingPathComponent("\(Self.name).src")
        try Self.source.write(to: file, atomically: true, encoding: .utf8)
        try Command.run(["tic", "-x", "-o", directory.path, file.path])
    }

    func remove() {
        try? FileManager.default.removeItem(at: directory)
    }
}
