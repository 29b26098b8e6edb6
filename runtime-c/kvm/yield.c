/*
 * plat_yield: halts the CPU until the deadline, woken by one-shot PIT
 * interrupts of at most 50 ms.  No kvm device raises I/O events yet.
 */
#include <pyuk/platform.h>
#include "kvm.h"

#define MAX_WAIT_NS 50000000ull

bool plat_yield(uint64_t deadline)
{
    for (;;) {
        uint64_t now = plat_clock_monotonic();
        if (now >= deadline)
            return false;
        uint64_t wait = deadline - now;
        if (wait > MAX_WAIT_NS)
            wait = MAX_WAIT_NS;
        uint64_t ticks = wait * PIT_HZ / 1000000000ull;
        pit_oneshot(ticks ? (uint16_t)ticks : 1);
        halt_until_interrupt();
    }
}
