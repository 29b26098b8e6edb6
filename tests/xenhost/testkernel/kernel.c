/*
 * A minimal PVH kernel: the fixture the xenhost harness tests run as domUs.
 * It is not a platform layer; it only exercises what the harness observes:
 * the PV console ring, the xenstore ring (exit status, pre-written keys) and
 * the shutdown reasons.  What it does is fixed at build time by params.h
 * (see build.py): print TK_MESSAGE, optionally echo a xenstore key and write
 * data/exit-status, then end as TK_MODE says.
 */
#include <stdint.h>
#include <stddef.h>
#include "params.h"

enum { TK_POWEROFF = 0, TK_REBOOT = 1, TK_CRASH = 3, TK_BLOCK = 100, TK_SPIN = 101 };

enum { HC_SCHED_OP = 29, HC_EVENT_CHANNEL_OP = 32, HC_HVM_OP = 34 };
enum { SCHEDOP_YIELD = 0, SCHEDOP_SHUTDOWN = 2 };
enum { EVTCHNOP_SEND = 4 };
enum { HVMOP_GET_PARAM = 1 };
enum { PARAM_STORE_PFN = 1, PARAM_STORE_EVTCHN = 2,
       PARAM_CONSOLE_PFN = 17, PARAM_CONSOLE_EVTCHN = 18 };
enum { XS_READ = 2, XS_WRITE = 11, XS_ERROR = 16 };

__attribute__((aligned(4096))) static uint8_t hypercall_page[4096];

struct xencons {
    char in[1024];
    char out[2048];
    volatile uint32_t in_cons, in_prod, out_cons, out_prod;
};

struct xsring {
    char req[1024];
    char rsp[1024];
    volatile uint32_t req_cons, req_prod, rsp_cons, rsp_prod;
};

struct xsmsg { uint32_t type, req_id, tx_id, len; };

static struct xencons *cons;
static uint32_t cons_port;
static struct xsring *store;
static uint32_t store_port;

#define barrier() __asm__ volatile("" ::: "memory")

static long hypercall2(unsigned nr, uint32_t a1, uint32_t a2)
{
    long ret;
    uint32_t c1, c2;
    __asm__ volatile("call *%[fn]"
                     : "=a"(ret), "=b"(c1), "=c"(c2)
                     : [fn] "D"(hypercall_page + nr * 32), "1"(a1), "2"(a2)
                     : "memory", "edx", "esi");
    return ret;
}

static void cpuid(uint32_t leaf, uint32_t r[4])
{
    __asm__ volatile("cpuid"
                     : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3])
                     : "a"(leaf), "c"(0));
}

static void init_hypercalls(void)
{
    uint32_t r[4];
    for (uint32_t base = 0x40000000; base < 0x40010000; base += 0x100) {
        cpuid(base, r);
        if (r[1] == 0x566e6558 && r[2] == 0x65584d4d && r[3] == 0x4d4d566e) {
            cpuid(base + 2, r);
            uint32_t addr = (uint32_t)(uintptr_t)hypercall_page;
            __asm__ volatile("wrmsr" :: "c"(r[1]), "a"(addr), "d"(0));
            return;
        }
    }
    for (;;)
        __asm__ volatile("ud2");  /* not on Xen: triple fault */
}

static uint64_t hvm_param(uint32_t index)
{
    struct { uint16_t domid; uint16_t pad; uint32_t index; uint64_t value; }
        p = { 0x7ff0 /* DOMID_SELF */, 0, index, 0 };
    hypercall2(HC_HVM_OP, HVMOP_GET_PARAM, (uint32_t)(uintptr_t)&p);
    return p.value;
}

static void notify(uint32_t port)
{
    uint32_t p = port;
    hypercall2(HC_EVENT_CHANNEL_OP, EVTCHNOP_SEND, (uint32_t)(uintptr_t)&p);
}

static void yield(void)
{
    hypercall2(HC_SCHED_OP, SCHEDOP_YIELD, 0);
}

