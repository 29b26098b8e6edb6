/* plat_yield: sleeps until the deadline; no I/O sources on unix yet. */
#include <pyuk/platform.h>
#include "unix.h"

bool plat_yield(uint64_t deadline)
{
    struct unix_timespec ts = {
        .sec = (int64_t)(deadline / 1000000000ull),
        .nsec = (int64_t)(deadline % 1000000000ull),
    };
    if (ts.sec < 0)                 /* "forever" */
        ts.sec = INT64_MAX;
    /* CLOCK_MONOTONIC, TIMER_ABSTIME: restarts cleanly after a signal. */
    while (SYSCALL(SYS_clock_nanosleep, 1, 1, &ts, 0, 0, 0) == -EINTR)
        ;
    return false;
}
