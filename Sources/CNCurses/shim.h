// SwiftPM drops the -D flags of ncursesw.pc, and without NCURSES_WIDECHAR the wide-character
// API (cchar_t, setcchar, mvadd_wch) does not exist: define it here, before the include.
#ifndef NCURSES_WIDECHAR
#define NCURSES_WIDECHAR 1
#endif
#ifndef _XOPEN_SOURCE_EXTENDED
#define _XOPEN_SOURCE_EXTENDED 1
#endif
#include <ncursesw/curses.h>
