#include "CursesShim.h"
#include "Curses.h"

_Static_assert(CSHIM_KEY_DOWN == KEY_DOWN, "KEY_DOWN");
_Static_assert(CSHIM_KEY_UP == KEY_UP, "KEY_UP");
_Static_assert(CSHIM_KEY_LEFT == KEY_LEFT, "KEY_LEFT");
_Static_assert(CSHIM_KEY_RIGHT == KEY_RIGHT, "KEY_RIGHT");
_Static_assert(CSHIM_KEY_HOME == KEY_HOME, "KEY_HOME");
_Static_assert(CSHIM_KEY_BACKSPACE == KEY_BACKSPACE, "KEY_BACKSPACE");
_Static_assert(CSHIM_KEY_F0 == KEY_F0 && CSHIM_KEY_F0 + 12 == KEY_F(12), "KEY_F0");
_Static_assert(CSHIM_KEY_NEXT_PAGE == KEY_NPAGE, "KEY_NPAGE");
_Static_assert(CSHIM_KEY_PREVIOUS_PAGE == KEY_PPAGE, "KEY_PPAGE");
_Static_assert(CSHIM_KEY_ENTER == KEY_ENTER, "KEY_ENTER");
_Static_assert(CSHIM_KEY_BACK_TAB == KEY_BTAB, "KEY_BTAB");
_Static_assert(CSHIM_KEY_END == KEY_END, "KEY_END");
_Static_assert(CSHIM_KEY_MOUSE == KEY_MOUSE, "KEY_MOUSE");
_Static_assert(CSHIM_KEY_RESIZE == KEY_RESIZE, "KEY_RESIZE");

cshim_input_kind cshim_read(uint32_t *value) {
    wint_t input;
    switch (get_wch(&input)) {
    case OK:
        *value = (uint32_t)input;
        return CSHIM_INPUT_CHARACTER;
    case KEY_CODE_YES:
        *value = (uint32_t)input;
        return CSHIM_INPUT_KEY;
    default:
        return CSHIM_INPUT_NONE;
    }
}

bool cshim_read_mouse(int *x, int *y, cshim_mouse_kind *kind) {
    MEVENT event;
    if (getmouse(&event) != OK) return false;
    *x = event.x;
    *y = event.y;
    mmask_t state = event.bstate;
    if (state & (BUTTON1_PRESSED | BUTTON1_CLICKED)) *kind = CSHIM_MOUSE_PRESS;
    else if (state & BUTTON1_RELEASED) *kind = CSHIM_MOUSE_RELEASE;
    else if (state & BUTTON4_PRESSED) *kind = CSHIM_MOUSE_WHEEL_UP;
    else if (state & BUTTON5_PRESSED) *kind = CSHIM_MOUSE_WHEEL_DOWN;
    else *kind = CSHIM_MOUSE_OTHER;
    return true;
}
