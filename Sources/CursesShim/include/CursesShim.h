#ifndef CURSES_SHIM_H
#define CURSES_SHIM_H

// Plain-C wrappers around ncursesw for Swift. Only ints, bools and scalars cross this line, so
// no curses type, macro or shared global (stdscr, LINES, COLS, COLORS) reaches Swift, whose
// strict concurrency rejects those globals. ncurses is not thread-safe: call everything from
// one thread.

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

// MARK: - Before the screen opens

/// Adopts the user's character encoding from the environment (LC_CTYPE only, so number
/// formatting elsewhere stays in the C locale). Call before `cshim_open`: ncurses reads and
/// writes wide characters in the encoding current when it starts.
void cshim_adopt_locale_encoding(void);

/// The current character encoding's name, such as "UTF-8" or "ANSI_X3.4-1968".
const char *cshim_locale_codeset(void);

typedef enum {
    CSHIM_TERMINFO_FOUND,
    /// No entry for $TERM (or TERM unset).
    CSHIM_TERMINFO_UNKNOWN_TERMINAL,
    /// An entry without cursor addressing (TERM=dumb, as in an editor's shell buffer).
    CSHIM_TERMINFO_NOT_FULL_SCREEN,
    /// No terminfo database at all.
    CSHIM_TERMINFO_NO_DATABASE,
} cshim_terminfo_status;

/// Whether the terminfo database describes $TERM, checked without printing or exiting.
cshim_terminfo_status cshim_terminfo_status_for_environment(void);

// MARK: - The screen

/// Starts curses on standard input and output (newterm; never initscr, which exits the process
/// on an unknown TERM): raw mode (Ctrl-C arrives as byte 3, and Ctrl-Z and Ctrl-\ as keys too),
/// no echo, keypad, hidden cursor, a 25 ms escape delay, default colours, every mouse event.
/// The screen's size is the terminal's, followed through resizes (LINES and COLUMNS are
/// removed from the environment). Arms the signal handlers that restore the terminal on every
/// signal that ends the process. Returns false, with the terminal untouched, when curses
/// cannot start.
bool cshim_open(void);

/// Disarms the signal handlers and ends curses (endwin): the terminal is as it was before.
void cshim_close(void);

/// Ctrl-Z: ends curses' hold on the terminal (shell modes, main screen, mouse off, cursor
/// shown), stops the process as SIGTSTP does, and returns when the shell continues it; the
/// next refresh takes the terminal back. False, doing nothing, when SIGTSTP does not stop
/// this process (it was started ignoring it).
bool cshim_suspend(void);

int cshim_lines(void);
int cshim_columns(void);
/// Colours the terminal can show (COLORS; 0 without colour support, 16777216 for direct colour).
int cshim_colors(void);
/// Colour pairs available (COLOR_PAIRS).
int cshim_color_pairs(void);

/// How long a read waits: −1 blocks, 0 polls, n > 0 waits up to n milliseconds.
void cshim_set_input_timeout(int milliseconds);

/// Whether the terminal has gone (hung up): reads then fail at once instead of waiting.
bool cshim_input_closed(void);

// MARK: - Drawing

/// A colour pair for foreground and background colour numbers (−1 = the terminal's default;
/// direct-colour terminals take 0xRRGGBB), or −1 when none is left.
int cshim_color_pair(int foreground, int background);

/// Forgets every allocated colour pair.
void cshim_reset_color_pairs(void);

/// Cell attributes for `cshim_put`.
enum {
    CSHIM_BOLD = 1 << 0,
    CSHIM_DIM = 1 << 1,
    CSHIM_REVERSE = 1 << 2,
    CSHIM_UNDERLINE = 1 << 3,
};

/// Writes one single-width Unicode scalar with colour pair `pair` (any pair number, also
/// above 255) and `attributes` (CSHIM_BOLD | ...) at row y, column x of the screen buffer.
void cshim_put(int y, int x, uint32_t scalar, int pair, unsigned attributes);

/// Blanks the screen buffer.
void cshim_erase(void);

/// Makes the next refresh repaint the whole terminal, not just what changed.
void cshim_repaint_all(void);

/// Sends the screen buffer's changes to the terminal.
void cshim_refresh(void);

/// Writes `count` bytes to the terminal after what curses has sent (call `cshim_refresh`
/// first), for escapes curses cannot produce (24-bit colour under a 256-colour terminfo).
/// They must leave the cursor at the top left and the attributes reset: curses is told so.
void cshim_write_direct(const uint8_t *bytes, size_t count);

// MARK: - Recording

/// From now on, everything written to the terminal is also kept for `cshim_take_output`,
/// until `cshim_close` (whose restoring bytes are not). False, keeping nothing, when it cannot
/// be done. A frame drawn while a resize is pending is not kept: its full repaint follows.
bool cshim_record_output(void);

/// The bytes written to the terminal since the last call, while recording; they stay valid
/// until the next call that draws or writes.
size_t cshim_take_output(const uint8_t **bytes);

// MARK: - Input

typedef enum {
    /// Nothing arrived before the timeout.
    CSHIM_INPUT_NONE,
    /// A Unicode scalar typed by the user (control characters included).
    CSHIM_INPUT_CHARACTER,
    /// A function key: one of the CSHIM_KEY_* codes (or another curses key code).
    CSHIM_INPUT_KEY,
} cshim_input_kind;

/// Reads one input within the timeout set by `cshim_set_input_timeout`.
cshim_input_kind cshim_read(uint32_t *value);

/// The curses key codes descent uses (the .c file checks them against curses.h).
enum {
    CSHIM_KEY_DOWN = 0402,
    CSHIM_KEY_UP = 0403,
    CSHIM_KEY_LEFT = 0404,
    CSHIM_KEY_RIGHT = 0405,
    CSHIM_KEY_HOME = 0406,
    CSHIM_KEY_BACKSPACE = 0407,
    /// F1 … F12 are CSHIM_KEY_F0 + 1 … + 12.
    CSHIM_KEY_F0 = 0410,
    CSHIM_KEY_NEXT_PAGE = 0522,
    CSHIM_KEY_PREVIOUS_PAGE = 0523,
    CSHIM_KEY_ENTER = 0527,
    CSHIM_KEY_BACK_TAB = 0541,
    CSHIM_KEY_END = 0550,
    CSHIM_KEY_MOUSE = 0631,
    CSHIM_KEY_RESIZE = 0632,
    /// ESC [ <, the start of an SGR 1006 mouse report that curses does not decode itself (its
    /// terminfo entry's kmous names the X10 protocol): the report's `b;x;yM` or `b;x;ym` follows
    /// as characters. A code of descent's own, far above curses' KEY_MAX and the codes it hands
    /// out to extended key names.
    CSHIM_KEY_SGR_MOUSE = 0x7000,
};

typedef enum {
    CSHIM_MOUSE_PRESS,
    CSHIM_MOUSE_RELEASE,
    CSHIM_MOUSE_WHEEL_UP,
    CSHIM_MOUSE_WHEEL_DOWN,
    /// Motion, other buttons: nothing descent acts on.
    CSHIM_MOUSE_OTHER,
} cshim_mouse_kind;

/// After CSHIM_KEY_MOUSE: the event's cell (0-based) and what happened; false if none is queued.
bool cshim_read_mouse(int *x, int *y, cshim_mouse_kind *kind);

#endif
