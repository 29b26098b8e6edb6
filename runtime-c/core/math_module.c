/*
 * The math module for compiled code: the libm functions (Debian's musl,
 * linked on every target) with CPython's error rules (Modules/mathmodule.c's
 * math_1 and friends, as documented): a NaN result from a non-NaN argument
 * is ValueError("math domain error"); an infinite result from a finite
 * argument is OverflowError("math range error") for the functions that can
 * overflow (exp, cosh...) and ValueError for the others.  One wrapper per
 * function, so a program links only the libm code it calls.
 */
#include <pyuk/exceptions.h>
#include <pyuk/numfmt.h>
#include <pyuk/platform.h>

double sqrt(double), exp(double), expm1(double), exp2(double);
double log(double), log2(double), log10(double), log1p(double);
double sin(double), cos(double), tan(double);
double asin(double), acos(double), atan(double), atan2(double, double);
double sinh(double), cosh(double), tanh(double);
double asinh(double), acosh(double), atanh(double);
double pow(double, double), fmod(double, double);

PYUK_NEEDS_LIBC_TCB;  /* musl reads %fs:0x28 */

static bool is_nan(double x) { return x != x; }
static bool is_finite(double x) { return x - x == 0.0; }
static bool is_inf(double x) { return !is_nan(x) && !is_finite(x); }

static double domain_error(void)
{
    pyuk_raise_message(&pyuk_type_ValueError, "math domain error");
    return 0.0;
}

static double range_error(void)
{
    pyuk_raise_message(&pyuk_type_OverflowError, "math range error");
    return 0.0;
}

/* CPython's math_1: r = f(x), judged against x. */
static double checked(double r, double x, bool can_overflow)
{
    if (is_nan(r) && !is_nan(x))
        return domain_error();
    if (is_inf(r) && is_finite(x))
        return can_overflow ? range_error() : domain_error();
    return r;
}

pyuk_float pyuk_math_sqrt(pyuk_float x) { return checked(sqrt(x), x, false); }
pyuk_float pyuk_math_exp(pyuk_float x) { return checked(exp(x), x, true); }
pyuk_float pyuk_math_exp2(pyuk_float x) { return checked(exp2(x), x, true); }
pyuk_float pyuk_math_expm1(pyuk_float x) { return checked(expm1(x), x, true); }
pyuk_float pyuk_math_sin(pyuk_float x) { return checked(sin(x), x, false); }
pyuk_float pyuk_math_cos(pyuk_float x) { return checked(cos(x), x, false); }
pyuk_float pyuk_math_tan(pyuk_float x) { return checked(tan(x), x, false); }
pyuk_float pyuk_math_asin(pyuk_float x) { return checked(asin(x), x, false); }
pyuk_float pyuk_math_acos(pyuk_float x) { return checked(acos(x), x, false); }
pyuk_float pyuk_math_atan(pyuk_float x) { return checked(atan(x), x, false); }
pyuk_float pyuk_math_sinh(pyuk_float x) { return checked(sinh(x), x, true); }
pyuk_float pyuk_math_cosh(pyuk_float x) { return checked(cosh(x), x, true); }
pyuk_float pyuk_math_tanh(pyuk_float x) { return checked(tanh(x), x, false); }
pyuk_float pyuk_math_asinh(pyuk_float x) { return checked(asinh(x), x, false); }
pyuk_float pyuk_math_acosh(pyuk_float x) { return checked(acosh(x), x, false); }
pyuk_float pyuk_math_atanh(pyuk_float x) { return checked(atanh(x), x, false); }

/* The logarithms: CPython refuses x <= 0 (and -inf) before calling libm. */
pyuk_float pyuk_math_log(pyuk_float x) { return x > 0 || is_nan(x) ? log(x) : domain_error(); }
pyuk_float pyuk_math_log2(pyuk_float x) { return x > 0 || is_nan(x) ? log2(x) : domain_error(); }
pyuk_float pyuk_math_log10(pyuk_float x) { return x > 0 || is_nan(x) ? log10(x) : domain_error(); }
pyuk_float pyuk_math_log1p(pyuk_float x) { return x > -1 || is_nan(x) ? log1p(x) : domain_error(); }

/* math.log(x, base): log(x) / log(base), ZeroDivisionError for base 1. */
pyuk_float pyuk_math_log_base(pyuk_float x, pyuk_float base)
{
    double num = pyuk_math_log(x);
    if (pyuk_current_exception)
        return 0.0;
    double den = pyuk_math_log(base);
    if (pyuk_current_exception)
        return 0.0;
    if (den == 0.0) {
        pyuk_raise_zero_division(3);    /* "float division by zero" */
        return 0.0;
    }
    return num / den;
}

