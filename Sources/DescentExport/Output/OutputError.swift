#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Why bytes could not reach their output. The command line maps the cases to sysexits.
public enum OutputError: Error, Equatable, CustomStringConvertible {
    /// The output could not be created or put in place: a missing directory, no permission,
    /// a path that is a directory. Exit 73 (EX_CANTCREAT).
    case cannotCreate(path: String, errno: Int32)
    /// Writing failed part-way, e.g. the disk is full. Exit 74 (EX_IOERR).
    case writeFailed(path: String, errno: Int32)
    /// The reader went away (EPIPE), as with `descent … --csv - | head -1`. That is the reader's
    /// choice, not a failure: end quietly with exit 0.
    case brokenPipe(path: String)

    /// One line that says what failed and where, e.g. `cannot create out/a.csv: No such file or directory`.
    public var description: String {
        switch self {
        case .cannotCreate(let path, let code): "cannot create \(path): \(Self.reason(code))"
        case .writeFailed(let path, let code): "cannot write \(path): \(Self.reason(code))"
        case .brokenPipe(let path): "\(path) was closed by its reader"
        }
    }

    private static func reason(_ code: Int32) -> String {
        String(cString: strerror(code))
    }
}
