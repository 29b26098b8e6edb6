/* Brings up the xen platform once the CPU is set up. */
#include "xen.h"

bool xen_is_dom0;

void x86_platform_init(void)
{
    xen_hypercall_init();
    xen_is_dom0 = x86_boot.flags & SIF_INITDOMAIN;
    xen_shared_info_init();
    xen_console_init();
    if (!x86_boot.nram)
        xen_memory_map_read();
    xen_events_init();
}

void x86_irq(unsigned vector)
{
    if (vector == X86_VEC_UPCALL)
        xen_evtchn_upcall();
}
