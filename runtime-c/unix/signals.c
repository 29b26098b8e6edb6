/*
 * SIGSEGV/SIGBUS handlers on an alternate stack (the program stack may be
 * the thing that overflowed): they print "pyuk: fatal: ..." and exit 1.
 */
#include <pyuk/platform.h>
#include "unix.h"

#define SIGBUS 7
#define SIGSEGV 11
#define SA_SIGINFO 0x4
#define SA_ONSTACK 0x08000000
#define SA_RESTORER 0x04000000

struct kernel_sigaction {
    void (*handler)(int, void *, void *);
    unsigned long flags;
    void (*restorer)(void);
    uint64_t mask;
};
struct kernel_stack { void *sp; int flags; size_t size; };

void unix_sigreturn(void);
static uint8_t alt_stack[16384] __attribute__((aligned(16)));

static void on_fault(int sig, void *info, void *ucontext)
{
    uint64_t addr = *(uint64_t *)((char *)info + 16);          /* si_addr */
    uint64_t rip = ((uint64_t *)((char *)ucontext + 40))[16];  /* REG_RIP */
    if (addr >= unix_guard_lo && addr < unix_stack_lo)
        unix_fatal("stack overflow", false, 0, 0);
    unix_fatal(sig == SIGBUS ? "bus error" : "page fault", true, addr, rip);
}

void unix_signals_init(void)
{
    struct kernel_stack ss = {alt_stack, 0, sizeof alt_stack};
    SYSCALL(SYS_sigaltstack, &ss, 0, 0, 0, 0, 0);
    struct kernel_sigaction sa = {
        .handler = on_fault,
        .flags = SA_SIGINFO | SA_ONSTACK | SA_RESTORER,
        .restorer = unix_sigreturn,
        .mask = ~0ull,
    };
    SYSCALL(SYS_rt_sigaction, SIGSEGV, &sa, 0, 8, 0, 0);
    SYSCALL(SYS_rt_sigaction, SIGBUS, &sa, 0, 8, 0, 0);
}
