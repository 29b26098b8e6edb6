/*
 * --boot-trace: how long the kernel took from its first instruction (the
 * RDTSC at pvh_start32) to the start of the compiled program, with the
 * phases of x86_start in between (x86_boot_marks, written by boot.c).
 *
 * Only linked when the driver asks for it (ld -u pyuk_boot_trace_report):
 * core/main.c calls it through a weak reference just before
 * pyuk_program_run(), so kernels built without --boot-trace carry none of
 * it.  The line goes to the error stream (the console on both kernels):
 *
 *   pyuk: boot-trace: 84.2 us to main (entry 1.0, traps 2.1, paging 60.3,
 *   platform 12.0, runtime 8.8 us; one CPUID 0.1 us; TSC 2.90 GHz)
 *
 * "entry" is pvh_entry.S (long mode) and the copy of the boot record,
 * "runtime" the runtime's start-up in pyuk_main (hash keys).  A CPUID is
 * timed after the measurement: it always exits to the hypervisor, so its
 * cost says how much each VM exit of the boot weighs (well under a
 * microsecond on hardware, milliseconds under QEMU's emulation of nested
 * virtualisation).
 */
#include <pyuk/platform.h>
#include "x86_64.h"

void pyuk_boot_trace_report(void);

static const char *const phase_names[X86_BOOT_MARKS] = {
    "entry", "traps", "paging", "platform", "runtime",
};

static char *put_str(char *p, const char *s)
{
    while (*s)
        *p++ = *s++;
    return p;
}

/* value / 10^decimals with `decimals` digits after the point */
static char *put_fixed(char *p, uint64_t value, int decimals)
{
    char digits[24];
    int n = 0;
    do {
        digits[n++] = (char)('0' + value % 10);
        value /= 10;
    } while (value || n <= decimals);
    while (n > 0) {
        if (n == decimals)
            *p++ = '.';
        *p++ = digits[--n];
    }
    return p;
}

/* tenths of a microsecond */
static uint64_t tenth_us(uint64_t ticks, uint64_t hz)
{
    return (uint64_t)(((unsigned __int128)ticks * 10000000u + hz / 2) / hz);
}

void pyuk_boot_trace_report(void)
{
    uint64_t main_tsc = rdtsc();        /* first: nothing below counts */
    x86_boot_marks[X86_BOOT_MARKS - 1] = main_tsc;
    uint64_t hz = plat_tsc_hz();
    char line[256];
    char *p = put_str(line, "pyuk: boot-trace: ");
    if (!hz) {
        p = put_fixed(p, main_tsc - x86_boot_tsc, 0);
        p = put_str(p, " TSC ticks to main (TSC frequency unknown)\n");
        plat_console_write(PLAT_STDERR, line, (size_t)(p - line));
        return;
    }
    p = put_fixed(p, tenth_us(main_tsc - x86_boot_tsc, hz), 1);
    p = put_str(p, " us to main (");
    uint64_t prev = x86_boot_tsc;
    for (int i = 0; i < X86_BOOT_MARKS; i++) {
        if (i)
            p = put_str(p, ", ");
        p = put_str(p, phase_names[i]);
        *p++ = ' ';
        p = put_fixed(p, tenth_us(x86_boot_marks[i] - prev, hz), 1);
        prev = x86_boot_marks[i];
    }
    /* What one VM exit costs here, to read the phases by: a CPUID always
     * exits under a hypervisor (a few hundred cycles on bare metal). */
    uint32_t r[4];
    uint64_t t0 = rdtsc();
    for (int i = 0; i < 4; i++)
        cpuid(0, 0, r);
    uint64_t cpuid_ticks = (rdtsc() - t0) / 4;
    p = put_str(p, " us; one CPUID ");
    p = put_fixed(p, tenth_us(cpuid_ticks, hz), 1);
    p = put_str(p, " us; TSC ");
    p = put_fixed(p, (hz + 5000000) / 10000000, 2);
    p = put_str(p, " GHz)\n");
    plat_console_write(PLAT_STDERR, line, (size_t)(p - line));
}
