/*
 * pyuk_main: what every platform calls once the machine is ready.  It sets
 * the recursion limit from the stack bounds, runs the program, and turns an
 * uncaught exception into CPython's report and exit status.
 */
#include <pyuk/exceptions.h>
#include <pyuk/output.h>
#include <pyuk/platform.h>

/* Room kept free below the deepest compiled frame for runtime functions
 * and the non-recursive calls between two stack checks. */
#define STACK_RESERVE (128 * 1024)

uintptr_t pyuk_stack_limit;

/* Optional start-up hooks of runtime modules a program may not link. */
void pyuk_hash_init(void) __attribute__((weak));
/* --boot-trace (kernels): prints the time from the first instruction to
 * here; linked only when the driver asks for it (ld -u). */
void pyuk_boot_trace_report(void) __attribute__((weak));

int pyuk_main(void)
{
    uintptr_t lo, hi;
    plat_stack_bounds(&lo, &hi);
    pyuk_stack_limit = lo + STACK_RESERVE;
    if (pyuk_hash_init)
        pyuk_hash_init();
    if (pyuk_boot_trace_report)
        pyuk_boot_trace_report();
    pyuk_program_run();
    int status = 0;
    if (pyuk_current_exception)
        status = pyuk_report_uncaught();
    pyuk_flush_all();
    return status;
}
