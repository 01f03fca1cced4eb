#include "CursesShim.h"
#include "Curses.h"
#include "OutputRecording.h"
#include <wchar.h>

int cshim_color_pair(int foreground, int background) {
    return alloc_pair(foreground, background);
}

void cshim_reset_color_pairs(void) {
    reset_color_pairs();
}

static attr_t curses_attributes(unsigned attributes) {
    attr_t result = A_NORMAL;
    if (attributes & CSHIM_BOLD) result |= A_BOLD;
    if (attributes & CSHIM_DIM) result |= A_DIM;
    if (attributes & CSHIM_REVERSE) result |= A_REVERSE;
    if (attributes & CSHIM_UNDERLINE) result |= A_UNDERLINE;
    return result;
}

void cshim_put(int y, int x, uint32_t scalar, int pair, unsigned attributes) {
    wchar_t text[2] = { (wchar_t)scalar, L'\0' };
    cchar_t cell;
    // The short pair argument holds 8 bits of colour pair in practice; the opts pointer takes
    // the full int (an ncurses extension), and wins when given.
    setcchar(&cell, text, curses_attributes(attributes), 0, &pair);
    mvadd_wch(y, x, &cell);
}

void cshim_erase(void) {
    erase();
}

void cshim_repaint_all(void) {
    clearok(curscr, TRUE);
}

static void update_terminal(void) {
    refresh();
}

void cshim_refresh(void) {
    output_recording_around(update_terminal);
}
