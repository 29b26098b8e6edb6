/*
 * The 8254 PIT: channel 0 as a one-shot wake-up timer for plat_yield,
 * channel 2 (gated by port 0x61, no interrupt) to measure the TSC.
 */
#include "kvm.h"

#define PIT_CH0 0x40
#define PIT_CH2 0x42
#define PIT_CMD 0x43
#define PORT_B 0x61

void pit_oneshot(uint16_t ticks)
{
    outb(PIT_CMD, 0x30);            /* ch 0, lo/hi byte, mode 0 */
    outb(PIT_CH0, ticks & 0xff);
    outb(PIT_CH0, ticks >> 8);
}

/* Counts TSC ticks over 10 ms of PIT time. */
uint64_t pit_measure_tsc_hz(void)
{
    const uint16_t ticks = PIT_HZ / 100;
    outb(PORT_B, (inb(PORT_B) & ~0x02) | 0x01);     /* gate on, speaker off */
    outb(PIT_CMD, 0xb0);            /* ch 2, lo/hi byte, mode 0 */
    outb(PIT_CH2, ticks & 0xff);
    outb(PIT_CH2, ticks >> 8);
    uint64_t t0 = rdtsc();
    while (!(inb(PORT_B) & 0x20))   /* OUT2 goes high at terminal count */
        cpu_relax();
    return (rdtsc() - t0) * 100;
}
