/*
 * Pieces of the xen platform that call each other, and the Xen public
 * headers (from libxen-dev) with the integer types they expect.
 */
#ifndef PYUK_XEN_H
#define PYUK_XEN_H

#include <stdint.h>
/* The interface this code is written against (Xen 4.14 and later). */
#define __XEN_INTERFACE_VERSION__ 0x00040e00
#include <xen/xen.h>
#include <xen/sched.h>
#include <xen/event_channel.h>
#include <xen/vcpu.h>
#include <xen/memory.h>
#include <xen/hvm/hvm_op.h>
#include <xen/hvm/params.h>
#include "../x86_64/x86_64.h"

/* hypercall.c */
void xen_hypercall_init(void);
long xen_hypercall(unsigned op, uint64_t a1, uint64_t a2, uint64_t a3,
                   uint64_t a4, uint64_t a5);
#define HYPERCALL1(op, a) xen_hypercall(op, (uint64_t)(a), 0, 0, 0, 0)
#define HYPERCALL2(op, a, b) \
    xen_hypercall(op, (uint64_t)(a), (uint64_t)(b), 0, 0, 0)
#define HYPERCALL3(op, a, b, c) \
    xen_hypercall(op, (uint64_t)(a), (uint64_t)(b), (uint64_t)(c), 0, 0)
uint32_t xen_cpuid_base(void);
int xen_hvm_get_param(uint32_t index, uint64_t *value);
int xen_hvm_set_param(uint32_t index, uint64_t value);

/* init.c: true when we are the initial domain (our fast test mode) */
extern bool xen_is_dom0;

/* memory_map.c */
void xen_memory_map_read(void);

/* shared_info.c */
extern struct shared_info *xen_shared;
void xen_shared_info_init(void);

/* console.c */
void xen_console_init(void);
void xen_console_flush(void);

/* events.c (its API for drivers is in events.h) */
void xen_events_init(void);
void xen_evtchn_upcall(void);

/* clock.c */
extern evtchn_port_t xen_timer_port;

#endif
