#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Standard input, output and error as descent found them.
enum StandardDescriptors {
    /// Puts a placeholder in each standard descriptor that descent was started without
    /// (`2>&-`), so that no file it opens takes the number: a CSV opened as descriptor 2 would
    /// receive the error messages. The placeholder is /dev/null opened the other way round
    /// (read-only for output, write-only for input), so using the stream still fails with
    /// EBADF as a closed one does: a closed standard output is an I/O error, not a success.
    static func reserveClosed() {
        for fd in [STDIN_FILENO, STDOUT_FILENO, STDERR_FILENO] where fcntl(fd, F_GETFD) < 0 && errno == EBADF {
            let placeholder = open("/dev/null", fd == STDIN_FILENO ? O_WRONLY : O_RDONLY)
            if placeholder >= 0 && placeholder != fd {
                dup2(placeholder, fd)
                close(placeholder)
            }
        }
    }
}
