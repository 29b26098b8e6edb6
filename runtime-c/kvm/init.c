/* Brings up the kvm platform's devices once the CPU is set up. */
#include "kvm.h"

void x86_platform_init(void)
{
    serial_init();
    pic_init();
}

void x86_irq(unsigned vector)
{
    unsigned irq = vector - X86_IRQ_BASE;
    if (irq == 0)                   /* PIT: plat_yield's wake-up */
        pic_eoi(0);
    /* Anything else is masked; spurious IRQ 7/15 need no EOI. */
}
