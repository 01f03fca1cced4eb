#include "TerminalRestore.h"
#include "Curses.h"
#include "CursesShim.h"
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdatomic.h>
#include <stdbool.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

/// What each terminating signal did before, by signal number.
static struct sigaction previous_actions[NSIG];
static bool installed;

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

static void write_all(const char *bytes, size_t length) {
    while (length > 0) {
        ssize_t written = write(STDOUT_FILENO, bytes, length);
        if (written < 0 && errno == EINTR) continue;
        if (written <= 0) return;
        bytes += written;
        length -= (size_t)written;
    }
}

static bool is_fault(int signal) {
    return signal == SIGSEGV || signal == SIGILL || signal == SIGBUS || signal == SIGFPE;
}

/// Puts the terminal back, once. A signal may be handled on any thread that does not block it
/// (a background thread takes a fault of its own, and often a kill too) while the thread that
/// draws runs on: curses' descriptor is pointed at /dev/null first, so that nothing it writes
/// afterwards (until the process ends, and while the crash reporter prints) lands on the
/// restored screen. The bytes then go out through standard output, the same terminal.
static void restore_terminal(void) {
    if (!atomic_exchange(&armed, false)) return;
    if (silence >= 0) dup2(silence, curses_output);
    write_all(restore_bytes, restore_length);
    if (have_shell_modes) tcsetattr(STDOUT_FILENO, TCSANOW, &shell_modes);
}

static void restore_then_pass_on(int signal, siginfo_t *info, void *context) {
    int saved_errno = errno;
    restore_terminal();
    struct sigaction *previous = &previous_actions[signal];
    sigaction(signal, previous, NULL);
    // A fault raised by the CPU (si_code > 0) happens again when this handler returns, and then
    // reaches the previous handler (Swift's backtracer, or the default core dump) with its
    // true context.
    if (is_fault(signal) && info->si_code > 0) {
        errno = saved_errno;
        return;
    }
    // A signal sent by kill, raise or abort does not come again: run the previous handler
    // here, then end the process as the signal does by default (a backtracer's handler
    // returns, expecting a fault to recur).
    if (previous->sa_flags & SA_SIGINFO) {
        previous->sa_sigaction(signal, info, context);
    } else if (previous->sa_handler != SIG_DFL && previous->sa_handler != SIG_IGN) {
        previous->sa_handler(signal);
    }
    struct sigaction default_action;
    memset(&default_action, 0, sizeof default_action);
    default_action.sa_handler = SIG_DFL;
    sigaction(signal, &default_action, NULL);
    raise(signal); // delivered when this handler returns
    errno = saved_errno;
}

void terminal_restore_install(void) {
    have_shell_modes = tcgetattr(STDOUT_FILENO, &shell_modes) == 0;

    stack_t current;
    if (sigaltstack(NULL, &current) == 0 && (current.ss_flags & SS_DISABLE)) {
        stack_t stack = { .ss_sp = alternate_stack, .ss_size = sizeof alternate_stack, .ss_flags = 0 };
        sigaltstack(&stack, NULL);
    }

    struct sigaction action;
    memset(&action, 0, sizeof action);
    action.sa_sigaction = restore_then_pass_on;
    action.sa_flags = SA_SIGINFO | SA_ONSTACK;
    sigemptyset(&action.sa_mask);
    sigset_t handled;
    sigemptyset(&handled);
    for (int i = 0; i < cshim_terminating_signal_count(); i++) {
        int signal = cshim_terminating_signal(i);
        sigaction(signal, NULL, &previous_actions[signal]);
        // An ignored signal (SIGHUP under nohup) must stay ignored.
        if (previous_actions[signal].sa_handler != SIG_IGN) sigaction(signal, &action, NULL);
        sigaddset(&handled, signal);
    }
    // A blocked signal would wait forever, and launchers leak blocked masks (see Screen.c).
    sigprocmask(SIG_UNBLOCK, &handled, NULL);
    installed = true;
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
    if (!installed) return;
    for (int i = 0; i < cshim_terminating_signal_count(); i++) {
        int signal = cshim_terminating_signal(i);
        sigaction(signal, &previous_actions[signal], NULL);
    }
    installed = false;
}
