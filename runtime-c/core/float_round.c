/*
 * round() on floats, as CPython 3.11: round(x, n) rounds the exact binary
 * value half to even at the n-th decimal place and reads the digits back
 * (so round(2.675, 2) is 2.67); round(x) rounds half to even to an int.
 */
#include "pyuk/numfmt.h"
#include "float_decimal.h"
#include "float_digits.h"

pyuk_num_status pyuk_float_round(double x, int64_t ndigits, double *out)
{
    /* CPython's cut-offs: beyond 323 places every double is already
     * rounded; before -308 everything rounds to zero. */
    if (!__builtin_isfinite(x) || x == 0 || ndigits > 323) {
        *out = x;
        return PYUK_NUM_OK;
    }
    if (ndigits < -308) {
        *out = __builtin_copysign(0.0, x);
        return PYUK_NUM_OK;
    }
    char digits[PYUK_FIXED_DIGITS_MAX];
    int decpt;
    int n = pyuk_float_fixed_digits(__builtin_fabs(x), ndigits, true, digits,
                                    &decpt);
    double r = 0.0;
    if (n > 0) {
        PYUK_BIG_DEFINE(d, PYUK_BIG_PARSE_LIMBS);
        pyuk_big_set_u64(d, 0);
        for (int i = 0; i < n; i++) {
            pyuk_big_mul_small(d, 10);
            pyuk_big_add_small(d, (uint64_t)(digits[i] - '0'));
        }
        r = pyuk_decimal_to_double(d, n, decpt - n);
        if (__builtin_isinf(r))
            return PYUK_NUM_OVERFLOW;
    }
    *out = __builtin_copysign(r, x);
    return PYUK_NUM_OK;
}

pyuk_num_status pyuk_float_round_to_int(double x, int64_t *out)
{
    if (x != x)
        return PYUK_NUM_DOMAIN;
    double a = __builtin_fabs(x);
    if (a < 0x1p52) {
        double t = (double)(int64_t)a; /* exact truncation */
        double frac = a - t;
        if (frac > 0.5 || (frac == 0.5 && ((int64_t)t & 1)))
            t += 1.0;
        a = t;
    }
    /* a is whole (or inf); int64 holds -2^63 .. 2^63 - 1. */
    if (a >= 0x1p63 && !(x < 0 && a == 0x1p63))
        return PYUK_NUM_OVERFLOW;
    *out = x < 0 ? (int64_t)(0 - (uint64_t)a) : (int64_t)a;
    return PYUK_NUM_OK;
}
