/*
 * The platform contract: everything the runtime core needs from below.
 *
 * Every target (unix, kvm, xen) is one folder of runtime-c/ that implements
 * exactly these calls, nothing more, in the spirit of Solo5.  The runtime
 * core (runtime-c/core) never touches hardware, syscalls or hypercalls; it
 * only calls what is declared here.  A platform also owns the program entry
 * point: it sets up a stack and memory, then calls pyuk_main() (defined by
 * the runtime core) and passes its result to plat_exit().
 */
#ifndef PYUK_PLATFORM_H
#define PYUK_PLATFORM_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

/* ---- provided by the runtime core, called by the platform ---- */

/* Runs the whole program; returns the process exit status (0..255). */
int pyuk_main(void);

/* ---- provided by each platform ---- */

/* Ends the program with `status`.  Flushing is the caller's job. */
__attribute__((noreturn)) void plat_exit(int status);

/* Fatal platform-level failure (bad boot info, CPU fault...): prints
 * "pyuk: fatal: <msg>" on the error console and exits with status 1. */
__attribute__((noreturn)) void plat_panic(const char *msg);

/* Console output.  stream is PLAT_STDOUT or PLAT_STDERR.  Kernels have one
 * console and may merge both streams there, in program order. */
enum { PLAT_STDOUT = 1, PLAT_STDERR = 2 };
void plat_console_write(int stream, const char *buf, size_t len);

/* Monotonic clock in nanoseconds since an arbitrary origin. */
uint64_t plat_clock_monotonic(void);

/* Wall-clock time in nanoseconds since the Unix epoch (0 if unknown). */
uint64_t plat_clock_wall(void);

/* Blocks until the monotonic clock reaches `deadline` (ns) or an I/O event
 * arrives, whichever comes first.  Never spins on kernels: it halts or
 * blocks the domain.  Returns true if an I/O event is pending. */
bool plat_yield(uint64_t deadline);

/* The region the garbage-collected heap may use.  Kernels return the free
 * RAM after the image; unix reserves virtual address space that the kernel
 * commits lazily.  Called once, before any allocation. */
void plat_heap_region(uintptr_t *base, size_t *size);

/* Proposed by the collector (docs/memory.md): the runtime no longer needs
 * the contents of [addr, addr + len) inside the heap region (both multiples
 * of 32 KiB).  The platform may give the memory back -- unix:
 * madvise(MADV_DONTNEED); kernels: nothing to do.  Afterwards the pages may
 * read as zero or keep old contents; the runtime zeroes before reuse and
 * may touch them again at any time.  Until every platform defines it, the
 * collector references it weakly and skips the call when it is absent. */
void plat_heap_release(uintptr_t addr, size_t len);

/* Bounds of the stack the program runs on (lo < hi, the stack grows down
 * towards lo).  A guard page below lo traps overflow on every target. */
void plat_stack_bounds(uintptr_t *lo, uintptr_t *hi);

/* Fills buf with len bytes of the best entropy the platform has (RDRAND,
 * getrandom, TSC jitter...).  Used to key string hashing at start-up. */
void plat_entropy(void *buf, size_t len);

/* The Xen store of the domain (pyuk.xen).  A path without a leading '/' is
 * relative to the domain's home, /local/domain/<domid>.  read: the value,
 * NUL-terminated in buf (cut to size - 1 bytes), returns its full length;
 * write: returns 0.  Errors are negative errno values (-2 no such key, -13
 * not allowed, -22 bad path, -110 no answer, -5 otherwise).  Where there is
 * no xenstore -- every platform but xen as a domU -- both return -19
 * (-ENODEV) for any path; plat_xenstore_read(0, 0, 0) asks just that. */
int plat_xenstore_read(const char *path, char *buf, size_t size);
int plat_xenstore_write(const char *path, const char *value);

/* Timestamp (TSC ticks) taken at the kernel's first instruction, and the TSC
 * frequency in Hz; both 0 where unknown (unix).  Used by --boot-trace. */
uint64_t plat_boot_tsc(void);
uint64_t plat_tsc_hz(void);

/* The thread control block (core/libc_tcb.c) that every platform points
 * %fs at before anything else runs: musl's libm reads its stack guard at
 * %fs:0x28.  Weak: linked only with the runtime's libm wrappers, which
 * reference pyuk_libc_tcb_linked; its address is 0 in other programs. */
extern struct pyuk_libc_tcb pyuk_libc_tcb __attribute__((weak));
extern const char pyuk_libc_tcb_linked;
#define PYUK_NEEDS_LIBC_TCB                                                  \
    __attribute__((used)) static const char *const pyuk_needs_libc_tcb =     \
        &pyuk_libc_tcb_linked

#endif
