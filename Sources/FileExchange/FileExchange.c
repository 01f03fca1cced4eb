// renameat2 is declared only under _GNU_SOURCE, which Swift's Glibc module does not define.
#define _GNU_SOURCE
#include "FileExchange.h"
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>

int file_exchange(const char *a, const char *b) {
#if defined(__linux__) && defined(RENAME_EXCHANGE)
    return renameat2(AT_FDCWD, a, AT_FDCWD, b, RENAME_EXCHANGE);
#else
    (void)a;
    (void)b;
    errno = ENOSYS;
    return -1;
#endif
}
