/*
 * Clocks: monotonic from the TSC (frequency from CPUID, or measured with
 * the PIT on first use), wall clock from the CMOS RTC read once.
 */
#include <pyuk/platform.h>
#include "kvm.h"

static uint64_t tsc_hz, ns_factor;

uint64_t plat_tsc_hz(void)
{
    if (!tsc_hz) {
        tsc_hz = tsc_hz_from_cpuid();
        if (!tsc_hz)
            tsc_hz = pit_measure_tsc_hz();
        ns_factor = tsc_ns_factor(tsc_hz);
    }
    return tsc_hz;
}

uint64_t plat_clock_monotonic(void)
{
    if (!ns_factor)
        plat_tsc_hz();
    return tsc_to_ns(rdtsc() - x86_boot_tsc, ns_factor);
}

uint64_t plat_clock_wall(void)
{
    static uint64_t rtc_ns, mono_at_rtc;
    if (!rtc_ns) {
        rtc_ns = rtc_read_epoch_seconds() * 1000000000ull;
        mono_at_rtc = plat_clock_monotonic();
    }
    return rtc_ns ? rtc_ns + (plat_clock_monotonic() - mono_at_rtc) : 0;
}
