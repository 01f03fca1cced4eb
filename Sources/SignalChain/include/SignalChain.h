#ifndef SIGNAL_CHAIN_H
#define SIGNAL_CHAIN_H

// What must happen before a signal ends the process (the terminal restored, temporary files
// removed), run from one handler that then passes the signal on as if it had never been
// caught: to the handler that was there before (Swift's backtracer, say), then to the
// signal's default action, so the process ends with status 128 + n.

/// How many signals end the process by default (signal(7)).
int signal_chain_terminating_count(void);

/// The terminating signal at `index`, 0 ≤ index < `signal_chain_terminating_count()`.
int signal_chain_terminating_signal(int index);

/// Something to do before a terminating signal ends the process. It runs in a signal handler,
/// on whatever thread the signal arrived: async-signal-safe calls only.
typedef void (*signal_chain_hook)(int signal);

/// Runs `hook` on every terminating signal that is not ignored (a signal ignored when it is
/// first called, such as SIGHUP under nohup, stays ignored). At most four hooks at once.
void signal_chain_add(signal_chain_hook hook);

/// `hook` no longer runs; with no hook left, the signals are handled as before the first add.
void signal_chain_remove(signal_chain_hook hook);

#endif
