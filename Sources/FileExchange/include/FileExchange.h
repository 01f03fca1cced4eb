#ifndef FILE_EXCHANGE_H
#define FILE_EXCHANGE_H

// Swaps the directory entries `a` and `b` in one atomic step: each name then reaches what the
// other reached. Both must exist, on one file system. Returns 0, or -1 with errno set (ENOSYS
// where the system has no such call, EINVAL where the file system does not support it).
int file_exchange(const char *a, const char *b);

#endif
