/*
 * The program's stack: a MAP_NORESERVE mapping (1 GiB by default, from
 * unix.ld.j2) so deep recursion just works and costs only the pages it
 * touches, with an inaccessible guard region below it.
 */
#include <pyuk/platform.h>
#include "unix.h"

#define PROT_NONE 0
#define PROT_RW 3
#define MAP_PRIVATE_ANON_NORESERVE (0x02 | 0x20 | 0x4000)
#define GUARD_SIZE (64 * 1024)

uintptr_t unix_stack_lo, unix_stack_hi, unix_guard_lo;

uintptr_t unix_stack_create(void)
{
    size_t size = (size_t)__pyuk_stack_size;
    long p = SYSCALL(SYS_mmap, 0, size + GUARD_SIZE, PROT_RW,
                     MAP_PRIVATE_ANON_NORESERVE, -1, 0);
    if (p < 0 && p > -4096)
        unix_fatal("cannot map the stack", false, 0, 0);
    SYSCALL(SYS_mprotect, p, GUARD_SIZE, PROT_NONE, 0, 0, 0);
    unix_guard_lo = (uintptr_t)p;
    unix_stack_lo = (uintptr_t)p + GUARD_SIZE;
    unix_stack_hi = unix_stack_lo + size;
    return unix_stack_hi;
}

void plat_stack_bounds(uintptr_t *lo, uintptr_t *hi)
{
    *lo = unix_stack_lo;
    *hi = unix_stack_hi;
}
