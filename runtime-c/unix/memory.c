/*
 * The heap region: a large MAP_NORESERVE reservation (64 GiB by default,
 * from unix.ld.j2).  The kernel commits pages on first touch, so RSS is
 * only what the program uses.  Halved until the kernel accepts it (strict
 * overcommit ignores MAP_NORESERVE).
 */
#include <pyuk/platform.h>
#include "unix.h"

void plat_heap_region(uintptr_t *base, size_t *size)
{
    size_t want = (size_t)__pyuk_heap_reserve;
    for (; want >= (16u << 20); want /= 2) {
        long p = SYSCALL(SYS_mmap, 0, want, 3, 0x02 | 0x20 | 0x4000, -1, 0);
        if (p > 0 || p < -4096) {
            *base = (uintptr_t)p;
            *size = want;
            return;
        }
    }
    unix_fatal("cannot reserve the heap", false, 0, 0);
}

/* The collector hands back whole free blocks: MADV_DONTNEED drops the
 * pages (they read as zero when touched again), so RSS falls after a peak. */
void plat_heap_release(uintptr_t addr, size_t len)
{
    enum { MADV_DONTNEED = 4 };
    SYSCALL(SYS_madvise, addr, len, MADV_DONTNEED, 0, 0, 0);
}
