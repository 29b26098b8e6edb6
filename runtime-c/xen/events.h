/*
 * Event channels (2-level ABI), the API for Xen drivers.  Events arrive as
 * an upcall on vector X86_VEC_UPCALL; a port's handler, if any, runs in
 * that interrupt with interrupts off.  Any event on a port with a handler
 * makes plat_yield() return true.
 */
#ifndef PYUK_XEN_EVENTS_H
#define PYUK_XEN_EVENTS_H

#include <stdbool.h>
#include <stdint.h>
#include "xen.h"

typedef void xen_evtchn_handler(evtchn_port_t port, void *arg);

/* Binding; each returns the port, or a negative Xen errno. */
long xen_evtchn_bind_virq(uint32_t virq);
long xen_evtchn_alloc_unbound(domid_t remote);
long xen_evtchn_bind_interdomain(domid_t remote, evtchn_port_t remote_port);
void xen_evtchn_close(evtchn_port_t port);

/* Handler for a port (NULL: none); ports 0..XEN_EVTCHN_HANDLERS-1. */
#define XEN_EVTCHN_HANDLERS 64
void xen_evtchn_set_handler(evtchn_port_t port, xen_evtchn_handler *fn, void *arg);

void xen_evtchn_send(evtchn_port_t port);
void xen_evtchn_mask(evtchn_port_t port);
void xen_evtchn_unmask(evtchn_port_t port);
/* Clears the pending bit; true if it was set. */
bool xen_evtchn_clear(evtchn_port_t port);
/* Blocks until `port` is pending or the monotonic clock reaches deadline
 * (0: no deadline), without needing the upcall (SCHEDOP_poll). */
void xen_evtchn_poll(evtchn_port_t port, uint64_t deadline);

/* True (and cleared) if a port with a handler fired since the last call. */
bool xen_evtchn_take_io(void);

#endif
