#ifndef CURSES_SHIM_OUTPUT_RECORDING_H
#define CURSES_SHIM_OUTPUT_RECORDING_H

// What was written to the terminal, kept while a session is recorded. curses writes to its
// descriptor with write(2), past any FILE a tee could sit in, so while it draws its
// descriptor points at a memory file instead; the bytes go on to the terminal from there, and
// are kept. Everything here runs on curses' thread.

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/// Starts keeping output; `curses_descriptor` is the terminal descriptor curses writes to.
/// False, keeping nothing, when no memory file could be made.
bool output_recording_start(int curses_descriptor);

/// Stops keeping output and closes what it opened.
void output_recording_stop(void);

bool output_recording_active(void);

/// Runs `action`, a curses call that writes, and keeps what it wrote (when recording).
void output_recording_around(void (*action)(void));

/// Keeps `bytes` that were written to the terminal directly.
void output_recording_keep(const uint8_t *bytes, size_t count);

/// What was kept since the last call; valid until the next call that writes.
size_t output_recording_take(const uint8_t **bytes);

#endif
