/*
 * int(text, base), as CPython 3.11's PyLong_FromString reads it: white
 * space, a sign, a base prefix (required to match with base 0, optional
 * for its own base), digits with single underscores between them, white
 * space.  With base 0 a nonzero number may not start with 0.
 */
#include "pyuk/numfmt.h"
#include "num_text.h"

/* CPython's default sys.get_int_max_str_digits(). */
#define MAX_STR_DIGITS 4300

static int digit_value(int c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z')
        return c - 'A' + 10;
    return 37; /* no digit in any base */
}

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 'a' - 'A' : c; }

pyuk_num_status pyuk_int_parse(const char *text, size_t len, int base,
                               unsigned flags, int64_t *out)
{
    if (base != 0 && (base < 2 || base > 36))
        return PYUK_NUM_BAD_BASE;
    pyuk_num_text t = {(const unsigned char *)text, len, 0,
                       (flags & PYUK_NUM_BYTES) != 0};
    int c = pyuk_num_text_next(&t);
    while (pyuk_num_is_space(c))
        c = pyuk_num_text_next(&t);
    bool negative = c == '-';
    if (c == '-' || c == '+')
        c = pyuk_num_text_next(&t);

    int next = c == '0' ? lower(pyuk_num_text_peek(&t)) : 0;
    bool zero_only = false; /* old-style octal "012": only zero allowed */
    if (base == 0) {
        base = next == 'x' ? 16 : next == 'o' ? 8 : next == 'b' ? 2 : 10;
        zero_only = c == '0' && base == 10;
    }
    if ((base == 16 && next == 'x') || (base == 8 && next == 'o') ||
        (base == 2 && next == 'b')) {
        pyuk_num_text_next(&t);
        c = pyuk_num_text_next(&t);
        if (c == '_') /* one underscore may follow the prefix */
            c = pyuk_num_text_next(&t);
    }
    if (c == '_')
        return PYUK_NUM_INVALID;

    uint64_t mag = 0;
    bool too_big = false;
    int64_t digits = 0;
    int prev = 0;
    for (; digit_value(c) < base || c == '_'; c = pyuk_num_text_next(&t)) {
        if (c == '_') {
            if (prev == '_')
                return PYUK_NUM_INVALID;
        } else {
            digits++;
            uint64_t d = (uint64_t)digit_value(c);
            if (mag > (UINT64_MAX - d) / (uint64_t)base)
                too_big = true;
            else if (!too_big)
                mag = mag * (uint64_t)base + d;
        }
        prev = c;
    }
    if (prev == '_')
        return PYUK_NUM_INVALID;
    /* CPython refuses long decimal-like strings before looking further. */
    if ((base & (base - 1)) != 0 && digits > MAX_STR_DIGITS) {
        *out = digits;
        return PYUK_NUM_TOO_MANY_DIGITS;
    }
    if (digits == 0 || (zero_only && (mag || too_big)))
        return PYUK_NUM_INVALID;
    while (pyuk_num_is_space(c))
        c = pyuk_num_text_next(&t);
    if (c != -1)
        return PYUK_NUM_INVALID;

    uint64_t limit = negative ? 1ull << 63 : (1ull << 63) - 1;
    if (too_big || mag > limit)
        return PYUK_NUM_OVERFLOW;
    *out = negative ? (int64_t)(0 - mag) : (int64_t)mag;
    return PYUK_NUM_OK;
}
