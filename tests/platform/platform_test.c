/*
 * A stand-in for the runtime core: its pyuk_main exercises every call of
 * platform.h and prints "ok <what>" lines, or misbehaves on purpose.  The
 * case is chosen at build time with -DTEST_CASE=<n> (see test_platform.py).
 */
#include <pyuk/platform.h>

#define CASE_CHECKS 0      /* all calls; exits with status 7 */
#define CASE_EXIT0 1       /* prints and exits 0 */
#define CASE_OVERFLOW 2    /* unbounded recursion */
#define CASE_WRITE_TEXT 3  /* store into our own code */
#define CASE_EXEC_DATA 4   /* call into a data array */
#define CASE_NULL 5        /* read through NULL */
#define CASE_PANIC 6       /* plat_panic */
#define CASE_SLEEP 7       /* plat_yield for 1 s, for watching a blocked domain */
#define CASE_XEN_DRIVERS 8 /* xen domU only: xenstore, event channels, grants */

#ifndef TEST_CASE
#define TEST_CASE CASE_CHECKS
#endif

static void out(int stream, const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    plat_console_write(stream, s, n);
}

static void out_u64(uint64_t v)
{
    char buf[21];
    int i = 20;
    buf[i] = 0;
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    out(PLAT_STDOUT, buf + i);
}

static int failures;

static void check(bool ok, const char *what)
{
    out(PLAT_STDOUT, ok ? "ok " : "FAIL ");
    out(PLAT_STDOUT, what);
    out(PLAT_STDOUT, "\n");
    failures += !ok;
}

/* noinline + a use of the frame after the call: no tail call, no folding. */
static volatile uint64_t recursion_limit = ~0ull;

__attribute__((noinline)) static uint64_t recurse(uint64_t n)
{
    volatile char pad[256];
    pad[0] = (char)n;
    if (n == recursion_limit)
        return 0;
    return recurse(n + 1) + pad[0];
}

static uint8_t data_code[16] = {0xc3};  /* ret */

#ifdef TEST_XEN
#include "../../runtime-c/xen/events.h"
#include "../../runtime-c/xen/grant_table.h"
#include "../../runtime-c/xen/xenstore.h"

static bool streq(const char *a, const char *b)
{
    while (*a && *a == *b)
        a++, b++;
    return *a == *b;
}

static int loopback_hits;
static void on_loopback(evtchn_port_t port, void *arg)
{
    (void)port;
    loopback_hits += arg == &loopback_hits;
}

static uint8_t granted_page[4096] __attribute__((aligned(4096)));

static void run_xen_drivers(void)
{
    char buf[256], tok[32];
    check(xenstore_init() == 0, "xenstore init");
    int n = xenstore_read("name", buf, sizeof buf);
    check(n > 0, "xenstore read name");
    out(PLAT_STDOUT, "name=");
    out(PLAT_STDOUT, buf);
    out(PLAT_STDOUT, "\n");
    check(xenstore_write("data/pyuk-test", "hello-xenstore") == 0, "xenstore write");
    n = xenstore_read("data/pyuk-test", buf, sizeof buf);
    check(n == 14 && streq(buf, "hello-xenstore"), "xenstore read back");
    check(xenstore_read("data/no-such-key", buf, sizeof buf) == -2, "xenstore ENOENT");
    n = xenstore_directory("data", buf, sizeof buf);
    bool found = false;
    for (int i = 0; i < n; i += 1) {
        found |= streq(buf + i, "pyuk-test");
        while (i < n && buf[i])
            i++;
    }
    check(found, "xenstore directory");

    check(xenstore_watch("data/watched", "tok1") == 0, "xenstore watch");
    uint64_t soon = plat_clock_monotonic() + 2000000000ull;
    n = xenstore_next_watch(buf, sizeof buf, tok, sizeof tok, soon);
    check(n > 0 && streq(tok, "tok1"), "xenstore watch fires when set");
    xenstore_write("data/watched", "1");
    n = xenstore_next_watch(buf, sizeof buf, tok, sizeof tok,
                            plat_clock_monotonic() + 2000000000ull);
    check(n > 0 && streq(buf, "data/watched") && streq(tok, "tok1"),
          "xenstore watch fires on write");
    check(xenstore_unwatch("data/watched", "tok1") == 0, "xenstore unwatch");
    xenstore_write_exit_status(5);
    n = xenstore_read("data/exit-status", buf, sizeof buf);
    check(n == 1 && buf[0] == '5', "xenstore exit status key");

    /* Event channel loopback: both ends in this domain. */
    long a = xen_evtchn_alloc_unbound(DOMID_SELF);
    long b = a >= 0 ? xen_evtchn_bind_interdomain(DOMID_SELF, (evtchn_port_t)a) : -1;
    check(a > 0 && b > 0, "event channel bind");
    if (a > 0 && b > 0) {
        xen_evtchn_set_handler((evtchn_port_t)a, on_loopback, &loopback_hits);
        xen_evtchn_unmask((evtchn_port_t)a);
        xen_evtchn_send((evtchn_port_t)b);
        uint64_t t0 = plat_clock_monotonic();
        bool io = plat_yield(t0 + 1000000000ull);
        uint64_t waited = plat_clock_monotonic() - t0;
        check(io && loopback_hits == 1 && waited < 500000000ull,
              "event channel upcall wakes plat_yield");
        xen_evtchn_close((evtchn_port_t)b);
        xen_evtchn_close((evtchn_port_t)a);
    }

    check(xen_gnttab_init() == 0 && xen_gnttab_capacity() >= 500, "grant table init");
    long ref = xen_gnttab_grant_access(0, (uintptr_t)granted_page / 4096, true);
    check(ref >= 8, "grant access");
    check(ref >= 8 && xen_gnttab_end_access((grant_ref_t)ref), "grant end access");
    long again = xen_gnttab_grant_access(0, (uintptr_t)granted_page / 4096, false);
    check(again == ref, "grant reference reused");

    out(PLAT_STDOUT, failures ? "xen-drivers-FAILED\n" : "xen-drivers-passed\n");
}
#endif

