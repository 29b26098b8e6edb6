/* The order in which the process comes up. */
#include <pyuk/platform.h>
#include "unix.h"

__attribute__((noreturn)) void unix_run_on_stack(uintptr_t top);
__attribute__((noreturn, used)) void unix_start(void);

void unix_start(void)
{
    uintptr_t top = unix_stack_create();
    unix_signals_init();
    unix_run_on_stack(top);
}
