/* The time-stamp counter: boot timestamp, frequency from CPUID, scaling. */
#include <pyuk/platform.h>
#include "x86_64.h"

uint64_t plat_boot_tsc(void)
{
    return x86_boot_tsc;
}

uint64_t tsc_hz_from_cpuid(void)
{
    uint32_t r[4];
    cpuid(0, 0, r);
    uint32_t max = r[0];
    if (max >= 0x15) {
        cpuid(0x15, 0, r);          /* TSC/crystal ratio, crystal Hz */
        if (r[0] && r[1] && r[2])
            return (uint64_t)r[2] * r[1] / r[0];
    }
    cpuid(1, 0, r);
    if (r[2] & (1u << 31)) {        /* under a hypervisor */
        cpuid(0x40000000, 0, r);
        if (r[0] >= 0x40000010) {   /* KVM/VMware timing leaf, in kHz */
            cpuid(0x40000010, 0, r);
            if (r[0])
                return (uint64_t)r[0] * 1000;
        }
    }
    if (max >= 0x16) {              /* nominal base frequency, MHz */
        cpuid(0x16, 0, r);
        if (r[0] & 0xffff)
            return (uint64_t)(r[0] & 0xffff) * 1000000;
    }
    return 0;
}

uint64_t tsc_ns_factor(uint64_t hz)
{
    return hz ? (1000000000ull << 32) / hz : 0;
}
