import Foundation

/// An asciicast v2 file read back strictly: every line must parse as JSON of the right shape,
/// or reading fails saying which line.
public struct AsciicastFile {
    public struct Malformed: Error, CustomStringConvertible {
        public var line: Int
        public var text: Substring
        public var description: String { "line \(line) is not asciicast v2: \(text.prefix(120))" }
    }

    public struct Event {
        public var time: Double
        public var code: String
        public var data: String
    }

    public var header: [String: Any]
    public var events: [Event]

    public init(_ text: String) throws {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard lines.last == "" else { throw Malformed(line: lines.count, text: lines.last ?? "") }
        lines.removeLast()
        guard let first = lines.first, let header = try? JSONSerialization.jsonObject(with: Data(first.utf8)) as? [String: Any]
        else { throw Malformed(line: 1, text: lines.first ?? "") }
        self.header = header
        events = try lines.enumerated().dropFirst().map { number, line in
            guard let event = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [Any], event.count == 3,
                let time = event[0] as? Double, let code = event[1] as? String, let data = event[2] as? String
            else { throw Malformed(line: number + 1, text: line) }
            return Event(time: time, code: code, data: data)
        }
    }

    public init(contentsOf url: URL) throws {
        try self.init(String(decoding: try Data(contentsOf: url), as: UTF8.self))
    }

    /// Everything the `o` events wrote, in order: what a terminal replaying the cast is sent.
    public var output: String { events.filter { $0.code == "o" }.map(\.data).joined() }

    public var times: [Double] { events.map(\.time) }

    /// Times never go back, and every event is output or a resize.
    public var isWellFormed: Bool {
        header["version"] as? Int == 2 && header["width"] is Int && header["height"] is Int
            && events.allSatisfy { $0.code == "o" || $0.code == "r" } && zip(times, times.dropFirst()).allSatisfy { $0 <= $1 }
            && (times.first ?? 0) >= 0
    }
}
