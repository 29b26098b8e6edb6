/*
 * Decimal digits of doubles, exactly, in the form CPython's formatting
 * works on: a digit string without leading or trailing zeros and a decimal
 * point position decpt, meaning 0.DIGITS * 10^decpt.  Zero is "0" with
 * decpt 1.  These take x >= 0 and finite; the sign is the caller's.
 */
#ifndef PYUK_FLOAT_DIGITS_H
#define PYUK_FLOAT_DIGITS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Bits of a double and back, without aliasing trouble. */
static inline uint64_t pyuk_double_bits(double x)
{
    uint64_t u;
    __builtin_memcpy(&u, &x, sizeof u);
    return u;
}

static inline double pyuk_bits_double(uint64_t u)
{
    double x;
    __builtin_memcpy(&x, &u, sizeof x);
    return x;
}

/* x = f * 2^e with f < 2^53 (f >= 2^52 unless subnormal), for finite
 * x >= 0. */
static inline void pyuk_double_decode(double x, uint64_t *f, int *e)
{
    uint64_t bits = pyuk_double_bits(x);
    uint64_t frac = bits & ((1ull << 52) - 1);
    int bexp = (int)(bits >> 52 & 0x7ff);
    if (bexp == 0) {
        *f = frac;
        *e = -1074;
    } else {
        *f = frac | 1ull << 52;
        *e = bexp - 1075;
    }
}

/* floor(E * log10(2)), exact for |E| <= 1200. */
static inline int pyuk_floor_log10_pow2(int e) { return (e * 78913) >> 18; }

/* The shortest digits that read back as x (Python's repr); at most 17. */
#define PYUK_SHORTEST_DIGITS_MAX 17
int pyuk_float_shortest_digits(double x, char *digits, int *decpt);

/* The digits of x correctly rounded, half to even on the exact binary
 * value: to `ndigits` significant digits when !after_point (ndigits >= 1),
 * else up to the digit worth 10^-ndigits (ndigits may be negative; the
 * result may then be no digits at all, for zero).  A double has at most
 * 767 significant digits, so the result fits PYUK_FIXED_DIGITS_MAX. */
#define PYUK_FIXED_DIGITS_MAX 800
int pyuk_float_fixed_digits(double x, int64_t ndigits, bool after_point,
                            char *digits, int *decpt);

/* Lays out digits as PyOS_double_to_string does for code 'e', 'f', 'g'
 * or 'r' (precision: significant digits for 'e' and 'g', digits after the
 * point for 'f'; unused for 'r').  snprintf-like. */
#define PYUK_LAYOUT_ALT 1u
#define PYUK_LAYOUT_NO_NEG_0 2u
#define PYUK_LAYOUT_ADD_DOT_0 4u
#define PYUK_LAYOUT_UPPER 8u
#define PYUK_LAYOUT_PERCENT 16u
typedef struct pyuk_float_digits {
    const char *digits;
    int ndigits;
    int decpt;
    bool negative;
} pyuk_float_digits;
size_t pyuk_float_layout(char *buf, size_t cap,
                         const pyuk_float_digits *d, char code,
                         int64_t precision, unsigned flags);

/* Text for nan and inf ("-inf", "NAN", ...), snprintf-like. */
size_t pyuk_float_special(char *buf, size_t cap, double x,
                          unsigned flags);

#endif
