import DescentTUI
import Dispatch
import Foundation

/// The program's work commands, running off the input thread, and the messages they finished
/// with. The event loop polls it between reads, so `update` only ever runs on the loop's thread.
final class BackgroundWork: @unchecked Sendable {
    // Unchecked: every stored property is read and written under `lock`.
    private let lock = NSLock()
    private var running = 0
    private var finished: [Message] = []

    /// On Dispatch's global queue rather than in a task: a simulation computes for long
    /// stretches without suspending, which would hold up the cooperative thread pool.
    func start(_ work: @escaping @Sendable () -> Message) {
        lock.withLock { running += 1 }
        DispatchQueue.global(qos: .userInitiated).async {
            let message = work()
            self.lock.withLock {
                self.running -= 1
                self.finished.append(message)
            }
        }
    }

    /// Whether work started earlier has a message still to come or not yet taken (it may
    /// finish between a `takeFinished` and the next read).
    var hasMessages: Bool { lock.withLock { running > 0 || !finished.isEmpty } }

    /// The messages of the work that finished since the last call, in the order it finished.
    func takeFinished() -> [Message] {
        lock.withLock {
            defer { finished.removeAll() }
            return finished
        }
    }
}
