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
