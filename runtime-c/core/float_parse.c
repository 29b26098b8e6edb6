/*
 * float(text), as CPython 3.11 reads it: white space, a sign, then "inf",
 * "infinity" or "nan" in any case, or decimal digits with an optional
 * point and exponent, single underscores allowed between digits, then
 * white space.  The value is correctly rounded however long the text.
 */
#include "pyuk/numfmt.h"
#include "float_decimal.h"
#include "float_digits.h"
#include "num_text.h"

typedef struct scanner {
    pyuk_num_text t;
    int c;     /* current character, -1 at the end */
    size_t at; /* its byte offset */
} scanner;

static void advance(scanner *s)
{
    s->at = s->t.pos;
    s->c = pyuk_num_text_next(&s->t);
}

static int lower(int c) { return c >= 'A' && c <= 'Z' ? c + 'a' - 'A' : c; }

/* Consumes the letters of word (lower case) in any case. */
static bool match(scanner *s, const char *word)
{
    for (; *word; word++, advance(s))
        if (lower(s->c) != *word)
            return false;
    return true;
}

/* Consumes digits with single underscores between them, accumulating
 * their value into *value (saturating) when value is not NULL.  Returns
 * how many digits, or -1 for an underscore not followed by a digit. */
static int64_t digit_run(scanner *s, int64_t *value)
{
    int64_t n = 0;
    while (pyuk_num_is_digit(s->c)) {
        n++;
        if (value && *value < 1000000000000000)
            *value = *value * 10 + (s->c - '0');
        advance(s);
        if (s->c == '_') {
            advance(s);
            if (!pyuk_num_is_digit(s->c))
                return -1;
        }
    }
    return n;
}

/* Appends decimal digits to a big number, 19 at a time. */
typedef struct digit_sink {
    pyuk_big *d;
    uint64_t chunk;
    int chunk_len;
    int64_t count;
} digit_sink;

static void flush(digit_sink *s)
{
    uint64_t scale = 1;
    for (int i = 0; i < s->chunk_len; i++)
        scale *= 10;
    pyuk_big_mul_small(s->d, scale);
    pyuk_big_add_small(s->d, s->chunk);
    s->chunk = 0;
    s->chunk_len = 0;
}

static void append(digit_sink *s, int64_t zeros, unsigned digit)
{
    for (int64_t i = 0; i <= zeros; i++) {
        s->chunk = s->chunk * 10 + (i == zeros ? digit : 0);
        s->count++;
        if (++s->chunk_len == 19)
            flush(s);
    }
}

/* Collects the mantissa digits in [from, to) of the text into d: up to
 * PYUK_DECIMAL_DIGITS_MAX significant digits, without trailing zeros, plus
 * a sticky 1 when nonzero digits were dropped.  Returns the digit count
 * (0 for zero) and sets *first to the index of the first nonzero digit. */
static int64_t collect_digits(pyuk_num_text t, size_t to, pyuk_big *d,
                              int64_t *first)
{
    digit_sink sink = {d, 0, 0, 0};
    int64_t zeros = 0, index = 0; /* zeros: pending, kept if more follow */
    bool sticky = false;
    *first = -1;
    pyuk_big_set_u64(d, 0);
    t.len = to;
    for (int c; (c = pyuk_num_text_next(&t)) >= 0;) {
        if (!pyuk_num_is_digit(c))
            continue; /* '_' or '.' */
        int64_t i = index++;
        if (*first < 0) {
            if (c == '0')
                continue;
            *first = i;
        }
        if (sink.count + zeros == PYUK_DECIMAL_DIGITS_MAX) {
            sticky = c != '0';
            if (sticky)
                break;
        } else if (c == '0') {
            zeros++;
        } else {
            append(&sink, zeros, (unsigned)(c - '0'));
            zeros = 0;
        }
    }
    if (sticky) /* the dropped digits become a 1 after the kept ones */
        append(&sink, zeros, 1);
    flush(&sink);
    return sink.count;
}

/* The number after the sign: digits, point, exponent. */
static bool parse_decimal(scanner *s, double *out)
{
    size_t from = s->at;
    int64_t n_int = digit_run(s, NULL), n_frac = 0;
    if (n_int < 0)
        return false;
    if (s->c == '.') {
        advance(s);
        n_frac = digit_run(s, NULL);
        if (n_frac < 0)
            return false;
    }
    if (n_int + n_frac == 0)
        return false;
    size_t to = s->at;
    int64_t exp = 0;
    if (s->c == 'e' || s->c == 'E') {
        advance(s);
        bool negative = s->c == '-';
        if (s->c == '-' || s->c == '+')
            advance(s);
        if (digit_run(s, &exp) <= 0)
            return false;
        if (negative)
            exp = -exp;
    }

    PYUK_BIG_DEFINE(d, PYUK_BIG_PARSE_LIMBS);
    int64_t first;
    pyuk_num_text digits = s->t;
    digits.pos = from;
    int64_t nd = collect_digits(digits, to, d, &first);
    /* The digit at index i is worth 10^(n_int - 1 - i). */
    *out = nd == 0 ? 0.0
                   : pyuk_decimal_to_double(d, nd, exp + n_int - first - nd);
    return true;
}

pyuk_num_status pyuk_float_parse(const char *text, size_t len, unsigned flags,
                                 double *out)
{
    scanner s = {{(const unsigned char *)text, len, 0,
                  (flags & PYUK_NUM_BYTES) != 0}, 0, 0};
    advance(&s);
    while (pyuk_num_is_space(s.c))
        advance(&s);
    bool negative = s.c == '-';
    if (s.c == '-' || s.c == '+')
        advance(&s);

    double x;
    int c = lower(s.c);
    if (c == 'i') {
        if (!match(&s, "inf"))
            return PYUK_NUM_INVALID;
        if (lower(s.c) == 'i' && !match(&s, "inity"))
            return PYUK_NUM_INVALID;
        x = pyuk_bits_double(0x7ff0000000000000ull);
    } else if (c == 'n') {
        if (!match(&s, "nan"))
            return PYUK_NUM_INVALID;
        x = pyuk_bits_double(0x7ff8000000000000ull);
    } else if (!parse_decimal(&s, &x)) {
        return PYUK_NUM_INVALID;
    }

    while (pyuk_num_is_space(s.c))
        advance(&s);
    if (s.c != -1)
        return PYUK_NUM_INVALID;
    *out = negative ? -x : x;
    return PYUK_NUM_OK;
}