static __attribute__((noreturn)) void shutdown(uint32_t reason)
{
    uint32_t r = reason;
    for (;;)
        hypercall2(HC_SCHED_OP, SCHEDOP_SHUTDOWN, (uint32_t)(uintptr_t)&r);
}

static void console_write(const void *buf, size_t len)
{
    const char *s = buf;
    while (len > 0) {
        uint32_t prod = cons->out_prod;
        while (len > 0 && prod - cons->out_cons < sizeof cons->out) {
            cons->out[prod++ % sizeof cons->out] = *s++;
            len--;
        }
        barrier();
        cons->out_prod = prod;
        notify(cons_port);
        if (len > 0)
            yield();
    }
}

static void store_put(const void *buf, uint32_t len)
{
    const char *s = buf;
    while (len > 0) {
        uint32_t prod = store->req_prod;
        while (len > 0 && prod - store->req_cons < sizeof store->req) {
            store->req[prod++ % sizeof store->req] = *s++;
            len--;
        }
        barrier();
        store->req_prod = prod;
        notify(store_port);
        if (len > 0)
            yield();
    }
}

static void store_get(void *buf, uint32_t len)
{
    char *d = buf;
    while (len > 0) {
        uint32_t cons_idx = store->rsp_cons;
        while (len > 0 && cons_idx != store->rsp_prod) {
            *d++ = store->rsp[cons_idx++ % sizeof store->rsp];
            len--;
        }
        barrier();
        store->rsp_cons = cons_idx;
        notify(store_port);
        if (len > 0)
            yield();
    }
}

static size_t cstrlen(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    return n;
}

/* One request with payload a + "\0" + b; the reply body goes to out. */
static uint32_t store_request(uint32_t type, const char *a, const char *b,
                              char *out, uint32_t out_size)
{
    uint32_t la = (uint32_t)cstrlen(a) + 1, lb = b ? (uint32_t)cstrlen(b) : 0;
    struct xsmsg m = { type, 1, 0, la + lb };
    store_put(&m, sizeof m);
    store_put(a, la);
    if (b)
        store_put(b, lb);
    store_get(&m, sizeof m);
    uint32_t n = 0;
    for (uint32_t i = 0; i < m.len; i++) {
        char c;
        store_get(&c, 1);
        if (n + 1 < out_size)
            out[n++] = c;
    }
    out[n] = 0;
    return m.type;
}

static __attribute__((unused)) void write_decimal_status(int status)
{
    char digits[12], *p = digits + sizeof digits - 1, reply[64];
    int neg = status < 0;
    uint32_t v = neg ? (uint32_t)-status : (uint32_t)status;
    *p = 0;
    do {
        *--p = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    if (neg)
        *--p = '-';
    store_request(XS_WRITE, "data/exit-status", p, reply, sizeof reply);
}

static __attribute__((unused)) void echo_key(const char *key)
{
    static char value[1024];
    if (store_request(XS_READ, key, 0, value, sizeof value) == XS_ERROR)
        console_write("<no key>", 8);
    else
        console_write(value, cstrlen(value));
}

void kmain(void)
{
    init_hypercalls();
    cons = (struct xencons *)(uintptr_t)(hvm_param(PARAM_CONSOLE_PFN) << 12);
    cons_port = (uint32_t)hvm_param(PARAM_CONSOLE_EVTCHN);
    store = (struct xsring *)(uintptr_t)(hvm_param(PARAM_STORE_PFN) << 12);
    store_port = (uint32_t)hvm_param(PARAM_STORE_EVTCHN);

    console_write(tk_message, sizeof tk_message);
#ifdef TK_ECHO_KEY
    echo_key(TK_ECHO_KEY);
#endif
#ifdef TK_EXIT_STATUS
    write_decimal_status(TK_EXIT_STATUS);
#endif
    switch (TK_MODE) {
    case TK_BLOCK:  /* no IDT, no timers: sti;hlt blocks the vCPU for good */
        for (;;)
            __asm__ volatile("sti; hlt");
    case TK_SPIN:
        for (;;)
            __asm__ volatile("pause");
    default:
        shutdown(TK_MODE);
    }
}
