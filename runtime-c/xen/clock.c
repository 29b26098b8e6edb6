/*
 * Clocks from Xen's pvclock (vcpu_time_info in the shared-info page): the
 * monotonic clock is Xen's system time, so plat_yield's deadlines can be
 * given to Xen's timer as they are.  Wall clock = wc_* + system time.
 */
#include <pyuk/platform.h>
#include "xen.h"

uint64_t plat_clock_monotonic(void)
{
    const volatile struct vcpu_time_info *t = &xen_shared->vcpu_info[0].time;
    uint32_t version;
    uint64_t ns;
    do {
        version = t->version;
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
        uint64_t delta = rdtsc() - t->tsc_timestamp;
        int8_t shift = t->tsc_shift;
        delta = shift < 0 ? delta >> -shift : delta << shift;
        ns = t->system_time +
             (uint64_t)(((unsigned __int128)delta * t->tsc_to_system_mul) >> 32);
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
    } while ((version & 1) || version != t->version);
    return ns;
}

uint64_t plat_clock_wall(void)
{
    const volatile struct shared_info *s = xen_shared;
    uint32_t version;
    uint64_t sec, nsec;
    do {
        version = s->wc_version;
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
        sec = ((uint64_t)s->wc_sec_hi << 32) | s->wc_sec;
        nsec = s->wc_nsec;
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
    } while ((version & 1) || version != s->wc_version);
    if (!sec)
        return 0;
    return sec * 1000000000ull + nsec + plat_clock_monotonic();
}

uint64_t plat_tsc_hz(void)
{
    static uint64_t hz;
    if (!hz) {
        uint32_t r[4];
        cpuid(xen_cpuid_base() + 3, 0, r);  /* guest TSC kHz in %ecx */
        hz = (uint64_t)r[2] * 1000;
    }
    if (!hz) {                  /* from the pvclock scale instead */
        const volatile struct vcpu_time_info *t = &xen_shared->vcpu_info[0].time;
        uint64_t f = (1000000000ull << 32) / t->tsc_to_system_mul;
        hz = t->tsc_shift < 0 ? f << -t->tsc_shift : f >> t->tsc_shift;
    }
    return hz;
}
