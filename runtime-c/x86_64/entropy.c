/* Entropy for hash keys: RDRAND when the CPU has it, else TSC jitter. */
#include <pyuk/platform.h>
#include "x86_64.h"

static bool rdrand64(uint64_t *v)
{
    for (int tries = 0; tries < 10; tries++) {
        unsigned char ok;
        __asm__ volatile("rdrand %0; setc %1" : "=r"(*v), "=qm"(ok));
        if (ok)
            return true;
    }
    return false;
}

static uint64_t mix(uint64_t x)   /* splitmix64 finaliser */
{
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9ull;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebull;
    return x ^ (x >> 31);
}

static uint64_t tsc_jitter(uint64_t seed)
{
    uint64_t h = seed ^ rdtsc();
    for (int i = 0; i < 64; i++) {
        uint32_t r[4];
        cpuid(0, 0, r);             /* serialising: its cost varies */
        h = mix(h ^ rdtsc());
    }
    return h;
}

void plat_entropy(void *buf, size_t len)
{
    uint32_t r[4];
    cpuid(1, 0, r);
    bool has_rdrand = r[2] & (1u << 30);
    uint8_t *out = buf;
    uint64_t seed = x86_boot_tsc;
    while (len) {
        uint64_t v;
        if (!has_rdrand || !rdrand64(&v))
            v = tsc_jitter(seed);
        seed = mix(seed + v);
        for (int i = 0; i < 8 && len; i++, len--, v >>= 8)
            *out++ = (uint8_t)v;
    }
}
