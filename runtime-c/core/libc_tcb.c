/*
 * The thread control block that C library code expects at %fs.  Debian's
 * musl (whose libm pyuk links) is built with -fstack-protector-strong: its
 * functions read the stack guard at %fs:0x28, the x86-64 ABI's place, and
 * musl finds its thread at %fs:0.  pyuk runs one thread; each platform
 * points FS at this block first thing (unix: arch_prctl; kernels: the
 * FS_BASE MSR), so a libm call never reads address 0x28.  The guard is a
 * constant: only musl's code checks it, pyuk's own code is bounds-checked.
 */
#include <pyuk/platform.h>

struct pyuk_libc_tcb {
    void *self;                 /* %fs:0 */
    uint64_t reserved[4];
    uint64_t stack_guard;       /* %fs:0x28 */
    uint64_t spare[2];
};

const char pyuk_libc_tcb_linked = 1;   /* what the libm wrappers reference */

struct pyuk_libc_tcb pyuk_libc_tcb = {
    .self = &pyuk_libc_tcb,
    .stack_guard = 0x7079756b00000000ull,   /* "pyuk", a zero low byte as glibc's */
};
