/* Raw Linux x86_64 system calls (no libc) and what the unix files share. */
#ifndef PYUK_UNIX_H
#define PYUK_UNIX_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

enum {
    SYS_write = 1, SYS_mmap = 9, SYS_mprotect = 10, SYS_madvise = 28, SYS_rt_sigaction = 13,
    SYS_rt_sigreturn = 15, SYS_sigaltstack = 131, SYS_clock_gettime = 228,
    SYS_clock_nanosleep = 230, SYS_exit_group = 231, SYS_getrandom = 318,
    SYS_arch_prctl = 158,
};
#define ARCH_SET_FS 0x1002
#define EINTR 4

static inline long syscall6(long n, long a, long b, long c, long d, long e, long f)
{
    register long r10 __asm__("r10") = d;
    register long r8 __asm__("r8") = e;
    register long r9 __asm__("r9") = f;
    long ret;
    __asm__ volatile("syscall"
                     : "=a"(ret)
                     : "a"(n), "D"(a), "S"(b), "d"(c), "r"(r10), "r"(r8), "r"(r9)
                     : "rcx", "r11", "memory");
    return ret;
}
#define SYSCALL(n, a, b, c, d, e, f) \
    syscall6(n, (long)(a), (long)(b), (long)(c), (long)(d), (long)(e), (long)(f))

struct unix_timespec { int64_t sec, nsec; };

/* From unix.ld.j2. */
extern const uint64_t __pyuk_stack_size, __pyuk_heap_reserve;

/* main.c: the environment the process was started with (NULL-terminated) */
extern const char *const *unix_envp;
const char *unix_getenv(const char *name);

/* stack.c */
extern uintptr_t unix_stack_lo, unix_stack_hi, unix_guard_lo;
uintptr_t unix_stack_create(void);

/* signals.c */
void unix_signals_init(void);

/* fatal.c */
__attribute__((noreturn)) void unix_fatal(const char *what, bool with_addr,
                                          uint64_t addr, uint64_t rip);

#endif