pyuk_float pyuk_math_atan2(pyuk_float y, pyuk_float x) { return atan2(y, x); }

pyuk_float pyuk_math_fmod(pyuk_float x, pyuk_float y)
{
    if (is_inf(y) && is_finite(x))
        return x;
    double r = fmod(x, y);
    if (is_nan(r) && !is_nan(x) && !is_nan(y))
        return domain_error();
    return r;
}

/* math.pow: C99's special cases, CPython's errors (not those of **). */
pyuk_float pyuk_math_pow(pyuk_float x, pyuk_float y)
{
    if (!is_finite(x) || !is_finite(y)) {
        if (is_nan(x))
            return y == 0.0 ? 1.0 : x;
        if (is_nan(y))
            return x == 1.0 ? 1.0 : y;
        if (is_inf(x)) {
            bool odd_y = is_finite(y) && fmod(y < 0 ? -y : y, 2.0) == 1.0;
            if (y > 0)
                return odd_y ? x : (x < 0 ? -x : x);
            if (y == 0)
                return 1.0;
            return odd_y ? __builtin_copysign(0.0, x) : 0.0;
        }
        /* y is infinite */
        double ax = x < 0 ? -x : x;
        if (ax == 1.0)
            return 1.0;
        if (y > 0 && ax > 1.0)
            return y;
        if (y < 0 && ax < 1.0)
            return -y;
        return 0.0;
    }
    double r = pow(x, y);
    if (is_nan(r))
        return domain_error();
    if (is_inf(r))
        return x == 0.0 ? domain_error() : range_error();
    return r;
}

/* ---- int functions ---- */

static uint64_t magnitude(pyuk_int x)
{
    return x < 0 ? -(uint64_t)x : (uint64_t)x;
}

static pyuk_int int_result(uint64_t value)
{
    if (value > (uint64_t)INT64_MAX) {
        pyuk_raise_overflow();
        return 0;
    }
    return (pyuk_int)value;
}

pyuk_int pyuk_math_gcd(pyuk_int a, pyuk_int b)
{
    uint64_t x = magnitude(a), y = magnitude(b);
    while (y) {
        uint64_t t = x % y;
        x = y;
        y = t;
    }
    return int_result(x);
}

pyuk_int pyuk_math_lcm(pyuk_int a, pyuk_int b)
{
    if (a == 0 || b == 0)
        return 0;
    uint64_t g = (uint64_t)pyuk_math_gcd(a, b);
    if (pyuk_current_exception)
        return 0;
    unsigned __int128 l = (unsigned __int128)(magnitude(a) / g) * magnitude(b);
    if (l > (unsigned __int128)INT64_MAX) {
        pyuk_raise_overflow();
        return 0;
    }
    return (pyuk_int)l;
}

pyuk_int pyuk_math_isqrt(pyuk_int n)
{
    if (n < 0) {
        pyuk_raise_message(&pyuk_type_ValueError, "isqrt() argument must be nonnegative");
        return 0;
    }
    uint64_t r = (uint64_t)sqrt((double)n);   /* then corrected exactly */
    while (r * r > (uint64_t)n)
        r--;
    while ((r + 1) * (r + 1) <= (uint64_t)n)
        r++;
    return (pyuk_int)r;
}

pyuk_int pyuk_math_factorial(pyuk_int n)
{
    if (n < 0) {
        pyuk_raise_message(&pyuk_type_ValueError, "factorial() not defined for negative values");
        return 0;
    }
    pyuk_int r = 1;
    for (pyuk_int i = 2; i <= n; i++) {
        if (__builtin_mul_overflow(r, i, &r)) {
            pyuk_raise_overflow();
            return 0;
        }
    }
    return r;
}

/* math.isclose(a, b, rel_tol, abs_tol), by its documented definition. */
bool pyuk_math_isclose(pyuk_float a, pyuk_float b, pyuk_float rel_tol, pyuk_float abs_tol)
{
    if (rel_tol < 0.0 || abs_tol < 0.0) {
        pyuk_raise_message(&pyuk_type_ValueError, "tolerances must be non-negative");
        return false;
    }
    if (a == b)
        return true;
    if (is_inf(a) || is_inf(b))
        return false;
    double diff = a - b < 0 ? b - a : a - b;
    double aa = a < 0 ? -a : a, ab = b < 0 ? -b : b;
    return diff <= rel_tol * ab || diff <= rel_tol * aa || diff <= abs_tol;
}

/* floor(x) as a float (math.floor and math.ceil then convert to int) */
pyuk_float pyuk_math_floor(pyuk_float x) { return pyuk_floor(x); }

pyuk_float pyuk_math_copysign(pyuk_float x, pyuk_float y) { return __builtin_copysign(x, y); }
