/*
 * A xenstore client over the domain's store ring (HVM params STORE_PFN and
 * STORE_EVTCHN).  Requests are synchronous: each call sends one request and
 * blocks the domain (SCHEDOP_poll on the store event channel) until the
 * reply comes.  Paths without a leading '/' are relative to the domain's
 * home, /local/domain/<domid>.  Errors are negative errno values (-ENOENT
 * -2, -EACCES -13, -EEXIST -17, -EINVAL -22, -ETIMEDOUT -110, -EIO -5
 * otherwise).  Watch events that arrive between replies are queued, and
 * they make plat_yield() return true.
 */
#ifndef PYUK_XEN_XENSTORE_H
#define PYUK_XEN_XENSTORE_H

#include <stddef.h>
#include <stdint.h>

/* Connects to the ring; 0, or -ENODEV (-19) without a xenstore. */
int xenstore_init(void);

/* Value of `path`, NUL-terminated in buf (cut to size - 1 bytes); returns
 * its full length. */
int xenstore_read(const char *path, char *buf, size_t size);
int xenstore_write(const char *path, const char *value);
int xenstore_rm(const char *path);

/* Children of `path` as consecutive NUL-terminated names in buf; returns
 * the bytes used (the whole list's length if buf was too small). */
int xenstore_directory(const char *path, char *buf, size_t size);

/* Watches fire once when set, then on every change under `path`. */
int xenstore_watch(const char *path, const char *token);
int xenstore_unwatch(const char *path, const char *token);
/* Next watch event: the path that changed and the watch's token, both
 * NUL-terminated (cut to their sizes).  Waits until `deadline` on the
 * monotonic clock (UINT64_MAX: forever); -ETIMEDOUT if none came. */
int xenstore_next_watch(char *path, size_t path_size, char *token,
                        size_t token_size, uint64_t deadline);

/* Writes the program's exit status to data/exit-status (plat_exit does
 * this as a domU, for harnesses that want the exact status). */
void xenstore_write_exit_status(int status);

#endif
