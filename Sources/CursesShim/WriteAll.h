#ifndef CURSES_SHIM_WRITE_ALL_H
#define CURSES_SHIM_WRITE_ALL_H

#include <stddef.h>

/// Writes all `count` bytes to `descriptor`, going on after interruptions and partial writes;
/// stops at the first failure. Only write(2), so signal handlers use it too.
void write_all(int descriptor, const void *bytes, size_t count);

#endif
