/*
 * Float %, //, divmod() and ** with CPython 3.11's rules (float_rem,
 * _float_div_mod, float_pow), plus the exact fmod and floor they rest on.
 */
#include "pyuk/numfmt.h"
#include "float_digits.h"

#define SIGN_BIT 0x8000000000000000ull
#define INF_BITS 0x7ff0000000000000ull

/* m * 2^e, known to be exactly representable (m < 2^53). */
static double exact_double(uint64_t m, int e)
{
    if (m == 0)
        return 0.0;
    int shift = __builtin_clzll(m) - 11; /* top bit to bit 52 */
    if (e - shift < -1074)
        shift = e + 1074; /* subnormal */
    m <<= shift;
    e -= shift;
    if (m < 1ull << 52)
        return pyuk_bits_double(m);
    return pyuk_bits_double((uint64_t)(e + 1075) << 52 | (m & ((1ull << 52) - 1)));
}

double pyuk_fmod(double x, double y)
{
    uint64_t bx = pyuk_double_bits(x) & ~SIGN_BIT;
    uint64_t by = pyuk_double_bits(y) & ~SIGN_BIT;
    if (x != x || y != y)
        return x + y;
    if (bx == INF_BITS || by == 0)
        return __builtin_nan("");
    if (bx < by) /* |x| < |y|, or y infinite */
        return x;
    /* x = mx 2^ex, y = my 2^ey with ex >= ey: the remainder is
     * (mx 2^(ex-ey) mod my) 2^ey, taken a few bits at a time. */
    uint64_t mx, my;
    int ex, ey;
    pyuk_double_decode(__builtin_fabs(x), &mx, &ex);
    pyuk_double_decode(__builtin_fabs(y), &my, &ey);
    uint64_t r = mx % my;
    for (int n = ex - ey; n > 0 && r; ) {
        int k = n < 11 ? n : 11; /* r < 2^53, so r << 11 fits */
        r = (r << k) % my;
        n -= k;
    }
    return __builtin_copysign(exact_double(r, ey), x);
}

double pyuk_floor(double x)
{
    if (!(__builtin_fabs(x) < 0x1p52) || x == 0)
        return x; /* whole already, or nan */
    double t = (double)(int64_t)x;
    return t > x ? t - 1.0 : t;
}

pyuk_num_status pyuk_float_mod(double x, double y, double *out)
{
    if (y == 0)
        return PYUK_NUM_ZERO_DIVISION;
    double mod = pyuk_fmod(x, y);
    if (mod) {
        if ((y < 0) != (mod < 0)) /* the remainder takes y's sign */
            mod += y;
    } else {
        mod = __builtin_copysign(0.0, y);
    }
    *out = mod;
    return PYUK_NUM_OK;
}

pyuk_num_status pyuk_float_divmod(double x, double y, double *quotient,
                                  double *remainder)
{
    if (y == 0)
        return PYUK_NUM_ZERO_DIVISION;
    double mod = pyuk_fmod(x, y);
    /* x - mod is a multiple of y, so div is close to a whole number. */
    double div = (x - mod) / y;
    if (mod) {
        if ((y < 0) != (mod < 0)) {
            mod += y;
            div -= 1.0;
        }
    } else {
        mod = __builtin_copysign(0.0, y);
    }
    double floordiv;
    if (div) {
        floordiv = pyuk_floor(div);
        if (div - floordiv > 0.5)
            floordiv += 1.0;
    } else {
        floordiv = __builtin_copysign(0.0, x / y);
    }
    *quotient = floordiv;
    *remainder = mod;
    return PYUK_NUM_OK;
}

pyuk_num_status pyuk_float_floordiv(double x, double y, double *out)
{
    double mod;
    return pyuk_float_divmod(x, y, out, &mod);
}

static bool is_odd_integer(double y)
{
    double a = __builtin_fabs(y);
    return a < 0x1p53 && a == (double)(int64_t)a && ((int64_t)a & 1);
}

pyuk_num_status pyuk_float_pow(double x, double y, double *out)
{
    if (y == 0) { /* x ** 0 is 1, even for nan */
        *out = 1.0;
        return PYUK_NUM_OK;
    }
    if (x != x) {
        *out = x;
        return PYUK_NUM_OK;
    }
    if (y != y) { /* 1 ** nan is 1 */
        *out = x == 1.0 ? 1.0 : y;
        return PYUK_NUM_OK;
    }
    if (__builtin_isinf(y)) {
        double a = __builtin_fabs(x);
        if (a == 1.0)
            *out = 1.0;
        else if ((y > 0) == (a > 1.0))
            *out = __builtin_fabs(y);
        else
            *out = 0.0;
        return PYUK_NUM_OK;
    }
    if (__builtin_isinf(x)) {
        bool odd = is_odd_integer(y);
        if (y > 0)
            *out = odd ? x : __builtin_fabs(x);
        else
            *out = odd ? __builtin_copysign(0.0, x) : 0.0;
        return PYUK_NUM_OK;
    }
    if (x == 0) {
        if (y < 0)
            return PYUK_NUM_ZERO_DIVISION;
        *out = is_odd_integer(y) ? x : 0.0;
        return PYUK_NUM_OK;
    }
    bool negate = false;
    if (x < 0) {
        if (y != pyuk_floor(y))
            return PYUK_NUM_DOMAIN; /* complex in CPython */
        x = -x;
        negate = is_odd_integer(y);
    }
    if (x == 1.0) {
        *out = negate ? -1.0 : 1.0;
        return PYUK_NUM_OK;
    }
    double r = pyuk_libm_pow(x, y);
    if (__builtin_isinf(r)) /* libm's ERANGE on overflow */
        return PYUK_NUM_OVERFLOW;
    *out = negate ? -r : r;
    return PYUK_NUM_OK;
}
