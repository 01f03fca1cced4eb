import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pseudo-terminal pair, so that a process started with `Process` sees a terminal on its
/// standard input and output without tmux.
final class PseudoTerminal {
    /// The terminal side, to hand to the process.
    let terminal: FileHandle
    /// The controlling side, kept open while the terminal is in use (closing it hangs up).
    private let controller: FileHandle

    init() throws {
        var controllerDescriptor: Int32 = -1, terminalDescriptor: Int32 = -1
        guard openpty(&controllerDescriptor, &terminalDescriptor, nil, nil, nil) == 0 else {
            throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
        }
        controller = FileHandle(fileDescriptor: controllerDescriptor, closeOnDealloc: true)
        terminal = FileHandle(fileDescriptor: terminalDescriptor, closeOnDealloc: true)
    }
}
