/*
 * Number formatting and parsing with CPython 3.11's exact results.
 *
 * Everything here is a pure function: no allocation, no global state, no
 * libc.  Text goes into caller-provided buffers whose required size is given
 * next to each function.  Errors come back as a pyuk_num_status; the caller
 * raises the Python exception named next to each status.
 *
 * Parsers take UTF-8 text (a str's data) by pointer and byte length.  As in
 * CPython, non-ASCII Unicode decimal digits count as digits and non-ASCII
 * Unicode white space as white space; pass PYUK_NUM_BYTES for bytes input,
 * where every non-ASCII byte is invalid.
 *
 * Stack use (gcc 12 -O2): repr 0.8 KiB, format 1.6 KiB, float parsing
 * 1.5 KiB, round(x, n) 2.2 KiB, the rest under 0.2 KiB.
 */
#ifndef PYUK_NUMFMT_H
#define PYUK_NUMFMT_H

#include <stddef.h>
#include <stdint.h>
#include <stdbool.h>

typedef enum pyuk_num_status {
    PYUK_NUM_OK = 0,
    /* ValueError: "could not convert string to float: %R" or
     * "invalid literal for int() with base %d: %R". */
    PYUK_NUM_INVALID,
    /* OverflowError: int outside int64 ("int too large..."), round() of a
     * float ("rounded value too large to represent"), float ** overflow
     * ("(34, 'Numerical result out of range')"), round(inf). */
    PYUK_NUM_OVERFLOW,
    /* ValueError: "Exceeds the limit (4300 digits) for integer string
     * conversion: value has %d digits; use sys.set_int_max_str_digits() to
     * increase the limit" -- int() puts the digit count in *out. */
    PYUK_NUM_TOO_MANY_DIGITS,
    /* ZeroDivisionError: "float modulo", "float floor division by zero",
     * "float divmod()", "0.0 cannot be raised to a negative power". */
    PYUK_NUM_ZERO_DIVISION,
    /* ValueError: round(nan) ("cannot convert float NaN to integer"), or a
     * negative float to a non-integer power (a complex number in CPython). */
    PYUK_NUM_DOMAIN,
    /* ValueError: "int() base must be >= 2 and <= 36, or 0". */
    PYUK_NUM_BAD_BASE,
} pyuk_num_status;

/* Parser flag: the text is a bytes object, not a str. */
#define PYUK_NUM_BYTES 1u

/* ---- float to text ---- */

/* repr(x) and str(x): the shortest text that reads back as x.  buf must
 * hold PYUK_FLOAT_REPR_SIZE bytes; returns the length, writes a NUL. */
#define PYUK_FLOAT_REPR_SIZE 32
size_t pyuk_float_repr(char *buf, double x);

/* format(x, spec) without width, fill, align, sign and grouping, which the
 * caller layers on top (a leading '-' marks a negative result).
 *   type:      0 (none), 'e' 'E' 'f' 'F' 'g' 'G' 'n' '%'
 *   precision: -1 when the spec has none
 *   flags:     PYUK_FMT_ALT for '#', PYUK_FMT_NO_NEG_0 for 'z'
 * snprintf-like: writes at most cap bytes including a NUL and returns the
 * full length.  PYUK_FLOAT_FORMAT_SIZE(precision) bytes always suffice. */
#define PYUK_FMT_ALT 1u
#define PYUK_FMT_NO_NEG_0 2u
#define PYUK_FLOAT_FORMAT_SIZE(precision) \
    ((size_t)((precision) < 0 ? 0 : (precision)) + 330)
size_t pyuk_float_format(char *buf, size_t cap, double x, char type,
                         int precision, unsigned flags);

/* Inserts sep every `every` digits into the run of digits that starts num
 * (num has no sign: "1234567.5", "1e+20", "inf", "bc614e"), as format()
 * does for ',' and '_' (every is 3, or 4 for '_' with b/o/x/X, where letters
 * count as digits).  When min_width > 0 the
 * run is first padded with zeros, separators included, until the result
 * is at least min_width long: the '0' option (min_width = width minus the
 * sign's length).  snprintf-like; len + len / every + min_width + 2 bytes
 * suffice. */
size_t pyuk_num_group(char *out, size_t cap, const char *num, size_t len,
                      char sep, int every, size_t min_width);

/* ---- text to float ---- */

/* float(text): PYUK_NUM_OK or PYUK_NUM_INVALID. */
pyuk_num_status pyuk_float_parse(const char *text, size_t len, unsigned flags,
                                 double *out);

/* ---- rounding and arithmetic ---- */

/* round(x, ndigits): PYUK_NUM_OK or PYUK_NUM_OVERFLOW. */
pyuk_num_status pyuk_float_round(double x, int64_t ndigits, double *out);

/* round(x): half to even.  PYUK_NUM_OVERFLOW for inf and for results
 * outside int64, PYUK_NUM_DOMAIN for nan. */
pyuk_num_status pyuk_float_round_to_int(double x, int64_t *out);

/* x % y, x // y, divmod(x, y): PYUK_NUM_OK or PYUK_NUM_ZERO_DIVISION. */
pyuk_num_status pyuk_float_mod(double x, double y, double *out);
pyuk_num_status pyuk_float_floordiv(double x, double y, double *out);
pyuk_num_status pyuk_float_divmod(double x, double y, double *quotient,
                                  double *remainder);

/* x ** y: PYUK_NUM_OK, PYUK_NUM_ZERO_DIVISION (0.0 ** negative),
 * PYUK_NUM_DOMAIN (negative ** non-integer), PYUK_NUM_OVERFLOW. */
pyuk_num_status pyuk_float_pow(double x, double y, double *out);

/* C's fmod and floor, exact. */
double pyuk_fmod(double x, double y);
double pyuk_floor(double x);

/* The C library pow(), provided by the libm the program is linked with;
 * only called with finite x > 0, x != 1 and finite y != 0. */
double pyuk_libm_pow(double x, double y);

/* ---- int to text ---- */

/* v in base 2..36 (lower-case digits) into buf of PYUK_INT_TEXT_SIZE bytes;
 * returns the length, writes a NUL.  PYUK_INT_PREFIX puts "0b", "0o" or
 * "0x" after the sign (bin(), oct(), hex(), the '#' option), PYUK_INT_UPPER
 * upper-cases digits and prefix ('X'). */
#define PYUK_INT_TEXT_SIZE 72
#define PYUK_INT_PREFIX 1u
#define PYUK_INT_UPPER 2u
size_t pyuk_int_to_text(char *buf, int64_t v, unsigned base, unsigned flags);

/* ---- text to int ---- */

/* int(text, base), base 0 or 2..36: PYUK_NUM_OK, PYUK_NUM_INVALID,
 * PYUK_NUM_OVERFLOW (valid but outside int64), PYUK_NUM_TOO_MANY_DIGITS
 * (*out = the digit count), PYUK_NUM_BAD_BASE. */
pyuk_num_status pyuk_int_parse(const char *text, size_t len, int base,
                               unsigned flags, int64_t *out);

#endif
