/* Entropy from getrandom(2); TSC mixing if the kernel lacks it. */
#include <pyuk/platform.h>
#include "unix.h"

void plat_entropy(void *buf, size_t len)
{
    uint8_t *p = buf;
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