static void run_checks(void)
{
    /* Console: a long line (larger than Xen's 2 KiB console ring) and stderr. */
    static char big[5000];
    for (int i = 0; i < 4999; i++)
        big[i] = (char)('a' + i % 26);
    big[4999] = '\n';
    plat_console_write(PLAT_STDOUT, big, sizeof big);
    out(PLAT_STDERR, "stderr line\n");

    uint64_t t0 = plat_clock_monotonic(), t1 = plat_clock_monotonic();
    check(t1 >= t0, "monotonic clock");

    uint64_t before = plat_clock_monotonic();
    bool io = plat_yield(before + 30000000);       /* 30 ms */
    uint64_t slept = plat_clock_monotonic() - before;
    check(!io && slept >= 30000000 && slept < 3000000000ull, "yield 30 ms");
    check(!plat_yield(before), "yield past deadline");

    uint64_t wall = plat_clock_wall();
    check(wall > 1600000000ull * 1000000000ull, "wall clock after 2020");

    uint64_t e1 = 0, e2 = 0;
    plat_entropy(&e1, sizeof e1);
    plat_entropy(&e2, sizeof e2);
    check(e1 != e2 && e1 && e2, "entropy");

    uintptr_t hb;
    size_t hs;
    plat_heap_region(&hb, &hs);
    check(hs >= (16u << 20), "heap region of 16 MiB or more");
    volatile uint64_t *first = (uint64_t *)hb;
    volatile uint64_t *last = (uint64_t *)(hb + hs - 8);
    *first = 0x1234;
    *last = 0x5678;
    check(*first == 0x1234 && *last == 0x5678, "heap writable");

    uintptr_t lo, hi, sp = (uintptr_t)&lo;
    plat_stack_bounds(&lo, &hi);
    check(lo < sp && sp < hi && hi - lo >= (1u << 20), "stack bounds");

    uint64_t hz = plat_tsc_hz(), boot = plat_boot_tsc();
#ifdef TEST_UNIX
    check(hz == 0 && boot == 0, "no tsc on unix");
#else
    check(hz > 1000000 && boot != 0, "tsc");
#endif

    volatile double x = 1.5, y = 2.25;
    check(x * y == 3.375, "floating point");

    /* xenstore: only a xen domU has one (dom0 and the other targets: -ENODEV) */
    int store = plat_xenstore_read(0, 0, 0);
#ifdef TEST_XEN
    check(store == 0 || store == -19, "xenstore present or -ENODEV");
#else
    check(store == -19, "no xenstore: -ENODEV");
#endif
    if (store == 0) {
        char name[64];
        check(plat_xenstore_read("name", name, sizeof name) > 0 && name[0],
              "xenstore: the domain's name");
        check(plat_xenstore_read("pyuk/no-such-key", name, sizeof name) == -2,
              "xenstore: a missing key is -ENOENT");
    }

    out(PLAT_STDOUT, failures ? "some checks failed\n" : "all checks passed\n");
    if (0)
        out_u64(0);
}

int pyuk_main(void)
{
    switch (TEST_CASE) {
    case CASE_CHECKS:
        out(PLAT_STDOUT, "pyuk platform test\n");
        run_checks();
        return failures ? 2 : 7;
    case CASE_EXIT0:
        out(PLAT_STDOUT, "hello from pyuk\n");
        return 0;
    case CASE_OVERFLOW:
        out(PLAT_STDOUT, "overflowing the stack\n");
        return (int)recurse(0);
    case CASE_WRITE_TEXT:
        out(PLAT_STDOUT, "writing to text\n");
        *(volatile uint8_t *)(uintptr_t)&pyuk_main = 0x90;
        return 0;
    case CASE_EXEC_DATA:
        out(PLAT_STDOUT, "executing data\n");
        ((void (*)(void))(uintptr_t)data_code)();
        return 0;
    case CASE_NULL:
        out(PLAT_STDOUT, "reading NULL\n");
        return (int)*(volatile uint64_t *)(uintptr_t)0;
    case CASE_PANIC:
        plat_panic("test panic");
#ifdef TEST_XEN
    case CASE_XEN_DRIVERS:
        run_xen_drivers();
        return failures ? 2 : 0;
#endif
    case CASE_SLEEP: {
        uint64_t t = plat_clock_monotonic();
        out(PLAT_STDOUT, "sleeping 1 s\n");
        plat_yield(t + 1000000000ull);
        out(PLAT_STDOUT, "slept ");
        out_u64((plat_clock_monotonic() - t) / 1000000);
        out(PLAT_STDOUT, " ms\n");
        return 0;
    }
    }
    return 3;
}
