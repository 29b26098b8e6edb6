/*
 * hash() of str and bytes: SipHash-1-3 (Aumasson and Bernstein's SipHash
 * with one compression and three finalization rounds, CPython 3.11's
 * default), keyed at start-up with 128 bits from plat_entropy().
 *
 * pyuk_main() calls pyuk_hash_init() through a weak reference: a program
 * that never hashes a string does not link this file, nor pay for the
 * entropy.
 */
#include <pyuk/bytes.h>
#include <pyuk/hash.h>
#include <pyuk/platform.h>
#include <pyuk/str.h>

uint64_t pyuk_hash_key[2];

void pyuk_hash_init(void)
{
    plat_entropy(pyuk_hash_key, sizeof pyuk_hash_key);
}

static inline uint64_t rotl(uint64_t x, int b)
{
    return (x << b) | (x >> (64 - b));
}

#define SIPROUND                                                         \
    do {                                                                 \
        v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32);        \
        v2 += v3; v3 = rotl(v3, 16); v3 ^= v2;                           \
        v0 += v3; v3 = rotl(v3, 21); v3 ^= v0;                           \
        v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32);        \
    } while (0)

static inline uint64_t load_le64(const unsigned char *p)
{
    uint64_t v;
    __builtin_memcpy(&v, p, 8);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

uint64_t pyuk_siphash13(const void *data, size_t len)
{
    const unsigned char *in = data;
    uint64_t k0 = pyuk_hash_key[0], k1 = pyuk_hash_key[1];
    uint64_t v0 = k0 ^ 0x736f6d6570736575ull;
    uint64_t v1 = k1 ^ 0x646f72616e646f6dull;
    uint64_t v2 = k0 ^ 0x6c7967656e657261ull;
    uint64_t v3 = k1 ^ 0x7465646279746573ull;
    uint64_t b = (uint64_t)len << 56;
    size_t left = len;
    while (left >= 8) {
        uint64_t m = load_le64(in);
        in += 8;
        left -= 8;
        v3 ^= m;
        SIPROUND;
        v0 ^= m;
    }
    uint64_t t = 0;
    for (size_t i = 0; i < left; i++)
        t |= (uint64_t)in[i] << (8 * i);
    b |= t;
    v3 ^= b;
    SIPROUND;
    v0 ^= b;
    v2 ^= 0xff;
    SIPROUND;
    SIPROUND;
    SIPROUND;
    return v0 ^ v1 ^ v2 ^ v3;
}

pyuk_int pyuk_hash_bytes(const void *data, size_t len)
{
    if (len == 0)
        return 0;
    pyuk_int h = (pyuk_int)pyuk_siphash13(data, len);
    return h == -1 ? -2 : h;
}

pyuk_int pyuk_str_hash(pyuk_str *s)
{
    if (s->hash == -1)
        s->hash = pyuk_hash_bytes(s->data, (size_t)s->size);
    return s->hash;
}

pyuk_int pyuk_bytes_hash(pyuk_bytes *b)
{
    if (b->hash == -1)
        b->hash = pyuk_hash_bytes(b->data, (size_t)b->size);
    return b->hash;
}
