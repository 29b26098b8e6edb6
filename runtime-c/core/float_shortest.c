/*
 * The shortest decimal digits that read back as a double: Python's repr.
 *
 * Steele & White's free-format algorithm on exact big integers: x = r/s,
 * and every number within m-/s below or m+/s above x reads back as x
 * (the half-gaps to the neighbouring doubles; boundaries included when the
 * significand is even, since reading rounds half to even).  Digits are
 * generated until the digits so far, or those plus one in the last place,
 * fall within that interval.
 */
#include "float_digits.h"
#include "num_bigint.h"

/* A whole number below 2^53 prints as itself: any other decimal with no
 * more digits is at least 1 away, outside its half-ulp (<= 0.5). */
static int integer_digits(uint64_t v, char *digits, int *decpt)
{
    char rev[20];
    int n = 0;
    do {
        rev[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    *decpt = n;
    int low = 0;
    while (rev[low] == '0')
        low++;
    int len = 0;
    for (int i = n - 1; i >= low; i--)
        digits[len++] = rev[i];
    return len;
}

/* Sign of r + (m << unequal) - s, for r < 10 s.  The top bits settle it
 * but near equality, where the sum is made exactly (and r restored). */
static int cmp_high(pyuk_big *r, const pyuk_big *m, bool unequal,
                    const pyuk_big *s)
{
    int n = pyuk_big_bitlen(s), t = n > 58 ? n - 58 : 0;
    if (pyuk_big_bitlen(m) <= n) {
        /* Each top part is short of its number by under 2^t. */
        uint64_t sum = pyuk_big_bits_at(r, t) +
                       (pyuk_big_bits_at(m, t) << unequal);
        uint64_t top = pyuk_big_bits_at(s, t);
        if (sum + 3 <= top)
            return -1;
        if (sum > top + 1)
            return 1;
    }
    pyuk_big_add(r, m);
    if (unequal)
        pyuk_big_add(r, m);
    int c = pyuk_big_cmp(r, s);
    pyuk_big_sub(r, m);
    if (unequal)
        pyuk_big_sub(r, m);
    return c;
}

int pyuk_float_shortest_digits(double x, char *digits, int *decpt)
{
    uint64_t f;
    int e;
    if (x == 0) {
        digits[0] = '0';
        *decpt = 1;
        return 1;
    }
    pyuk_double_decode(x, &f, &e);
    if (e <= 0 && e >= -52 && (f & ((1ull << -e) - 1)) == 0)
        return integer_digits(f >> -e, digits, decpt);

    /* At a power of two the gap below is half the gap above. */
    bool unequal = f == 1ull << 52 && e > -1074;
    bool even = (f & 1) == 0;
    int u = 1 + unequal;
    PYUK_BIG_DEFINE(r, PYUK_BIG_FORMAT_LIMBS);
    PYUK_BIG_DEFINE(s, PYUK_BIG_FORMAT_LIMBS);
    PYUK_BIG_DEFINE(m, PYUK_BIG_FORMAT_LIMBS); /* m-; m+ = m << unequal */
    /* r/s = f 2^e, m/s = 2^(e-u), all integers. */
    pyuk_big_set_u64(r, f << u);
    pyuk_big_set_u64(s, 1ull << u);
    pyuk_big_set_u64(m, 1);
    if (e >= 0) {
        pyuk_big_shl(r, (unsigned)e);
        pyuk_big_shl(m, (unsigned)e);
    } else {
        pyuk_big_shl(s, (unsigned)-e);
    }

    /* k: the decimal exponent with x + m+ < 10^k (or equal, boundary
     * excluded); the estimate from log2 x is exact or one too low. */
    int log2x = e + 63 - __builtin_clzll(f);
    int k = pyuk_floor_log10_pow2(log2x) + 1;
    if (k >= 0) {
        pyuk_big_mul_pow10(s, (unsigned)k);
    } else {
        pyuk_big_mul_pow10(r, (unsigned)-k);
        pyuk_big_mul_pow10(m, (unsigned)-k);
    }
    int c = cmp_high(r, m, unequal, s);
    if (c > 0 || (even && c == 0)) {
        pyuk_big_mul_small(s, 10);
        k++;
    }

    int n = 0;
    for (;;) {
        pyuk_big_mul_small(r, 10);
        pyuk_big_mul_small(m, 10);
        unsigned d = pyuk_big_divmod_small(r, s);
        int cl = pyuk_big_cmp(r, m);
        bool low = cl < 0 || (even && cl == 0);
        int ch = cmp_high(r, m, unequal, s);
        bool high = ch > 0 || (even && ch == 0);
        if (low && high) {
            /* Both ends qualify: the closer one, ties to even. */
            pyuk_big_shl(r, 1);
            int half = pyuk_big_cmp(r, s);
            if (half > 0 || (half == 0 && (d & 1)))
                d++;
        } else if (high) {
            d++;
        }
        digits[n++] = (char)('0' + d);
        if (low || high)
            break;
    }
    while (digits[n - 1] == '0')
        n--;
    *decpt = k;
    return n;
}
