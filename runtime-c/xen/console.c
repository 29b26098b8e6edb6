/*
 * Console.  As dom0 (our fast test mode) Xen's console_io hypercall prints
 * on Xen's serial console.  As a domU, the PV console ring that the
 * toolstack set up (its frame and event channel are HVM params): bytes go
 * into the 2 KiB out ring, and when the ring is full we wait for
 * xenconsoled to drain it, so nothing is lost.
 */
#include <pyuk/platform.h>
#include <xen/io/console.h>
#include "xen.h"
#include "events.h"

static struct xencons_interface *ring;
static evtchn_port_t ring_port;

void xen_console_init(void)
{
    if (xen_is_dom0)
        return;
    uint64_t pfn, port;
    if (xen_hvm_get_param(HVM_PARAM_CONSOLE_PFN, &pfn) ||
        xen_hvm_get_param(HVM_PARAM_CONSOLE_EVTCHN, &port) || !pfn)
        return;                 /* no console: output goes to port 0xe9 */
    ring = (struct xencons_interface *)(uintptr_t)(pfn * PAGE_SIZE);
    ring_port = (evtchn_port_t)port;
    xen_evtchn_mask(ring_port);     /* waited on with SCHEDOP_poll */
}

/* Waits until the backend has taken something, or 10 ms have passed. */
static void wait_for_backend(void)
{
    xen_evtchn_send(ring_port);
    xen_evtchn_poll(ring_port, plat_clock_monotonic() + 10000000);
}

static void ring_write(const char *buf, size_t len)
{
    while (len) {
        xen_evtchn_clear(ring_port);    /* before looking: no lost wake-up */
        XENCONS_RING_IDX cons = ring->out_cons, prod = ring->out_prod;
        __atomic_thread_fence(__ATOMIC_ACQUIRE);
        size_t space = sizeof ring->out - (prod - cons);
        if (!space) {
            wait_for_backend();
            continue;
        }
        size_t n = len < space ? len : space;
        for (size_t i = 0; i < n; i++)
            ring->out[MASK_XENCONS_IDX(prod++, ring->out)] = buf[i];
        __atomic_thread_fence(__ATOMIC_RELEASE);
        ring->out_prod = prod;
        xen_evtchn_send(ring_port);
        buf += n;
        len -= n;
    }
}

void plat_console_write(int stream, const char *buf, size_t len)
{
    (void)stream;
    if (xen_is_dom0) {
        HYPERCALL3(__HYPERVISOR_console_io, CONSOLEIO_write, len, buf);
    } else if (ring) {
        ring_write(buf, len);
    } else {
        for (size_t i = 0; i < len; i++)
            outb(0xe9, (uint8_t)buf[i]);
    }
}

/* Before shutdown: give xenconsoled up to a second to take the rest. */
void xen_console_flush(void)
{
    if (!ring)
        return;
    uint64_t give_up = plat_clock_monotonic() + 1000000000ull;
    while (ring->out_cons != ring->out_prod && plat_clock_monotonic() < give_up) {
        xen_evtchn_clear(ring_port);
        if (ring->out_cons == ring->out_prod)
            break;
        wait_for_backend();
    }
}
