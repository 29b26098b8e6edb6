/*
 * Decimal to double, correctly rounded.
 *
 * Small inputs take Clinger's fast path: an integer below 2^53 times or
 * over an exact power of ten is one correctly rounded operation.  Otherwise
 * a candidate from the top 64 bits of the numbers is moved, one double at
 * a time, until the exact value lies between the midpoints to its
 * neighbours; each midpoint test is one exact big-integer comparison.
 */
#include "float_decimal.h"
#include "float_digits.h"

#define INF_BITS 0x7ff0000000000000ull

/* x * 2^n for x in (0.5, 2), rounded once. */
static double scale2(double x, int64_t n)
{
    if (n > 1100)
        n = 1100;
    if (n < -1200)
        n = -1200;
    for (; n > 1000; n -= 1000)
        x *= 0x1p1000;
    for (; n < -1000; n += 1000)
        x *= 0x1p-1000;
    return x * pyuk_bits_double((uint64_t)(n + 1023) << 52);
}

/* The top 64 bits of a nonzero a, as a double, and the power of two they
 * stand for: a ~ top * 2^*exp. */
static double top_bits(const pyuk_big *a, int *exp)
{
    int n = pyuk_big_bitlen(a);
    *exp = n - 64;
    uint64_t top = n >= 64 ? pyuk_big_bits_at(a, n - 64)
                           : a->limb[0] << (64 - n);
    return (double)top;
}

typedef struct exact_value {
    pyuk_big *a;   /* value = a * 2^a_exp / b */
    int64_t a_exp;
    pyuk_big *b;
    pyuk_big *tmp;
} exact_value;

/* Sign of value - (the midpoint between the double with bits c and the
 * next one up), which is (2f + 1) * 2^(e - 1) for c = f * 2^e. */
static int cmp_midpoint(exact_value *v, uint64_t c)
{
    uint64_t f;
    int e;
    pyuk_double_decode(pyuk_bits_double(c), &f, &e);
    int64_t p = e - 1;
    /* value - mid has the sign of a * 2^a_exp - (2f + 1) * b * 2^p. */
    pyuk_big_copy(v->tmp, v->b);
    pyuk_big_mul_small(v->tmp, 2 * f + 1);
    if (p >= v->a_exp) {
        pyuk_big_shl(v->tmp, (unsigned)(p - v->a_exp));
    } else {
        pyuk_big_shl(v->a, (unsigned)(v->a_exp - p));
        v->a_exp = p;
    }
    return pyuk_big_cmp(v->a, v->tmp);
}

static uint64_t nearest_bits(exact_value *v, uint64_t c)
{
    bool below_mid = false; /* known: value < midpoint above c */
    for (;;) {
        if (!below_mid) {
            int up = cmp_midpoint(v, c);
            if (up > 0) {
                if (++c == INF_BITS)
                    return c;
                continue;
            }
            if (up == 0)
                return c + (c & 1); /* tie: the even one */
        }
        if (c == 0)
            return c;
        int down = cmp_midpoint(v, c - 1);
        if (down < 0) {
            c--;
            below_mid = true;
            continue;
        }
        if (down == 0)
            return c & 1 ? c - 1 : c;
        return c;
    }
}

double pyuk_decimal_to_double(pyuk_big *d, int64_t nd, int64_t q)
{
    /* d * 10^q lies in [10^(nd+q-1), 10^(nd+q)). */
    if (nd + q >= 310)
        return pyuk_bits_double(INF_BITS);
    if (nd + q <= -324) /* below 10^-324, under half of 5e-324 */
        return 0.0;

    if (d->len == 1 && d->limb[0] < 1ull << 53 && q >= -22 && q <= 22) {
        double x = (double)d->limb[0], p = 1.0;
        for (int64_t i = q < 0 ? -q : q; i > 0; i--)
            p *= 10.0; /* exact up to 1e22 */
        return q < 0 ? x / p : x * p;
    }

    PYUK_BIG_DEFINE(b, PYUK_BIG_PARSE_LIMBS);
    PYUK_BIG_DEFINE(tmp, PYUK_BIG_PARSE_LIMBS);
    /* d * 10^q = d * 5^q * 2^q: keep the power of five an integer. */
    pyuk_big_set_u64(b, 1);
    if (q >= 0)
        pyuk_big_mul_pow5(d, (unsigned)q);
    else
        pyuk_big_mul_pow5(b, (unsigned)-q);
    exact_value v = {d, q, b, tmp};

    int ea, eb;
    double ratio = top_bits(d, &ea) / top_bits(b, &eb);
    double guess = scale2(ratio, ea - eb + q);
    uint64_t c = pyuk_double_bits(guess);
    if (c >= INF_BITS)
        c = INF_BITS - 1;
    return pyuk_bits_double(nearest_bits(&v, c));
}
