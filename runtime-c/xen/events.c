/*
 * Event channels: the upcall vector (HVM_PARAM_CALLBACK_IRQ, vector type),
 * the 2-level pending/mask bitmaps of the shared-info page, and the
 * EVTCHNOP calls.
 */
#include <pyuk/platform.h>
#include "xen.h"
#include "events.h"

#define BITS (8 * sizeof(xen_ulong_t))

static struct {
    xen_evtchn_handler *fn;
    void *arg;
} handlers[XEN_EVTCHN_HANDLERS];
static volatile bool io_seen;

void xen_events_init(void)
{
    uint64_t via = (2ull << 56) | X86_VEC_UPCALL;   /* TYPE_VECTOR */
    if (xen_hvm_set_param(HVM_PARAM_CALLBACK_IRQ, via))
        plat_panic("cannot set the Xen event upcall vector");
}

static long evtchn_op(int cmd, void *arg)
{
    return HYPERCALL2(__HYPERVISOR_event_channel_op, cmd, arg);
}

long xen_evtchn_bind_virq(uint32_t virq)
{
    struct evtchn_bind_virq op = {.virq = virq, .vcpu = 0};
    long rc = evtchn_op(EVTCHNOP_bind_virq, &op);
    return rc ? rc : (long)op.port;
}

long xen_evtchn_alloc_unbound(domid_t remote)
{
    struct evtchn_alloc_unbound op = {.dom = DOMID_SELF, .remote_dom = remote};
    long rc = evtchn_op(EVTCHNOP_alloc_unbound, &op);
    return rc ? rc : (long)op.port;
}

long xen_evtchn_bind_interdomain(domid_t remote, evtchn_port_t remote_port)
{
    struct evtchn_bind_interdomain op = {.remote_dom = remote,
                                         .remote_port = remote_port};
    long rc = evtchn_op(EVTCHNOP_bind_interdomain, &op);
    return rc ? rc : (long)op.local_port;
}

void xen_evtchn_close(evtchn_port_t port)
{
    struct evtchn_close op = {.port = port};
    evtchn_op(EVTCHNOP_close, &op);
    if (port < XEN_EVTCHN_HANDLERS)
        handlers[port].fn = 0;
}

void xen_evtchn_set_handler(evtchn_port_t port, xen_evtchn_handler *fn, void *arg)
{
    if (port >= XEN_EVTCHN_HANDLERS)
        plat_panic("event channel port out of range");
    handlers[port].arg = arg;
    handlers[port].fn = fn;
}

void xen_evtchn_send(evtchn_port_t port)
{
    struct evtchn_send op = {.port = port};
    evtchn_op(EVTCHNOP_send, &op);
}

void xen_evtchn_mask(evtchn_port_t port)
{
    __atomic_fetch_or(&xen_shared->evtchn_mask[port / BITS],
                      (xen_ulong_t)1 << (port % BITS), __ATOMIC_SEQ_CST);
}

void xen_evtchn_unmask(evtchn_port_t port)
{
    /* Through Xen, which re-raises the upcall if the port is pending. */
    struct evtchn_unmask op = {.port = port};
    evtchn_op(EVTCHNOP_unmask, &op);
}

bool xen_evtchn_clear(evtchn_port_t port)
{
    xen_ulong_t bit = (xen_ulong_t)1 << (port % BITS);
    return __atomic_fetch_and(&xen_shared->evtchn_pending[port / BITS], ~bit,
                              __ATOMIC_SEQ_CST) & bit;
}

void xen_evtchn_poll(evtchn_port_t port, uint64_t deadline)
{
    struct sched_poll poll = {.nr_ports = 1, .timeout = deadline};
    set_xen_guest_handle(poll.ports, &port);
    if (HYPERCALL2(__HYPERVISOR_sched_op, SCHEDOP_poll, &poll))
        HYPERCALL2(__HYPERVISOR_sched_op, SCHEDOP_yield, 0);
}

bool xen_evtchn_take_io(void)
{
    bool seen = io_seen;
    io_seen = false;
    return seen;
}

void xen_evtchn_upcall(void)
{
    struct vcpu_info *v = &xen_shared->vcpu_info[0];
    v->evtchn_upcall_pending = 0;
    xen_ulong_t sel = __atomic_exchange_n(&v->evtchn_pending_sel, 0, __ATOMIC_SEQ_CST);
    while (sel) {
        unsigned w = (unsigned)__builtin_ctzl(sel);
        sel &= sel - 1;
        xen_ulong_t ready = xen_shared->evtchn_pending[w] & ~xen_shared->evtchn_mask[w];
        while (ready) {
            unsigned b = (unsigned)__builtin_ctzl(ready);
            ready &= ready - 1;
            evtchn_port_t port = w * BITS + b;
            xen_evtchn_clear(port);
            if (port == xen_timer_port)
                continue;           /* only ends a plat_yield's halt */
            if (port < XEN_EVTCHN_HANDLERS && handlers[port].fn) {
                io_seen = true;
                handlers[port].fn(port, handlers[port].arg);
            }
        }
    }
}
