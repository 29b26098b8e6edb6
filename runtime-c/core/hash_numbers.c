/* hash(float) exactly as CPython's _Py_HashDouble (hash.h). */
#include <pyuk/hash.h>

/* frexp without libm: x = m * 2**e with 0.5 <= |m| < 1 (x finite, != 0). */
static double split(double x, int *e)
{
    union { double d; uint64_t u; } v = { .d = x };
    int exp = (int)((v.u >> 52) & 0x7ff);
    if (exp == 0) {  /* subnormal: scale into the normal range first */
        v.d = x * 18014398509481984.0;  /* 2**54 */
        exp = (int)((v.u >> 52) & 0x7ff) - 54;
    }
    *e = exp - 1022;
    v.u = (v.u & ~((uint64_t)0x7ff << 52)) | ((uint64_t)1022 << 52);
    return v.d;
}

pyuk_int pyuk_hash_float(pyuk_float v)
{
    if (v != v)
        return 0;
    if (v - v != 0.0)  /* infinite */
        return v > 0 ? PYUK_HASH_INF : -PYUK_HASH_INF;
    if (v == 0.0)
        return 0;
    int e;
    double m = split(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    uint64_t x = 0;
    while (m) {
        x = ((x << 28) & PYUK_HASH_MODULUS) | x >> (PYUK_HASH_BITS - 28);
        m *= 268435456.0;  /* 2**28 */
        e -= 28;
        uint64_t y = (uint64_t)m;
        m -= (double)y;
        x += y;
        if (x >= PYUK_HASH_MODULUS)
            x -= PYUK_HASH_MODULUS;
    }
    e = e >= 0 ? e % PYUK_HASH_BITS : PYUK_HASH_BITS - 1 - ((-1 - e) % PYUK_HASH_BITS);
    x = ((x << e) & PYUK_HASH_MODULUS) | x >> (PYUK_HASH_BITS - e);
    pyuk_int h = (pyuk_int)x * sign;
    return h == -1 ? -2 : h;
}
