/*
 * plat_yield: a one-shot Xen timer at the deadline (VIRQ_TIMER), then the
 * vCPU blocks until an event.  The block is STI;HLT: for an HVM/PVH vCPU
 * Xen turns HLT into SCHEDOP_block, and unlike the hypercall it is atomic
 * with enabling interrupts, so an event that arrives just before cannot be
 * missed.  The domain is blocked, not spinning, while it waits.
 */
#include <pyuk/platform.h>
#include "xen.h"
#include "events.h"

evtchn_port_t xen_timer_port;
static bool timer_bound;

bool plat_yield(uint64_t deadline)
{
    if (!timer_bound) {
        long port = xen_evtchn_bind_virq(VIRQ_TIMER);
        if (port < 0)
            plat_panic("cannot bind the Xen timer");
        xen_timer_port = (evtchn_port_t)port;
        /* Xen starts every vCPU with a 10 ms periodic timer on the same
         * VIRQ: stop it, or a sleeping domain wakes 100 times a second. */
        HYPERCALL3(__HYPERVISOR_vcpu_op, VCPUOP_stop_periodic_timer, 0, 0);
        xen_evtchn_unmask(xen_timer_port);
        timer_bound = true;
    }
    for (;;) {
        if (xen_evtchn_take_io())
            return true;
        if (plat_clock_monotonic() >= deadline)
            return false;
        struct vcpu_set_singleshot_timer t = {.timeout_abs_ns = deadline};
        if (deadline != UINT64_MAX)
            HYPERCALL3(__HYPERVISOR_vcpu_op, VCPUOP_set_singleshot_timer, 0, &t);
        halt_until_interrupt();
    }
}
