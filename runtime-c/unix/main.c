/* The order in which the process comes up. */
#include <pyuk/platform.h>
#include "unix.h"

__attribute__((noreturn)) void unix_run_on_stack(uintptr_t top);
__attribute__((noreturn, used)) void unix_start(const uint64_t *initial_sp);

const char *const *unix_envp;

void unix_start(const uint64_t *initial_sp)
{
    uint64_t argc = initial_sp[0];
    unix_envp = (const char *const *)(initial_sp + 1 + argc + 1);
    if (&pyuk_libc_tcb)
        SYSCALL(SYS_arch_prctl, ARCH_SET_FS, &pyuk_libc_tcb, 0, 0, 0, 0);
    uintptr_t top = unix_stack_create();
    unix_signals_init();
    unix_run_on_stack(top);
}

const char *unix_getenv(const char *name)
{
    for (const char *const *e = unix_envp; e && *e; e++) {
        const char *p = *e, *n = name;
        while (*n && *p == *n)
            p++, n++;
        if (!*n && *p == '=')
            return p + 1;
    }
    return 0;
}
