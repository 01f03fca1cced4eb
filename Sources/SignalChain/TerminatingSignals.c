#include "SignalChain.h"
#include <signal.h>

/// The signals whose default action ends the process, from signal(7): "Term" and "Core" in its
/// table. Not SIGKILL and SIGSTOP, which cannot be caught; not SIGTSTP, SIGCONT and SIGWINCH,
/// which stop, resume or are ignored, and which curses handles itself.
static const int standard_signals[] = {
    SIGHUP, SIGINT, SIGQUIT, SIGILL, SIGTRAP, SIGABRT, SIGBUS, SIGFPE, SIGUSR1, SIGSEGV, SIGUSR2,
    SIGPIPE, SIGALRM, SIGTERM, SIGSTKFLT, SIGXCPU, SIGXFSZ, SIGVTALRM, SIGPROF, SIGIO, SIGPWR, SIGSYS,
};
enum { standard_count = sizeof standard_signals / sizeof standard_signals[0] };

// The real-time signals follow, SIGRTMIN to SIGRTMAX: they end the process by default too.
// Their range is known only at run time (the C library keeps the first few for itself).

int signal_chain_terminating_count(void) {
    return standard_count + (SIGRTMAX - SIGRTMIN + 1);
}

int signal_chain_terminating_signal(int index) {
    return index < standard_count ? standard_signals[index] : SIGRTMIN + (index - standard_count);
}
