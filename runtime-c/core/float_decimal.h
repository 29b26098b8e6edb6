/*
 * Correctly rounded conversion of a decimal D * 10^q to the nearest
 * double (ties to even), shared by float() and round().
 */
#ifndef PYUK_FLOAT_DECIMAL_H
#define PYUK_FLOAT_DECIMAL_H

#include <stdint.h>

#include "num_bigint.h"

/* Decimal inputs keep this many significant digits; any further nonzero
 * digits become one sticky digit 1 after them.  That is exact: a double or
 * a midpoint between two has at most 768 significant digits, so none lies
 * strictly between the kept digits and the kept digits plus a sticky 1. */
#define PYUK_DECIMAL_DIGITS_MAX 780

/* D > 0 has nd decimal digits (nd <= PYUK_DECIMAL_DIGITS_MAX + 1) and sits
 * in a number of PYUK_BIG_PARSE_LIMBS, which this clobbers. */
double pyuk_decimal_to_double(pyuk_big *d, int64_t nd, int64_t q);

#endif
