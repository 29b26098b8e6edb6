/* Fixed-capacity unsigned big integers (see num_bigint.h). */
#include "num_bigint.h"

typedef unsigned __int128 u128;

static void trim(pyuk_big *a)
{
    while (a->len > 0 && a->limb[a->len - 1] == 0)
        a->len--;
}

static void push_limb(pyuk_big *a, uint64_t v)
{
    if (a->len >= a->cap)
        __builtin_trap();
    a->limb[a->len++] = v;
}

void pyuk_big_set_u64(pyuk_big *a, uint64_t v)
{
    a->len = 0;
    if (v)
        push_limb(a, v);
}

void pyuk_big_copy(pyuk_big *dst, const pyuk_big *src)
{
    if (src->len > dst->cap)
        __builtin_trap();
    for (int i = 0; i < src->len; i++) {
        PYUK_NO_LIBCALL();
        dst->limb[i] = src->limb[i];
    }
    dst->len = src->len;
}

void pyuk_big_mul_small(pyuk_big *a, uint64_t m)
{
    uint64_t carry = 0;
    for (int i = 0; i < a->len; i++) {
        u128 p = (u128)a->limb[i] * m + carry;
        a->limb[i] = (uint64_t)p;
        carry = (uint64_t)(p >> 64);
    }
    if (carry)
        push_limb(a, carry);
    trim(a);
}

void pyuk_big_add_small(pyuk_big *a, uint64_t v)
{
    for (int i = 0; v && i < a->len; i++) {
        uint64_t s = a->limb[i] + v;
        v = s < v;
        a->limb[i] = s;
    }
    if (v)
        push_limb(a, v);
}

void pyuk_big_mul_pow5(pyuk_big *a, unsigned n)
{
    /* 5^27 is the largest power of five below 2^64. */
    const uint64_t pow5_27 = 7450580596923828125ull;
    for (; n >= 27; n -= 27)
        pyuk_big_mul_small(a, pow5_27);
    uint64_t rest = 1;
    while (n--)
        rest *= 5;
    if (rest != 1)
        pyuk_big_mul_small(a, rest);
}

void pyuk_big_mul_pow10(pyuk_big *a, unsigned n)
{
    pyuk_big_mul_pow5(a, n);
    pyuk_big_shl(a, n);
}

void pyuk_big_shl(pyuk_big *a, unsigned bits)
{
    if (a->len == 0 || bits == 0)
        return;
    int words = (int)(bits / 64), shift = (int)(bits % 64), old = a->len;
    int len = old + words;
    if (shift && (a->limb[old - 1] >> (64 - shift)))
        len++;
    if (len > a->cap)
        __builtin_trap();
    /* From the top down, so every source limb is read before it is
     * overwritten. */
    for (int i = len - 1; i >= 0; i--) {
        int j = i - words;
        uint64_t hi = j >= 0 && j < old ? a->limb[j] : 0;
        uint64_t lo = shift && j >= 1 && j - 1 < old ? a->limb[j - 1] : 0;
        a->limb[i] = shift ? hi << shift | lo >> (64 - shift) : hi;
        PYUK_NO_LIBCALL();
    }
    a->len = len;
}

void pyuk_big_add(pyuk_big *a, const pyuk_big *b)
{
    int n = a->len > b->len ? a->len : b->len;
    if (n > a->cap)
        __builtin_trap();
    uint64_t carry = 0;
    for (int i = 0; i < n; i++) {
        uint64_t x = i < a->len ? a->limb[i] : 0;
        uint64_t y = i < b->len ? b->limb[i] : 0;
        u128 s = (u128)x + y + carry;
        a->limb[i] = (uint64_t)s;
        carry = (uint64_t)(s >> 64);
    }
    a->len = n;
    if (carry)
        push_limb(a, carry);
}

void pyuk_big_sub(pyuk_big *a, const pyuk_big *b)
{
    uint64_t borrow = 0;
    for (int i = 0; i < a->len; i++) {
        uint64_t x = a->limb[i];
        uint64_t y = i < b->len ? b->limb[i] : 0;
        uint64_t d = x - y;
        uint64_t b1 = x < y;
        a->limb[i] = d - borrow;
        borrow = b1 | (d < borrow);
    }
    trim(a);
}

int pyuk_big_cmp(const pyuk_big *a, const pyuk_big *b)
{
    if (a->len != b->len)
        return a->len < b->len ? -1 : 1;
    for (int i = a->len - 1; i >= 0; i--)
        if (a->limb[i] != b->limb[i])
            return a->limb[i] < b->limb[i] ? -1 : 1;
    return 0;
}

/* r -= q * s, where q * s <= r. */
static void sub_mul(pyuk_big *r, const pyuk_big *s, uint64_t q)
{
    uint64_t carry = 0, borrow = 0;
    for (int i = 0; i < r->len; i++) {
        u128 p = (u128)(i < s->len ? s->limb[i] : 0) * q + carry;
        carry = (uint64_t)(p >> 64);
        uint64_t x = r->limb[i], y = (uint64_t)p;
        uint64_t d = x - y;
        uint64_t b1 = x < y;
        r->limb[i] = d - borrow;
        borrow = b1 | (d < borrow);
    }
    trim(r);
}

unsigned pyuk_big_divmod_small(pyuk_big *r, const pyuk_big *s)
{
    /* Estimate from the top bits: with s's top 60 bits in sh, the estimate
     * r_top / (sh + 1) is at most one below the true quotient.  Small s is
     * divided exactly. */
    int n = pyuk_big_bitlen(s);
    int t = n > 60 ? n - 60 : 0;
    uint64_t sh = pyuk_big_bits_at(s, t), rh = pyuk_big_bits_at(r, t);
    uint64_t q = t ? rh / (sh + 1) : rh / sh;
    if (q)
        sub_mul(r, s, q);
    while (pyuk_big_cmp(r, s) >= 0) {
        pyuk_big_sub(r, s);
        q++;
    }
    return (unsigned)q;
}
