/*
 * Reads number text the way CPython's int() and float() see it after
 * _PyUnicode_TransformDecimalAndSpaceToASCII: ASCII as is, any Unicode
 * decimal digit as its ASCII digit, Unicode white space as ' ', and
 * everything else (and malformed UTF-8) as '?', which no parser accepts.
 */
#ifndef PYUK_NUM_TEXT_H
#define PYUK_NUM_TEXT_H

#include <stdbool.h>
#include <stddef.h>

typedef struct pyuk_num_text {
    const unsigned char *s;
    size_t len;
    size_t pos;
    bool bytes; /* bytes input: no Unicode */
} pyuk_num_text;

/* The next character, or -1 at the end. */
int pyuk_num_text_next(pyuk_num_text *t);

/* The next character without consuming it. */
static inline int pyuk_num_text_peek(pyuk_num_text *t)
{
    size_t pos = t->pos;
    int c = pyuk_num_text_next(t);
    t->pos = pos;
    return c;
}

/* Py_ISSPACE: the white space CPython strips around numbers. */
static inline bool pyuk_num_is_space(int c)
{
    return c == ' ' || (c >= '\t' && c <= '\r');
}

static inline bool pyuk_num_is_digit(int c) { return c >= '0' && c <= '9'; }

#endif
