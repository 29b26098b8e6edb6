/*
 * Exit.  A domU writes its status to xenstore (data/exit-status), then
 * shuts down: poweroff for status 0, crash otherwise.  As
 * dom0 (our test mode inside QEMU) the status leaves through QEMU's
 * isa-debug-exit port 0xf4 (dom0 may use I/O ports); if that device is
 * absent, we print the status and reboot, which ends QEMU -no-reboot
 * (a dom0 poweroff would only halt Xen).
 */
#include <pyuk/platform.h>
#include "xen.h"
#include "xenstore.h"

static void shutdown(unsigned reason)
{
    struct sched_shutdown s = {.reason = reason};
    HYPERCALL2(__HYPERVISOR_sched_op, SCHEDOP_shutdown, &s);
}

static void print_status(int status)
{
    char line[40] = "pyuk: exit status ";
    size_t n = 18;
    char digits[12];
    size_t k = 0;
    unsigned v = (unsigned)status;
    do {
        digits[k++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (k)
        line[n++] = digits[--k];
    line[n++] = '\n';
    plat_console_write(PLAT_STDERR, line, n);
}

void plat_exit(int status)
{
    __asm__ volatile("cli");
    if (xen_is_dom0) {
        outl(0xf4, (uint32_t)status);
        print_status(status);
        shutdown(SHUTDOWN_reboot);
    } else {
        xenstore_write_exit_status(status);
        xen_console_flush();
        shutdown(status ? SHUTDOWN_crash : SHUTDOWN_poweroff);
    }
    x86_triple_fault();
}
