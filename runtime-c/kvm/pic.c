/*
 * The two legacy 8259 PICs.  Firmware leaves them on vectors 8..15, which
 * are CPU exceptions in long mode: move them to 32..47 and mask all but
 * IRQ 0 (the PIT, our timer).
 */
#include "kvm.h"

#define PIC1 0x20
#define PIC2 0xa0

void pic_init(void)
{
    outb(PIC1, 0x11);               /* ICW1: init, ICW4 follows */
    outb(PIC2, 0x11);
    outb(PIC1 + 1, X86_IRQ_BASE);   /* ICW2: vector base */
    outb(PIC2 + 1, X86_IRQ_BASE + 8);
    outb(PIC1 + 1, 0x04);           /* ICW3: slave on IRQ 2 */
    outb(PIC2 + 1, 0x02);
    outb(PIC1 + 1, 0x01);           /* ICW4: 8086 mode */
    outb(PIC2 + 1, 0x01);
    outb(PIC1 + 1, 0xfe);           /* masks: only IRQ 0 */
    outb(PIC2 + 1, 0xff);
}

void pic_eoi(unsigned irq)
{
    if (irq >= 8)
        outb(PIC2, 0x20);
    outb(PIC1, 0x20);
}
