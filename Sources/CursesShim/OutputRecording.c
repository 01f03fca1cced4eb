#define _GNU_SOURCE
#include "OutputRecording.h"
#include "Curses.h"
#include "WriteAll.h"
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

/// The memory file curses writes to while it draws, and a copy of the terminal descriptor to
/// put back in its place; -1 when not recording.
static int memory_file = -1;
static int terminal = -1;
static int curses_output = -1;
static uint8_t *kept;
static size_t kept_length, kept_capacity;

bool output_recording_start(int curses_descriptor) {
    memory_file = memfd_create("descent-output", MFD_CLOEXEC);
    terminal = memory_file < 0 ? -1 : fcntl(curses_descriptor, F_DUPFD_CLOEXEC, 0);
    if (terminal < 0) {
        output_recording_stop();
        return false;
    }
    curses_output = curses_descriptor;
    return true;
}

void output_recording_stop(void) {
    if (memory_file >= 0) close(memory_file);
    if (terminal >= 0) close(terminal);
    memory_file = terminal = curses_output = -1;
    free(kept);
    kept = NULL;
    kept_length = kept_capacity = 0;
}

bool output_recording_active(void) { return memory_file >= 0; }

/// Room for `count` more kept bytes; false when memory ran out (the bytes are then not kept).
static bool reserve(size_t count) {
    if (kept_length + count <= kept_capacity) return true;
    size_t capacity = kept_capacity == 0 ? 65536 : kept_capacity;
    while (capacity < kept_length + count) capacity *= 2;
    uint8_t *grown = realloc(kept, capacity);
    if (grown == NULL) return false;
    kept = grown;
    kept_capacity = capacity;
    return true;
}

void output_recording_keep(const uint8_t *bytes, size_t count) {
    if (memory_file < 0 || count == 0 || !reserve(count)) return;
    memcpy(kept + kept_length, bytes, count);
    kept_length += count;
}

size_t output_recording_take(const uint8_t **bytes) {
    *bytes = kept;
    size_t length = kept_length;
    kept_length = 0;
    return length;
}

/// A resize that curses has not taken in yet. Drawing, curses takes it in, and reads the size
/// from its descriptor: from a memory file it would read none, and shrink to the terminfo
/// entry's size.
static bool resize_pending(void) {
    struct winsize size;
    return ioctl(terminal, TIOCGWINSZ, &size) == 0 && (size.ws_row != LINES || size.ws_col != COLS);
}

void output_recording_around(void (*action)(void)) {
    // A frame drawn over a pending resize is not kept: the resize's full repaint follows.
    if (memory_file < 0 || resize_pending()) {
        action();
        return;
    }
    dup2(memory_file, curses_output);
    action();
    dup2(terminal, curses_output);
    off_t length = lseek(memory_file, 0, SEEK_CUR);
    if (length > 0 && reserve((size_t)length)) {
        ssize_t got = pread(memory_file, kept + kept_length, (size_t)length, 0);
        if (got > 0) {
            write_all(terminal, kept + kept_length, (size_t)got);
            kept_length += (size_t)got;
        }
    } else {
        // Out of memory for keeping it: the terminal gets the frame all the same.
        uint8_t chunk[4096];
        ssize_t got;
        for (off_t offset = 0; offset < length && (got = pread(memory_file, chunk, sizeof chunk, offset)) > 0; offset += got) {
            write_all(terminal, chunk, (size_t)got);
        }
    }
    // Emptied for the next frame; a memory file that cannot be emptied ends the recording.
    if (ftruncate(memory_file, 0) != 0 || lseek(memory_file, 0, SEEK_SET) != 0) output_recording_stop();
}
