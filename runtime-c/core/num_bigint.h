/*
 * Unsigned big integers of fixed capacity, living on the caller's stack,
 * for exact conversions between doubles and decimal text.
 *
 * limb[0] is the least significant 64-bit limb; len counts the limbs in use
 * (the top one is nonzero, len 0 is zero).  Every caller sizes its numbers
 * from a proven bound, so growing past cap is a bug and traps.
 */
#ifndef PYUK_NUM_BIGINT_H
#define PYUK_NUM_BIGINT_H

#include <stdint.h>
#include <stdbool.h>

typedef struct pyuk_big {
    int len;
    int cap;
    uint64_t limb[];
} pyuk_big;

/* Declares `pyuk_big *name` with room for `limbs` limbs, set to zero. */
#define PYUK_BIG_DEFINE(name, limbs)                                      \
    union { pyuk_big big; uint64_t raw[1 + (limbs)]; } name##_store;     \
    pyuk_big *name = pyuk_big_init(&name##_store.big, (limbs))

/* Limbs enough for every number in float -> decimal conversion (values
 * below 2^1100) and in decimal -> float conversion (below 2^2700). */
#define PYUK_BIG_FORMAT_LIMBS 20
#define PYUK_BIG_PARSE_LIMBS 46

/* Keeps gcc from turning a copy loop into a call to memcpy, which a
 * freestanding runtime may not have. */
#define PYUK_NO_LIBCALL() __asm__ volatile("" ::: "memory")

static inline pyuk_big *pyuk_big_init(pyuk_big *a, int cap)
{
    a->len = 0;
    a->cap = cap;
    return a;
}

static inline bool pyuk_big_is_zero(const pyuk_big *a) { return a->len == 0; }

static inline int pyuk_big_bitlen(const pyuk_big *a)
{
    if (a->len == 0)
        return 0;
    return a->len * 64 - __builtin_clzll(a->limb[a->len - 1]);
}

/* The 64 bits of a starting at bit `shift` (shift >= 0). */
static inline uint64_t pyuk_big_bits_at(const pyuk_big *a, int shift)
{
    int i = shift / 64, b = shift % 64;
    uint64_t lo = i < a->len ? a->limb[i] : 0;
    uint64_t hi = i + 1 < a->len ? a->limb[i + 1] : 0;
    return b ? lo >> b | hi << (64 - b) : lo;
}

void pyuk_big_set_u64(pyuk_big *a, uint64_t v);
void pyuk_big_copy(pyuk_big *dst, const pyuk_big *src);
void pyuk_big_mul_small(pyuk_big *a, uint64_t m);
void pyuk_big_add_small(pyuk_big *a, uint64_t v);
void pyuk_big_mul_pow5(pyuk_big *a, unsigned n);
void pyuk_big_mul_pow10(pyuk_big *a, unsigned n);
void pyuk_big_shl(pyuk_big *a, unsigned bits);
void pyuk_big_add(pyuk_big *a, const pyuk_big *b);
/* a -= b; requires a >= b. */
void pyuk_big_sub(pyuk_big *a, const pyuk_big *b);
int pyuk_big_cmp(const pyuk_big *a, const pyuk_big *b);
/* q = floor(r / s), r = r mod s, for r < 16 s; returns q. */
unsigned pyuk_big_divmod_small(pyuk_big *r, const pyuk_big *s);

#endif
