/*
 * float operations that can raise, for compiled code: the arithmetic is in
 * numfmt (pure functions); this file turns its status into exceptions.
 */
#include <pyuk/exceptions.h>
#include <pyuk/numfmt.h>

static pyuk_float check(pyuk_num_status status, pyuk_float value, pyuk_int zero_message)
{
    switch (status) {
    case PYUK_NUM_OK:
        return value;
    case PYUK_NUM_ZERO_DIVISION:
        pyuk_raise_zero_division(zero_message);
        break;
    case PYUK_NUM_OVERFLOW:
        pyuk_raise_message(&pyuk_type_OverflowError,
                           "(34, 'Numerical result out of range')");
        break;
    default:
        pyuk_raise_message(&pyuk_type_ValueError,
            "negative number raised to a non-integer power: the result is "
            "complex, which pyuk does not support");
        break;
    }
    return 0.0;
}

pyuk_float pyuk_op_float_floordiv(pyuk_float x, pyuk_float y)
{
    double out = 0.0;
    pyuk_num_status status = pyuk_float_floordiv(x, y, &out);
    return check(status, out, 4);
}

pyuk_float pyuk_op_float_mod(pyuk_float x, pyuk_float y)
{
    double out = 0.0;
    pyuk_num_status status = pyuk_float_mod(x, y, &out);
    return check(status, out, 5);
}

pyuk_float pyuk_op_float_pow(pyuk_float x, pyuk_float y)
{
    double out = 0.0;
    pyuk_num_status status = pyuk_float_pow(x, y, &out);
    return check(status, out, 6);
}

pyuk_int pyuk_op_float_to_int(pyuk_float x)
{
    if (x != x) {
        pyuk_raise_message(&pyuk_type_ValueError, "cannot convert float NaN to integer");
        return 0;
    }
    if (x == __builtin_inf() || x == -__builtin_inf()) {
        pyuk_raise_message(&pyuk_type_OverflowError,
                           "cannot convert float infinity to integer");
        return 0;
    }
    if (x >= 9223372036854775808.0 || x < -9223372036854775808.0) {
        pyuk_raise_overflow();
        return 0;
    }
    return (pyuk_int)x;
}

/* float.is_integer(): finite with no fractional part. */
bool pyuk_float_is_integer(pyuk_float x)
{
    return x - x == 0.0 && pyuk_floor(x) == x;
}
