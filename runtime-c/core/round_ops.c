/*
 * round() for compiled code, with CPython's results and errors: half to
 * even, exact (the float digits come from numfmt's float_round.c); an int
 * result outside 64 bits raises OverflowError, pyuk's int rule.
 */
#include <pyuk/exceptions.h>
#include <pyuk/numfmt.h>

pyuk_int pyuk_op_float_to_int(pyuk_float x);   /* core/float_ops.c: int(x) */

/* round(x) */
pyuk_int pyuk_op_float_round_to_int(pyuk_float x)
{
    if (x - x != 0.0)           /* NaN or an infinity: int()'s errors */
        return pyuk_op_float_to_int(x);
    int64_t out = 0;
    if (pyuk_float_round_to_int(x, &out) != PYUK_NUM_OK) {
        pyuk_raise_overflow();
        return 0;
    }
    return out;
}

/* round(x, ndigits) */
pyuk_float pyuk_op_float_round(pyuk_float x, pyuk_int ndigits)
{
    double out = 0.0;
    if (pyuk_float_round(x, ndigits, &out) != PYUK_NUM_OK) {
        pyuk_raise_message(&pyuk_type_OverflowError, "rounded value too large to represent");
        return 0.0;
    }
    return out;
}

/* round(i, ndigits): to a multiple of 10**-ndigits, half to even. */
pyuk_int pyuk_op_int_round(pyuk_int x, pyuk_int ndigits)
{
    if (ndigits >= 0)
        return x;
    if (ndigits < -37)
        return 0;               /* |x| < 2**63, far below half of 10**38 */
    __int128 unit = 1;
    for (pyuk_int i = 0; i < -ndigits; i++)
        unit *= 10;
    __int128 quotient = x / unit, remainder = x % unit;
    if (remainder < 0) {        /* floor division */
        remainder += unit;
        quotient -= 1;
    }
    if (2 * remainder > unit || (2 * remainder == unit && (quotient & 1)))
        quotient += 1;
    __int128 result = quotient * unit;
    if (result > INT64_MAX || result < INT64_MIN) {
        pyuk_raise_overflow();
        return 0;
    }
    return (pyuk_int)result;
}
