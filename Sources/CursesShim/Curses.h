// The ncursesw headers with the wide-character API switched on, for this target's .c files
// only: Swift sees CursesShim.h, which includes no curses header. CNCurses/shim.h holds the
// one definition of what must precede curses.h; SwiftPM puts no system-library folder on a C
// target's include path, hence the relative path.
#ifndef CURSES_SHIM_CURSES_H
#define CURSES_SHIM_CURSES_H
#include "../CNCurses/shim.h"
#include <ncursesw/term.h>
#endif
