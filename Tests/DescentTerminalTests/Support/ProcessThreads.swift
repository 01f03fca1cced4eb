import Foundation

/// The threads of a running process, as /proc lists them.
enum ProcessThreads {
    /// A thread of `process` other than its main thread that does not block `signal`, if any.
    /// `kill` with that thread's ID delivers the signal to that thread, which is how a signal
    /// comes to be handled on a background thread while the main thread draws.
    static func background(of process: Int32, accepting signal: Int32) -> Int32? {
        let tasks = (try? FileManager.default.contentsOfDirectory(atPath: "/proc/\(process)/task")) ?? []
        return tasks.compactMap(Int32.init).sorted().first { thread in
            thread != process && blockedSignals(process: process, thread: thread).map { $0 & (1 << (signal - 1)) == 0 } == true
        }
    }

    /// The thread's blocked-signal mask (the `SigBlk` line of its status: bit n − 1 for signal n).
    private static func blockedSignals(process: Int32, thread: Int32) -> UInt64? {
        guard let status = try? String(contentsOfFile: "/proc/\(process)/task/\(thread)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("SigBlk:") })
        else { return nil }
        return UInt64(line.dropFirst("SigBlk:".count).trimmingCharacters(in: .whitespaces), radix: 16)
    }
}
