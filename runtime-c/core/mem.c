/*
 * memcpy, memmove, memset and memcmp: the four functions gcc and LLVM emit
 * calls to even in freestanding code.
 *
 * Most calls copy or compare a few bytes (a short str, a dict key, a slice
 * of a DNS label), so the short cases come first and take no loop: two
 * overlapping loads of 8, 4 or 1 bytes cover any length up to 16.  Longer
 * ones go 8 bytes at a time with an overlapping last word.  memcmp finds
 * the first differing byte of a word with a byte swap (x86-64 is little
 * endian: the lowest address is the least significant byte).
 */
#include <stddef.h>
#include <stdint.h>

/* Keep gcc from turning these loops back into calls to themselves. */
#pragma GCC optimize("no-tree-loop-distribute-patterns")

static inline uint64_t load64(const unsigned char *p)
{
    uint64_t w;
    __builtin_memcpy(&w, p, 8);
    return w;
}

static inline uint32_t load32(const unsigned char *p)
{
    uint32_t w;
    __builtin_memcpy(&w, p, 4);
    return w;
}

static inline void store64(unsigned char *p, uint64_t w) { __builtin_memcpy(p, &w, 8); }
static inline void store32(unsigned char *p, uint32_t w) { __builtin_memcpy(p, &w, 4); }

void *memcpy(void *restrict dst, const void *restrict src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    if (n <= 16) {
        if (n >= 8) {
            uint64_t a = load64(s), b = load64(s + n - 8);
            store64(d, a);
            store64(d + n - 8, b);
        } else if (n >= 4) {
            uint32_t a = load32(s), b = load32(s + n - 4);
            store32(d, a);
            store32(d + n - 4, b);
        } else if (n) {
            unsigned char a = s[0], b = s[n / 2], c = s[n - 1];
            d[0] = a;
            d[n / 2] = b;
            d[n - 1] = c;
        }
        return dst;
    }
    uint64_t last = load64(s + n - 8);
    unsigned char *end = d + n - 8;
    while (n > 32) {
        uint64_t a = load64(s), b = load64(s + 8), c = load64(s + 16), e = load64(s + 24);
        store64(d, a);
        store64(d + 8, b);
        store64(d + 16, c);
        store64(d + 24, e);
        d += 32; s += 32; n -= 32;
    }
    while (n > 8) {
        store64(d, load64(s));
        d += 8; s += 8; n -= 8;
    }
    store64(end, last);
    return dst;
}

void *memmove(void *dst, const void *src, size_t n)
{
    unsigned char *d = dst;
    const unsigned char *s = src;
    if (d == s || n == 0)
        return dst;
    if (d < s || d >= s + n)
        return memcpy(dst, src, n);
    /* overlapping, destination above: copy from the end, 8 bytes at a time */
    while (n >= 8) {
        n -= 8;
        store64(d + n, load64(s + n));
    }
    while (n--)
        d[n] = s[n];
    return dst;
}

void *memset(void *dst, int c, size_t n)
{
    unsigned char *d = dst;
    uint64_t w = 0x0101010101010101ull * (unsigned char)c;
    if (n <= 16) {
        if (n >= 8) {
            store64(d, w);
            store64(d + n - 8, w);
        } else if (n >= 4) {
            store32(d, (uint32_t)w);
            store32(d + n - 4, (uint32_t)w);
        } else if (n) {
            d[0] = (unsigned char)c;
            d[n / 2] = (unsigned char)c;
            d[n - 1] = (unsigned char)c;
        }
        return dst;
    }
    unsigned char *end = d + n - 8;
    while (n > 32) {
        store64(d, w);
        store64(d + 8, w);
        store64(d + 16, w);
        store64(d + 24, w);
        d += 32; n -= 32;
    }
    while (n > 8) {
        store64(d, w);
        d += 8; n -= 8;
    }
    store64(end, w);
    return dst;
}

/* -1, 0, 1 for the first differing byte of two different words */
static inline int word_order(uint64_t x, uint64_t y)
{
    x = __builtin_bswap64(x);
    y = __builtin_bswap64(y);
    return x < y ? -1 : 1;
}

int memcmp(const void *a, const void *b, size_t n)
{
    const unsigned char *x = a, *y = b;
    if (n >= 8) {
        const unsigned char *last_x = x + n - 8, *last_y = y + n - 8;
        while (n > 8) {
            uint64_t p = load64(x), q = load64(y);
            if (p != q)
                return word_order(p, q);
            x += 8; y += 8; n -= 8;
        }
        uint64_t p = load64(last_x), q = load64(last_y);
        return p == q ? 0 : word_order(p, q);
    }
    if (n >= 4) {
        uint32_t p = load32(x), q = load32(y);
        if (p != q)
            return __builtin_bswap32(p) < __builtin_bswap32(q) ? -1 : 1;
        p = load32(x + n - 4);
        q = load32(y + n - 4);
        if (p != q)
            return __builtin_bswap32(p) < __builtin_bswap32(q) ? -1 : 1;
        return 0;
    }
    for (size_t i = 0; i < n; i++)
        if (x[i] != y[i])
            return x[i] < y[i] ? -1 : 1;
    return 0;
}
