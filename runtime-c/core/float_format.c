/*
 * repr(float) and format(float, spec): CPython's format_float_internal and
 * PyOS_double_to_string, minus width, fill, alignment, sign and grouping.
 */
#include "pyuk/numfmt.h"
#include "float_digits.h"

size_t pyuk_float_repr(char *buf, double x)
{
    if (!__builtin_isfinite(x))
        return pyuk_float_special(buf, PYUK_FLOAT_REPR_SIZE, x, 0);
    char digits[PYUK_SHORTEST_DIGITS_MAX];
    pyuk_float_digits d = {digits, 0, 0, __builtin_signbit(x) != 0};
    d.ndigits = pyuk_float_shortest_digits(__builtin_fabs(x), digits,
                                           &d.decpt);
    return pyuk_float_layout(buf, PYUK_FLOAT_REPR_SIZE, &d, 'r', 0,
                             PYUK_LAYOUT_ADD_DOT_0);
}

_Static_assert(PYUK_FMT_ALT == PYUK_LAYOUT_ALT &&
                   PYUK_FMT_NO_NEG_0 == PYUK_LAYOUT_NO_NEG_0,
               "format flags pass through to the layout");

size_t pyuk_float_format(char *buf, size_t cap, double x, char type,
                         int precision, unsigned flags)
{
    unsigned lf = flags & (PYUK_FMT_ALT | PYUK_FMT_NO_NEG_0);
    char code = type;
    switch (type) {
    case 0:
        /* Like repr, or like 'g' when given a precision, but keeping a
         * ".0" on whole numbers either way. */
        lf |= PYUK_LAYOUT_ADD_DOT_0;
        code = precision < 0 ? 'r' : 'g';
        break;
    case 'E':
    case 'F':
    case 'G':
        lf |= PYUK_LAYOUT_UPPER;
        code = (char)(type - 'A' + 'a');
        break;
    case 'n':
        code = 'g';
        break;
    case '%':
        lf |= PYUK_LAYOUT_PERCENT;
        code = 'f';
        x *= 100;
        break;
    }
    int64_t prec = precision < 0 ? 6 : precision;
    if (!__builtin_isfinite(x))
        return pyuk_float_special(buf, cap, x, lf);

    char digits[PYUK_FIXED_DIGITS_MAX];
    pyuk_float_digits d = {digits, 0, 0, __builtin_signbit(x) != 0};
    double ax = __builtin_fabs(x);
    switch (code) {
    case 'r':
        d.ndigits = pyuk_float_shortest_digits(ax, digits, &d.decpt);
        break;
    case 'e':
        prec++; /* digits after the point, plus the one before */
        d.ndigits = pyuk_float_fixed_digits(ax, prec, false, digits,
                                            &d.decpt);
        break;
    case 'g':
        if (prec == 0)
            prec = 1;
        d.ndigits = pyuk_float_fixed_digits(ax, prec, false, digits,
                                            &d.decpt);
        break;
    case 'f':
        d.ndigits = pyuk_float_fixed_digits(ax, prec, true, digits,
                                            &d.decpt);
        break;
    default: /* not a float presentation type: the caller checks */
        if (cap)
            buf[0] = '\0';
        return 0;
    }
    return pyuk_float_layout(buf, cap, &d, code, prec, lf);
}
