/* Clocks from clock_gettime; no TSC figures on unix. */
#include <pyuk/platform.h>
#include "unix.h"

static uint64_t clock_ns(int clock)
{
    struct unix_timespec ts;
    if (SYSCALL(SYS_clock_gettime, clock, &ts, 0, 0, 0, 0))
        return 0;
    return (uint64_t)ts.sec * 1000000000ull + (uint64_t)ts.nsec;
}

uint64_t plat_clock_monotonic(void) { return clock_ns(1); }   /* MONOTONIC */
uint64_t plat_clock_wall(void) { return clock_ns(0); }        /* REALTIME */
uint64_t plat_boot_tsc(void) { return 0; }
uint64_t plat_tsc_hz(void) { return 0; }
