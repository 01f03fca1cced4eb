#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import SignalChain

/// Removes the temporary files of unfinished outputs when a signal ends the process, so that an
/// interrupted run leaves no `.name.XXXXXX` behind; the signal chain then lets the signal end
/// the process as it would have (exit status 128 + n as a shell reports it).
///
/// The handler can run on any thread at any moment, so it only reads memory that is allocated
/// once and never freed or changed in place: a fixed table of pointers to C strings, each
/// string written before its pointer is published and never freed (a few bytes per output;
/// a handler on another thread may still be reading one). Pointer-sized stores are single
/// copies on every platform Swift runs on, so the handler sees a path or nothing.
enum SignalCleanup {
    /// At most this many temporary files at once: far more than one run's outputs.
    private static let capacity = 64
    /// The registered paths; nil is a free slot.
    nonisolated(unsafe) private static let paths: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()
    /// Guards registration, not the hook, which takes no lock.
    nonisolated(unsafe) private static let lock: UnsafeMutablePointer<pthread_mutex_t> = {
        let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        return mutex
    }()
    nonisolated(unsafe) private static var hooked = false

    /// Removes `path` if a terminating signal arrives before `unregister(slot)`. The first
    /// registration adds the hook to the signal chain (SIGPIPE, ignored while outputs are open,
    /// stays ignored).
    static func register(_ path: String) -> Int {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if !hooked {
            signal_chain_add(removeFiles)
            hooked = true
        }
        guard let slot = (0..<capacity).first(where: { paths[$0] == nil }) else {
            preconditionFailure("more than \(capacity) temporary files at once")
        }
        paths[slot] = strdup(path)
        return slot
    }

    /// The file at `slot` is gone or in place: a signal no longer removes it.
    static func unregister(_ slot: Int) {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        paths[slot] = nil
    }

    /// The paths a signal would remove now, for tests.
    static var registeredPaths: [String] {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        return (0..<capacity).compactMap { paths[$0].map { String(cString: $0) } }
    }

    /// Runs in the signal handler: only unlink, which is async-signal-safe.
    private static let removeFiles: @convention(c) (Int32) -> Void = { _ in
        for slot in 0..<capacity {
            if let path = paths[slot] { unlink(path) }
        }
    }
}
