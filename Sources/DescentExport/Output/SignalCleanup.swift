#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Removes the temporary files of unfinished outputs when a signal ends the process, then lets
/// the signal end it as it would have (exit status 128 + n as a shell reports it), so that an
/// interrupted run leaves no `.name.XXXXXX` behind.
///
/// The handler can run on any thread at any moment, so it only reads memory that is allocated
/// once and never freed or changed in place: a fixed table of pointers to C strings, each
/// string written before its pointer is published and never freed (a few bytes per output;
/// a handler on another thread may still be reading one). Pointer-sized stores are single
/// copies on every platform Swift runs on, so the handler sees a path or nothing.
enum SignalCleanup {
    /// Signals whose default action ends the process: requests to stop, and crash reports
    /// (SIGILL and SIGTRAP are Swift's traps). SIGPIPE is missing on purpose: it is ignored
    /// while an output is open, so that a closed pipe is an error to handle (see `FileDescriptor`).
    static let terminatingSignals: [Int32] = {
        var signals = [
            SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGUSR1, SIGUSR2, SIGALRM, SIGVTALRM, SIGPROF, SIGXCPU, SIGXFSZ,
            SIGSYS, SIGSEGV, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE,
        ]
        #if os(Linux)
        signals += [SIGIO, SIGPWR, SIGSTKFLT]
        #endif
        return signals
    }()

    /// At most this many temporary files at once: far more than one run's outputs.
    private static let capacity = 64
    /// The registered paths; nil is a free slot.
    nonisolated(unsafe) private static let paths: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?> = {
        let table = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>.allocate(capacity: capacity)
        table.initialize(repeating: nil, count: capacity)
        return table
    }()
    /// What each signal did before the handler was installed, by signal number.
    nonisolated(unsafe) private static let previousActions: UnsafeMutablePointer<sigaction> = {
        let table = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(NSIG))
        table.initialize(repeating: sigaction(), count: Int(NSIG))
        return table
    }()
    /// Guards registration, not the handler, which takes no lock.
    nonisolated(unsafe) private static let lock: UnsafeMutablePointer<pthread_mutex_t> = {
        let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
        pthread_mutex_init(mutex, nil)
        return mutex
    }()
    nonisolated(unsafe) private static var installed = false

    /// Removes `path` if a terminating signal arrives before `unregister(slot)`. The first
    /// registration installs the handler.
    static func register(_ path: String) -> Int {
        pthread_mutex_lock(lock)
        defer { pthread_mutex_unlock(lock) }
        if !installed { install() }
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

    /// Installs the handler for every terminating signal that is not ignored: a signal ignored
    /// when descent started (SIGHUP under nohup) stays ignored.
    private static func install() {
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_sigaction = removeFilesThenPassOn
        #else
        action.__sigaction_u.__sa_sigaction = removeFilesThenPassOn
        #endif
        action.sa_flags = SA_SIGINFO | SA_ONSTACK
        sigemptyset(&action.sa_mask)
        for signal in terminatingSignals {
            sigaction(signal, nil, previousActions + Int(signal))
            if handlerAddress(previousActions[Int(signal)]) != handlerAddress(SIG_IGN) {
                sigaction(signal, &action, nil)
            }
        }
        installed = true
    }

    /// Removes the registered files, then hands the signal to what handled it before (the
    /// terminal's restore, Swift's backtracer, or the default action), and makes sure it ends
    /// the process. Only async-signal-safe calls: unlink, sigaction, raise.
    private static let removeFilesThenPassOn: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = {
        signal, info, context in
        let savedErrno = errno
        defer { errno = savedErrno }
        for slot in 0..<capacity {
            if let path = paths[slot] { unlink(path) }
        }
        let previous = previousActions + Int(signal)
        sigaction(signal, previous, nil)
        // A fault raised by the CPU (si_code > 0) happens again when this handler returns, and
        // then reaches the previous handler with its true context.
        let isFault = signal == SIGSEGV || signal == SIGILL || signal == SIGBUS || signal == SIGFPE
        if isFault, let info, info.pointee.si_code > 0 { return }
        // A signal sent by kill or raise does not come again: run the previous handler here,
        // then end the process as the signal does by default (a backtracer's handler returns,
        // expecting a fault to recur).
        if previous.pointee.sa_flags & SA_SIGINFO != 0 {
            #if canImport(Glibc)
            previous.pointee.__sigaction_handler.sa_sigaction?(signal, info, context)
            #else
            previous.pointee.__sigaction_u.__sa_sigaction?(signal, info, context)
            #endif
        } else if handlerAddress(previous.pointee) != handlerAddress(SIG_DFL)
            && handlerAddress(previous.pointee) != handlerAddress(SIG_IGN) {
            #if canImport(Glibc)
            previous.pointee.__sigaction_handler.sa_handler?(signal)
            #else
            previous.pointee.__sigaction_u.__sa_handler?(signal)
            #endif
        }
        var defaultAction = sigaction()
        sigemptyset(&defaultAction.sa_mask)
        sigaction(signal, &defaultAction, nil)
        raise(signal)  // delivered when this handler returns
    }

    /// A plain handler's address, to tell SIG_DFL and SIG_IGN (0 and 1) from functions.
    private static func handlerAddress(_ action: sigaction) -> Int {
        #if canImport(Glibc)
        unsafeBitCast(action.__sigaction_handler.sa_handler, to: Int.self)
        #else
        unsafeBitCast(action.__sigaction_u.__sa_handler, to: Int.self)
        #endif
    }

    private static func handlerAddress(_ handler: (@convention(c) (Int32) -> Void)?) -> Int {
        unsafeBitCast(handler, to: Int.self)
    }
}
