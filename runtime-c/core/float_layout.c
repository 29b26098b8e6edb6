/*
 * Turns digits and a decimal point position into the text CPython's
 * PyOS_double_to_string makes of them.  The output is a slice of the digit
 * string padded with zeros on both sides, as far as the format code asks,
 * with the decimal point inside and an exponent when the code calls for one.
 */
#include "float_digits.h"

typedef struct text_out {
    char *buf;
    size_t cap;
    size_t len;
    char last;
} text_out;

/* snprintf-like: counts everything, stores what fits before the NUL. */
static void put(text_out *o, char c)
{
    if (o->len + 1 < o->cap)
        o->buf[o->len] = c;
    o->len++;
    o->last = c;
}

static void put_zeros(text_out *o, int64_t n)
{
    for (; n > 0; n--)
        put(o, '0');
}

static void put_span(text_out *o, const char *s, int64_t from, int64_t to)
{
    for (int64_t i = from; i < to; i++)
        put(o, s[i]);
}

static size_t finish(text_out *o)
{
    if (o->cap)
        o->buf[o->len < o->cap ? o->len : o->cap - 1] = '\0';
    return o->len;
}

static void put_exponent(text_out *o, int64_t exp, bool upper)
{
    put(o, upper ? 'E' : 'e');
    put(o, exp < 0 ? '-' : '+');
    uint64_t a = exp < 0 ? (uint64_t)-exp : (uint64_t)exp;
    char rev[20];
    int n = 0;
    do {
        rev[n++] = (char)('0' + a % 10);
        a /= 10;
    } while (a);
    if (n < 2)
        put(o, '0');
    while (n)
        put(o, rev[--n]);
}

size_t pyuk_float_layout(char *buf, size_t cap, const pyuk_float_digits *d,
                         char code, int64_t precision, unsigned flags)
{
    text_out o = {buf, cap, 0, 0};
    bool alt = flags & PYUK_LAYOUT_ALT;
    bool add_dot_0 = flags & PYUK_LAYOUT_ADD_DOT_0;
    int64_t nd = d->ndigits, decpt = d->decpt;
    int64_t end = nd; /* output digits [start, end) of the padded string */
    bool use_exp;
    switch (code) {
    case 'e':
        use_exp = true;
        end = precision;
        break;
    case 'f':
        use_exp = false;
        end = decpt + precision;
        break;
    case 'g':
        use_exp = decpt <= -4 ||
                  decpt > (add_dot_0 ? precision - 1 : precision);
        if (alt)
            end = precision;
        break;
    default: /* 'r': repr switches to an exponent at 1e16 */
        use_exp = decpt <= -4 || decpt > 16;
        break;
    }
    int64_t exp = 0;
    if (use_exp) {
        exp = decpt - 1;
        decpt = 1;
    }
    int64_t start = decpt <= 0 ? decpt - 1 : 0;
    int64_t min_end = !use_exp && add_dot_0 ? decpt + 1 : decpt;
    if (end < min_end)
        end = min_end;

    bool negative = d->negative;
    if ((flags & PYUK_LAYOUT_NO_NEG_0) &&
        (nd == 0 || (nd == 1 && d->digits[0] == '0')))
        negative = false;
    if (negative)
        put(&o, '-');

    if (decpt <= 0) {
        put_zeros(&o, decpt - start);
        put(&o, '.');
        put_zeros(&o, -decpt);
    }
    if (0 < decpt && decpt <= nd) {
        put_span(&o, d->digits, 0, decpt);
        put(&o, '.');
        put_span(&o, d->digits, decpt, nd);
    } else {
        put_span(&o, d->digits, 0, nd);
    }
    if (nd < decpt) {
        put_zeros(&o, decpt - nd);
        put(&o, '.');
        put_zeros(&o, end - decpt);
    } else {
        put_zeros(&o, end - nd);
    }
    if (o.last == '.' && !alt)
        o.len--;

    if (use_exp)
        put_exponent(&o, exp, flags & PYUK_LAYOUT_UPPER);
    if (flags & PYUK_LAYOUT_PERCENT)
        put(&o, '%');
    return finish(&o);
}

size_t pyuk_float_special(char *buf, size_t cap, double x, unsigned flags)
{
    text_out o = {buf, cap, 0, 0};
    /* CPython ignores the sign of a nan. */
    const char *word = x != x ? "nan" : x < 0 ? "-inf" : "inf";
    for (; *word; word++)
        put(&o, flags & PYUK_LAYOUT_UPPER && *word >= 'a'
                    ? (char)(*word - 'a' + 'A') : *word);
    if (flags & PYUK_LAYOUT_PERCENT)
        put(&o, '%');
    return finish(&o);
}
