/*
 * Console on the first 16550 UART (COM1, port 0x3f8), polled.  Both streams
 * go there in program order, byte for byte: no CR is added, so the output
 * is the same as on unix.
 */
#include <pyuk/platform.h>
#include "kvm.h"

#define COM1 0x3f8
#define LSR_THR_EMPTY 0x20

void serial_init(void)
{
    outb(COM1 + 1, 0x00);   /* no UART interrupts */
    outb(COM1 + 3, 0x80);   /* DLAB on: set the divisor */
    outb(COM1 + 0, 0x01);   /* 115200 baud */
    outb(COM1 + 1, 0x00);
    outb(COM1 + 3, 0x03);   /* 8N1, DLAB off */
    outb(COM1 + 2, 0xc7);   /* FIFOs on, cleared */
    outb(COM1 + 4, 0x03);   /* DTR, RTS */
}

void plat_console_write(int stream, const char *buf, size_t len)
{
    (void)stream;
    for (size_t i = 0; i < len; i++) {
        while (!(inb(COM1 + 5) & LSR_THR_EMPTY))
            cpu_relax();
        outb(COM1, (uint8_t)buf[i]);
    }
}
