/*
 * Decimal digits of a double correctly rounded to a given position, as
 * dtoa modes 2 and 3 give them to CPython's format() and round(): exact
 * long division of big integers, then rounding half to even on the exact
 * remainder.
 */
#include "float_digits.h"
#include "num_bigint.h"

int pyuk_float_fixed_digits(double x, int64_t ndigits, bool after_point,
                            char *digits, int *decpt)
{
    uint64_t f;
    int e;
    if (x == 0) {
        digits[0] = '0';
        *decpt = 1;
        return 1;
    }
    pyuk_double_decode(x, &f, &e);
    PYUK_BIG_DEFINE(r, PYUK_BIG_FORMAT_LIMBS);
    PYUK_BIG_DEFINE(s, PYUK_BIG_FORMAT_LIMBS);
    pyuk_big_set_u64(r, f);
    pyuk_big_set_u64(s, 1);
    if (e >= 0)
        pyuk_big_shl(r, (unsigned)e);
    else
        pyuk_big_shl(s, (unsigned)-e);

    /* Scale so that r/s = x / 10^k lies in [0.1, 1). */
    int log2x = e + 63 - __builtin_clzll(f);
    int k = pyuk_floor_log10_pow2(log2x) + 1;
    if (k >= 0)
        pyuk_big_mul_pow10(s, (unsigned)k);
    else
        pyuk_big_mul_pow10(r, (unsigned)-k);
    if (pyuk_big_cmp(r, s) >= 0) {
        pyuk_big_mul_small(s, 10);
        k++;
    }

    int64_t want = after_point ? k + ndigits : ndigits;
    if (want <= 0) {
        /* Rounds to zero, or up to one unit in the last place kept (the
         * digit worth 10^k) when x/10^k = r/s is above one half. */
        pyuk_big_shl(r, 1);
        if (want == 0 && pyuk_big_cmp(r, s) > 0) {
            digits[0] = '1';
            *decpt = k + 1;
            return 1;
        }
        *decpt = 1; /* no digits: zero */
        return 0;
    }

    int n = 0;
    while (n < want && !pyuk_big_is_zero(r)) {
        if (n == PYUK_FIXED_DIGITS_MAX)
            __builtin_trap(); /* a double has at most 767 digits */
        pyuk_big_mul_small(r, 10);
        digits[n++] = (char)('0' + pyuk_big_divmod_small(r, s));
    }
    if (!pyuk_big_is_zero(r)) {
        pyuk_big_shl(r, 1);
        int c = pyuk_big_cmp(r, s);
        if (c > 0 || (c == 0 && (digits[n - 1] & 1))) {
            while (n > 0 && digits[n - 1] == '9')
                n--;
            if (n == 0) {
                digits[n++] = '1';
                k++;
            } else {
                digits[n - 1]++;
            }
        }
    }
    while (digits[n - 1] == '0')
        n--;
    *decpt = k;
    return n;
}
