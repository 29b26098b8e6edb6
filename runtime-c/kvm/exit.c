/*
 * Exit: QEMU's isa-debug-exit device at port 0xf4 ends QEMU with status
 * (v << 1) | 1.  Without that device, say so on the console and power off
 * through ACPI (QEMU's PIIX4/ICH9 PM block at 0x600, soft-off is SLP_TYP 0);
 * if even that is absent, triple fault (QEMU -no-reboot exits).
 */
#include <pyuk/platform.h>
#include "kvm.h"

#define DEBUG_EXIT_PORT 0xf4
#define ACPI_PM1A_CNT 0x604
#define ACPI_SLP_EN (1 << 13)

static size_t put_status(char *out, int status)
{
    char digits[12];
    size_t n = 0, k = 0;
    unsigned v = (unsigned)status;
    do {
        digits[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n)
        out[k++] = digits[--n];
    return k;
}

void plat_exit(int status)
{
    __asm__ volatile("cli");
    outl(DEBUG_EXIT_PORT, (uint32_t)status);
    static const char msg[] = "pyuk: exit status ";
    char line[sizeof msg + 12];
    size_t n = sizeof msg - 1;
    for (size_t i = 0; i < n; i++)
        line[i] = msg[i];
    n += put_status(line + n, status);
    line[n++] = '\n';
    plat_console_write(PLAT_STDERR, line, n);
    outw(ACPI_PM1A_CNT, ACPI_SLP_EN);
    x86_triple_fault();
}
