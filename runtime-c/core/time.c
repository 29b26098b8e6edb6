/* The time module: clocks and sleep (see system.h). */
#include <pyuk/exceptions.h>
#include <pyuk/platform.h>
#include <pyuk/system.h>

#define NS_PER_S 1000000000ll

/* CPython's _PyTime_AsSecondsDouble. */
static pyuk_float seconds(int64_t ns)
{
    if (ns % NS_PER_S == 0)
        return (pyuk_float)(ns / NS_PER_S);
    return (pyuk_float)ns / 1e9;
}

pyuk_float pyuk_time_monotonic(void)
{
    return seconds((int64_t)plat_clock_monotonic());
}

pyuk_int pyuk_time_monotonic_ns(void)
{
    return (pyuk_int)plat_clock_monotonic();
}

pyuk_float pyuk_time_time(void)
{
    return seconds((int64_t)plat_clock_wall());
}

pyuk_int pyuk_time_time_ns(void)
{
    return (pyuk_int)plat_clock_wall();
}

static void sleep_ns(int64_t ns)
{
    if (ns < 0) {
        pyuk_raise_message(&pyuk_type_ValueError, "sleep length must be non-negative");
        return;
    }
    uint64_t now = plat_clock_monotonic();
    uint64_t deadline = now + (uint64_t)ns;
    if (deadline < now)
        deadline = UINT64_MAX;
    /* plat_yield also returns early for I/O events: sleep on */
    while (now < deadline) {
        plat_yield(deadline);
        now = plat_clock_monotonic();
    }
}

/* x rounded to an integer away from zero (x is finite or huge). */
static pyuk_float round_away(pyuk_float x)
{
    if (!(x > -4503599627370496.0 && x < 4503599627370496.0))
        return x;               /* 2**52 and beyond: already integral */
    pyuk_float t = (pyuk_float)(int64_t)x;
    if (t != x)
        t += x > 0 ? 1.0 : -1.0;
    return t;
}

void pyuk_time_sleep(pyuk_float secs)
{
    /* _PyTime_FromDouble with _PyTime_ROUND_TIMEOUT (away from zero) */
    if (secs != secs) {
        pyuk_raise_message(&pyuk_type_ValueError, "Invalid value NaN (not a number)");
        return;
    }
    pyuk_float ns = secs * 1e9;
    ns = round_away(ns);
    if (!(-9223372036854775808.0 <= ns && ns < 9223372036854775808.0)) {
        pyuk_raise_message(&pyuk_type_OverflowError,
                           "timestamp out of range for platform time_t");
        return;
    }
    sleep_ns((int64_t)ns);
}

void pyuk_time_sleep_int(pyuk_int secs)
{
    int64_t ns;
    if (__builtin_mul_overflow(secs, NS_PER_S, &ns)) {
        pyuk_raise_message(&pyuk_type_OverflowError,
                           "timestamp too large to convert to C _PyTime_t");
        return;
    }
    sleep_ns(ns);
}
