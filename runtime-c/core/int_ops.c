/*
 * int operations too big to inline: ** , true division of large values,
 * and exact comparison with floats.  All follow CPython, except that a
 * result outside 64 bits raises OverflowError.
 */
#include <pyuk/exceptions.h>

pyuk_int pyuk_op_int_pow(pyuk_int base, pyuk_int exp)
{
    if (exp < 0) {
        if (base == 0)
            pyuk_raise_zero_division(6);
        else
            pyuk_raise_message(&pyuk_type_ValueError,
                "negative exponent in int ** int: the result would be a float "
                "(pyuk types int ** int as int); use float(x) ** y");
        return 0;
    }
    pyuk_int result = 1;
    for (;;) {
        if (exp & 1) {
            if (__builtin_mul_overflow(result, base, &result))
                goto overflow;
        }
        exp >>= 1;
        if (!exp)
            return result;
        if (__builtin_mul_overflow(base, base, &base))
            goto overflow;
    }
overflow:
    pyuk_raise_overflow();
    return 0;
}

/* n / d for 1 <= d, correctly rounded to a double (half to even). */
static double divide_rounded(uint64_t n, uint64_t d)
{
    unsigned __int128 q = ((unsigned __int128)n << 64) / d;
    bool sticky = ((unsigned __int128)n << 64) % d != 0;
    if (q == 0)
        return 0.0;
    int top = 127 - (q >> 64 ? __builtin_clzll((uint64_t)(q >> 64))
                              : 64 + __builtin_clzll((uint64_t)q));
    int drop = top - 52;  /* bits below the 53-bit mantissa */
    uint64_t mantissa;
    if (drop > 0) {
        unsigned __int128 rest = q & (((unsigned __int128)1 << drop) - 1);
        unsigned __int128 half = (unsigned __int128)1 << (drop - 1);
        mantissa = (uint64_t)(q >> drop);
        if (rest > half || (rest == half && (sticky || (mantissa & 1))))
            mantissa++;
    } else {
        mantissa = (uint64_t)q << -drop;
    }
    /* value = mantissa * 2^(drop - 64); mantissa may have carried to 2^53 */
    double value = (double)mantissa;  /* exact: at most 2^53 */
    for (int exp2 = drop - 64; exp2 != 0;) {   /* exact: powers of two */
        int step = exp2 > 0 ? 1 : (exp2 < -60 ? 60 : -exp2);
        if (exp2 > 0) {
            value *= 2.0;
        } else {
            value /= (double)((uint64_t)1 << step);
        }
        exp2 += exp2 > 0 ? -step : step;
    }
    return value;
}

pyuk_float pyuk_op_int_truediv(pyuk_int a, pyuk_int b)
{
    if (b == 0) {
        pyuk_raise_zero_division(2);
        return 0.0;
    }
    bool negative = (a < 0) != (b < 0);
    uint64_t n = a < 0 ? -(uint64_t)a : (uint64_t)a;
    uint64_t d = b < 0 ? -(uint64_t)b : (uint64_t)b;
    double q = divide_rounded(n, d);
    return negative ? -q : q;
}

/* Exact int-float comparison; op: 0 <, 1 <=, 2 ==, 3 !=, 4 >, 5 >=. */
bool pyuk_int_float_compare(pyuk_int i, pyuk_float f, pyuk_int op)
{
    int order;  /* sign of i - f */
    if (f != f)
        return op == 3;
    if (f >= 9223372036854775808.0)
        order = -1;
    else if (f < -9223372036854775808.0)
        order = 1;
    else {
        pyuk_int t = (pyuk_int)f;  /* truncation: exact in this range */
        double frac = f - (double)t;
        if (i != t)
            order = i < t ? -1 : 1;
        else
            order = frac > 0 ? -1 : frac < 0 ? 1 : 0;
    }
    switch (op) {
    case 0: return order < 0;
    case 1: return order <= 0;
    case 2: return order == 0;
    case 3: return order != 0;
    case 4: return order > 0;
    default: return order >= 0;
    }
}

/* int.bit_length(): bits of |x|, without its sign. */
pyuk_int pyuk_int_bit_length(pyuk_int x)
{
    uint64_t magnitude = x < 0 ? -(uint64_t)x : (uint64_t)x;
    return magnitude ? 64 - __builtin_clzll(magnitude) : 0;
}

/* (a * b) mod m for a, b < m: the product is exact in 128 bits. */
static uint64_t mul_mod(uint64_t a, uint64_t b, uint64_t m)
{
    return (uint64_t)(((unsigned __int128)a * b) % m);
}

/* pow(base, exp, mod) as CPython computes it: ValueError for a zero
 * modulus, the modular inverse for a negative exponent, a result with the
 * sign of the modulus.  |mod| <= 2**63 fits an unsigned word, and products
 * are taken in 128 bits, so the result is exact for every 64-bit modulus. */
pyuk_int pyuk_op_int_pow_mod(pyuk_int base, pyuk_int exp, pyuk_int mod)
{
    if (mod == 0) {
        pyuk_raise_message(&pyuk_type_ValueError, "pow() 3rd argument cannot be 0");
        return 0;
    }
    uint64_t m = mod < 0 ? -(uint64_t)mod : (uint64_t)mod;
    if (m == 1)
        return 0;
    uint64_t b = base < 0 ? -(uint64_t)base % m : (uint64_t)base % m;
    if (base < 0 && b != 0)
        b = m - b;
    uint64_t e = exp < 0 ? -(uint64_t)exp : (uint64_t)exp;
    if (exp < 0) {
        /* extended Euclid on (b, m): r = s*b (mod m) throughout */
        __int128 r0 = (__int128)m, r1 = (__int128)b, s0 = 0, s1 = 1;
        while (r1 != 0) {
            __int128 q = r0 / r1, t = r0 - q * r1;
            r0 = r1;
            r1 = t;
            t = s0 - q * s1;
            s0 = s1;
            s1 = t;
        }
        if (r0 != 1) {
            pyuk_raise_message(&pyuk_type_ValueError,
                               "base is not invertible for the given modulus");
            return 0;
        }
        if (s0 < 0)
            s0 += (__int128)m;
        b = (uint64_t)s0;
    }
    uint64_t result = 1 % m;
    while (e) {
        if (e & 1)
            result = mul_mod(result, b, m);
        e >>= 1;
        if (e)
            b = mul_mod(b, b, m);
    }
    if (mod < 0 && result != 0)
        return (pyuk_int)((__int128)result - (__int128)m);
    return (pyuk_int)result;
}
