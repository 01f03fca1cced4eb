#include "CursesShim.h"
#include "Curses.h"
#include "TerminalRestore.h"
#include "OutputRecording.h"
#include "WriteAll.h"
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static SCREEN *screen;
/// Whether descent asked for SGR 1006 mouse reports itself (see `enable_sgr_mouse`).
static bool sgr_mouse_enabled;
/// A descriptor of curses' own for the terminal, so that a signal handler can silence curses
/// without closing standard output (see TerminalRestore.h).
static FILE *curses_output;

/// A blocked signal mask survives exec, and launchers leak one: a process started from a
/// libdispatch worker thread (Foundation's Process, for one) has nearly every signal blocked.
/// Unblock those curses handles: resizes (SIGWINCH), suspend and resume.
static void unblock_curses_signals(void) {
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGWINCH);
    sigaddset(&set, SIGTSTP);
    sigaddset(&set, SIGCONT);
    sigprocmask(SIG_UNBLOCK, &set, NULL);
}

/// Closes what a screen that failed to start, or has ended, leaves open.
static void release_output(void) {
    terminal_restore_uninstall();
    if (curses_output != NULL) fclose(curses_output);
    curses_output = NULL;
}

/// Bytes straight to the terminal, past curses' buffer (which putp would leave in stdio's,
/// unflushed, since curses writes to a descriptor of its own).
static void write_to_terminal(const uint8_t *bytes, size_t count) {
    if (curses_output == NULL) return;
    write_all(fileno(curses_output), bytes, count);
    output_recording_keep(bytes, count);
}

static void write_text_to_terminal(const char *text) {
    write_to_terminal((const uint8_t *)text, strlen(text));
}

/// X10 mouse reports carry a column as one byte (+ 32), so clicks beyond column 223 are lost.
/// curses asks for SGR 1006 reports (ESC [ < b ; x ; y M) only when the terminfo entry's kmous
/// is ESC [ <, as xterm-256color's is; tmux-256color's names X10. Where curses does not, descent
/// asks the terminal itself and has ESC [ < arrive as a key of its own, the report's rest read
/// and decoded in Swift. Terminals without 1006 ignore the request and go on sending X10.
static void enable_sgr_mouse(void) {
    const char *mouse_key = tigetstr("kmous");
    if (mouse_key != NULL && mouse_key != (const char *)-1 && strcmp(mouse_key, "\033[<") == 0) return;
    define_key("\033[<", CSHIM_KEY_SGR_MOUSE);
    write_text_to_terminal("\033[?1006h");
    sgr_mouse_enabled = true;
}

bool cshim_open(void) {
    unblock_curses_signals();
    terminal_restore_install();
    int descriptor = dup(STDOUT_FILENO);
    curses_output = descriptor < 0 ? NULL : fdopen(descriptor, "w");
    if (curses_output == NULL) {
        if (descriptor >= 0) close(descriptor);
        release_output();
        return false;
    }
    // The size is the terminal's, now and after each resize: curses lets LINES and COLUMNS in
    // the environment override it, and they stay fixed while the window changes. They go, as
    // use_env(FALSE) with use_tioctl(TRUE) should do but does not in ncurses 6.4 (it reads the
    // terminal's size at the start, then sticks to it through resizes).
    unsetenv("LINES");
    unsetenv("COLUMNS");
    // ncurses' own SIGTSTP handler cannot stop a process whose curses runs off the main
    // thread: its kill(getpid()) lands on another thread after the handler is back, and the
    // process runs on. It installs one only over the default, so the default is hidden from
    // it while it starts, and `cshim_suspend` stops the process itself.
    struct sigaction stop_action;
    bool stops = sigaction(SIGTSTP, NULL, &stop_action) == 0 && stop_action.sa_handler == SIG_DFL;
    if (stops) signal(SIGTSTP, SIG_IGN);
    screen = newterm(NULL, curses_output, stdin);
    if (stops) signal(SIGTSTP, SIG_DFL);
    if (screen == NULL) {
        release_output();
        return false;
    }
    set_term(screen);
    terminal_restore_arm(fileno(curses_output));
    raw();
    noecho();
    keypad(stdscr, TRUE);
    curs_set(0);
    set_escdelay(25);
    if (has_colors()) {
        start_color();
        use_default_colors();
    }
    // The release event must be in the mask: without it a read could block past its timeout.
    mousemask(ALL_MOUSE_EVENTS | REPORT_MOUSE_POSITION, NULL);
    mouseinterval(0);
    enable_sgr_mouse();
    return true;
}

void cshim_close(void) {
    if (screen == NULL) return;
    // A recording ends on the last frame, not on the shell's screen that endwin brings back.
    output_recording_stop();
    if (sgr_mouse_enabled) write_text_to_terminal("\033[?1006l");
    sgr_mouse_enabled = false;
    // The handlers stay armed through endwin: a signal during it restores once more, harmlessly.
    endwin();
    delscreen(screen);
    screen = NULL;
    release_output();
}

bool cshim_suspend(void) {
    struct sigaction stop_action;
    if (sigaction(SIGTSTP, NULL, &stop_action) != 0 || stop_action.sa_handler != SIG_DFL) return false;
    endwin();
    // raise signals this thread, which stops (with the whole process) before raise returns,
    // and returns once the shell continues the process; in an orphaned process group (no
    // shell with job control) the kernel drops the signal and it returns at once.
    raise(SIGTSTP);
    // What the user set with stty while stopped stays theirs when curses ends.
    def_shell_mode();
    terminal_restore_remember_shell_modes();
    // Coming back, curses sets the terminal's modes again on its next refresh, through its own
    // descriptor: a memory file while recording, so this refresh goes to the terminal.
    if (output_recording_active()) doupdate();
    return true;
}

int cshim_lines(void) { return LINES; }
int cshim_columns(void) { return COLS; }
int cshim_colors(void) { return has_colors() ? COLORS : 0; }
int cshim_color_pairs(void) { return has_colors() ? COLOR_PAIRS : 0; }

void cshim_set_input_timeout(int milliseconds) {
    timeout(milliseconds);
}

bool cshim_input_closed(void) {
    struct pollfd input = { .fd = STDIN_FILENO, .events = POLLIN, .revents = 0 };
    return poll(&input, 1, 0) > 0 && (input.revents & (POLLHUP | POLLERR | POLLNVAL));
}

/// The cursor at the top left, addressed directly (an unknown position, -1, makes curses do so).
static void home_cursor(void) {
    mvcur(-1, -1, 0, 0);
}

void cshim_write_direct(const uint8_t *bytes, size_t count) {
    write_to_terminal(bytes, count);
    // The bytes end at the top left: curses, which moves the cursor relative to where it
    // thinks it is, is told so.
    output_recording_around(home_cursor);
}

bool cshim_record_output(void) {
    return curses_output != NULL && output_recording_start(fileno(curses_output));
}

size_t cshim_take_output(const uint8_t **bytes) {
    return output_recording_take(bytes);
}
