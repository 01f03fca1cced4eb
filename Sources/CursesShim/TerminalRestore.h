// Puts the terminal back from a signal handler, where endwin may not run (it is not
// async-signal-safe): what endwin would send is worked out while curses runs, and the
// handler replays it with write(2) and tcsetattr(3), then passes the signal on.
#ifndef CURSES_SHIM_TERMINAL_RESTORE_H
#define CURSES_SHIM_TERMINAL_RESTORE_H

/// Before curses starts: saves the terminal modes and installs the handlers (still disarmed).
/// Installing them first also keeps ncurses from installing its own for SIGINT and SIGTERM,
/// which would end the process with status 1 instead of passing the signal on.
void terminal_restore_install(void);

/// Once terminfo is loaded: records the restoring bytes and arms the handlers. A handler
/// silences `curses_descriptor` (the one curses writes to, not standard output) before it
/// restores the terminal, so the thread that draws cannot undo the restoration.
void terminal_restore_arm(int curses_descriptor);

/// Saves the terminal's modes again as those to restore: after a suspension, during which
/// the user may have changed them with stty.
void terminal_restore_remember_shell_modes(void);

/// Disarms the handlers and puts back the ones that were there before.
void terminal_restore_uninstall(void);

#endif
