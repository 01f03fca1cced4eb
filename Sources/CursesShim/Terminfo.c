#include "CursesShim.h"
#include "Curses.h"
#include <unistd.h>

cshim_terminfo_status cshim_terminfo_status_for_environment(void) {
    // With an error pointer, setupterm reports instead of printing and exiting.
    int error = 0;
    if (setupterm(NULL, STDOUT_FILENO, &error) == OK) {
        const char *move_cursor = tigetstr("cup");
        bool addressable = move_cursor != NULL && move_cursor != (const char *)-1;
        del_curterm(cur_term);
        return addressable ? CSHIM_TERMINFO_FOUND : CSHIM_TERMINFO_NOT_FULL_SCREEN;
    }
    return error == -1 ? CSHIM_TERMINFO_NO_DATABASE : CSHIM_TERMINFO_UNKNOWN_TERMINAL;
}
