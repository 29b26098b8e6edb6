/*
 * Entropy from getrandom(2); TSC mixing if the kernel lacks it.
 *
 * Its one use is the hash key of str and bytes, so PYUK_HASHSEED plays
 * CPython's PYTHONHASHSEED: "random" or unset, a fresh key per run; an
 * integer in [0, 4294967295], a key that is a function of it, so that set
 * order and dict probe lengths repeat from run to run (debugging,
 * benchmarks).  Anything else stops the program, as CPython does.
 */
#include <pyuk/platform.h>
#include "unix.h"

static uint64_t splitmix(uint64_t *state)
{
    uint64_t z = (*state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

/* The seed PYUK_HASHSEED asks for; false for a random key. */
static bool seed_from_environment(uint64_t *seed)
{
    const char *text = unix_getenv("PYUK_HASHSEED");
    if (!text || !*text)
        return false;
    const char *random = "random";
    const char *p = text;
    while (*random && *p == *random)
        p++, random++;
    if (!*random && !*p)
        return false;
    uint64_t value = 0;
    for (p = text; *p >= '0' && *p <= '9' && value <= 4294967295u; p++)
        value = value * 10 + (uint64_t)(*p - '0');
    if (*p || value > 4294967295u) {
        static const char msg[] =
            "pyuk: PYUK_HASHSEED must be \"random\" or an integer in range [0; 4294967295]\n";
        plat_console_write(PLAT_STDERR, msg, sizeof msg - 1);
        plat_exit(1);
    }
    *seed = value;
    return true;
}

void plat_entropy(void *buf, size_t len)
{
    uint8_t *p = buf;
    uint64_t seed;
    if (seed_from_environment(&seed)) {
        for (; len; len--)
            *p++ = (uint8_t)(splitmix(&seed) >> 56);
        return;
    }
    while (len) {
        long n = SYSCALL(SYS_getrandom, p, len, 0, 0, 0, 0);
        if (n == -EINTR)
            continue;
        if (n <= 0)
            break;
        p += n;
        len -= (size_t)n;
    }
    uint64_t x = 0x9e3779b97f4a7c15ull;
    for (; len; len--) {
        uint32_t lo, hi;
        __asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
        x = (x ^ (((uint64_t)hi << 32) | lo)) * 0xbf58476d1ce4e5b9ull;
        *p++ = (uint8_t)(x >> 56);
    }
}
