#include "TerminalRestore.h"
#include "Curses.h"
#include "CursesShim.h"
#include "SignalChain.h"
#include "WriteAll.h"
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

static struct termios shell_modes;
static bool have_shell_modes;
static char restore_bytes[1024];
static size_t restore_length;
/// Set while there is a terminal to restore; the first handler to clear it restores it, so
/// that two threads crashing at once do not both write.
static atomic_bool armed;
/// The descriptor curses writes to, and /dev/null to put in its place.
static int curses_output = -1;
static int silence = -1;

/// A stack of its own for the handler, so a stack overflow can still restore the terminal.
static char alternate_stack[64 * 1024];

/// Puts the terminal back, once. A signal may be handled on any thread that does not block it
/// (a background thread takes a fault of its own, and often a kill too) while the thread that
/// draws runs on: curses' descriptor is pointed at /dev/null first, so that nothing it writes
/// afterwards (until the process ends, and while the crash reporter prints) lands on the
/// restored screen. The bytes then go out through standard output, the same terminal.
static void restore_terminal(void) {
    if (!atomic_exchange(&armed, false)) return;
    if (silence >= 0) dup2(silence, curses_output);
    write_all(STDOUT_FILENO, restore_bytes, restore_length);
    if (have_shell_modes) tcsetattr(STDOUT_FILENO, TCSANOW, &shell_modes);
}

/// The hook the signal chain runs before a terminating signal ends the process.
static void restore_on_signal(int signal) {
    (void)signal;
    restore_terminal();
}

void terminal_restore_remember_shell_modes(void) {
    have_shell_modes = tcgetattr(STDOUT_FILENO, &shell_modes) == 0;
}

void terminal_restore_install(void) {
    terminal_restore_remember_shell_modes();

    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        stack_t stack = { .ss_sp = alternate_stack, .ss_size = sizeof alternate_stack, .ss_flags = 0 };
        sigaltstack(&stack, NULL);
    }

    signal_chain_add(restore_on_signal);
    sigset_t handled;
    sigemptyset(&handled);
    for (int i = 0; i < signal_chain_terminating_count(); i++) sigaddset(&handled, signal_chain_terminating_signal(i));
    // A blocked signal would wait forever, and launchers leak blocked masks (see Screen.c).
    sigprocmask(SIG_UNBLOCK, &handled, NULL);
}

static int append_byte(int byte) {
    if (restore_length < sizeof restore_bytes) restore_bytes[restore_length++] = (char)byte;
    return byte;
}

/// Appends a terminfo string capability, padding expanded, if the terminal has it.
static void append_capability(const char *name) {
    const char *value = tigetstr(name);
    if (value != NULL && value != (const char *)-1) tputs(value, 1, append_byte);
}

void terminal_restore_arm(int curses_descriptor) {
    curses_output = curses_descriptor;
    if (silence < 0) silence = open("/dev/null", O_WRONLY | O_CLOEXEC);
    restore_length = 0;
    // Mouse reporting off, in every xterm protocol ncurses may have turned on (a terminal
    // ignores modes it does not know).
    const char *mouse_key = tigetstr("kmous");
    if (mouse_key != NULL && mouse_key != (const char *)-1) {
        static const char mouse_off[] = "\033[?1006l\033[?1003l\033[?1002l\033[?1000l";
        for (const char *c = mouse_off; *c; c++) append_byte(*c);
    }
    append_capability("rmkx");  // keypad off
    append_capability("sgr0");  // attributes off
    append_capability("op");    // default colours
    append_capability("cnorm"); // cursor visible
    append_capability("rmcup"); // leave the alternate screen
    atomic_store(&armed, true);
}

void terminal_restore_uninstall(void) {
    atomic_store(&armed, false);
    if (silence >= 0) close(silence);
    silence = -1;
    signal_chain_remove(restore_on_signal);
}
