// A release build on a machine with AVX2 compiles descent's Swift modules for the Haswell
// generation of x86-64 (Package.swift, `buildsForHaswell`). A copy run on an older CPU would die
// of SIGILL at its first vector instruction, somewhere in the middle of its work. This runs
// before main, in code compiled for any x86-64, and says why instead.
#if defined(DESCENT_REQUIRES_HASWELL)
#include <unistd.h>

/// EX_UNAVAILABLE (sysexits.h): what the build needs is not there.
enum { unavailable = 69 };

__attribute__((constructor)) static void require_haswell(void) {
    __builtin_cpu_init();
    // The level Package.swift looks for in /proc/cpuinfo: every instruction set the compiler may
    // use for Haswell (AVX2, FMA, BMI1 and 2, LZCNT, MOVBE, F16C, POPCNT, ...), not a hand-picked few.
    if (__builtin_cpu_supports("x86-64-v3")) {
        return;
    }
    static const char message[] =
        "descent: this build is compiled for x86-64 CPUs with AVX2 and FMA (Intel from 2013, AMD from 2015),"
        " and this CPU lacks them; build descent on this machine (swift build -c release),"
        " which compiles for the CPU it finds\n";
    ssize_t written = write(STDERR_FILENO, message, sizeof message - 1);
    (void)written;
    _exit(unavailable);
}
#endif
