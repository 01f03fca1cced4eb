import DescentTUI
import Foundation

/// The program's work commands, running off the input thread, and the messages they finished
/// with. The event loop polls it between reads, so `update` only ever runs on the loop's thread.
final class BackgroundWork: @unchecked Sendable {
    // Unchecked: every stored property is read and written under `lock`.
    private let lock = NSLock()
    private var running = 0
    private var finished: [Message] = []

    func start(_ work: @escaping @Sendable () async -> Message) {
        lock.withLock { running += 1 }
        Task.detached {
            let message = await work()
            self.lock.withLock {
                self.running -= 1
                self.finished.append(message)
            }
        }
    }

    /// Whether a message is still to come from work started earlier.
    var isRunning: Bool { lock.withLock { running > 0 } }

    /// The messages of the work that finished since the last call, in the order it finished.
    func takeFinished() -> [Message] {
        lock.withLock {
            defer { finished.removeAll() }
            return finished
        }
    }
}
