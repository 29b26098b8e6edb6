/* str.ljust, rjust, center, zfill, partition, rpartition, removeprefix,
 * removesuffix, expandtabs. */
#include <pyuk/exceptions.h>
#include <pyuk/str.h>
#include <pyuk/strbuf.h>
#include <pyuk/tuple.h>

#include "text_search.h"

int memcmp(const void *a, const void *b, size_t n);

/* The fill character argument: exactly one code point. */
static bool fill_char(pyuk_str *fill, uint32_t *cp)
{
    if (!fill) {
        *cp = ' ';
        return true;
    }
    if (fill->length != 1) {
        pyuk_raise_message(&pyuk_type_TypeError,
                           "The fill character must be exactly one character long");
        return false;
    }
    int n;
    *cp = pyuk_utf8_decode((const unsigned char *)fill->data, &n);
    return true;
}

static pyuk_str *pad(pyuk_str *s, pyuk_int left, pyuk_int right, uint32_t cp)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_strbuf_add_fill(&b, cp, left);
    pyuk_strbuf_add_str(&b, s);
    pyuk_strbuf_add_fill(&b, cp, right);
    return pyuk_strbuf_finish(&b);
}

pyuk_str *pyuk_str_ljust(pyuk_str *s, pyuk_int width, pyuk_str *fill)
{
    uint32_t cp;
    if (!fill_char(fill, &cp))
        return NULL;
    return s->length >= width ? s : pad(s, 0, width - s->length, cp);
}

pyuk_str *pyuk_str_rjust(pyuk_str *s, pyuk_int width, pyuk_str *fill)
{
    uint32_t cp;
    if (!fill_char(fill, &cp))
        return NULL;
    return s->length >= width ? s : pad(s, width - s->length, 0, cp);
}

pyuk_str *pyuk_str_center(pyuk_str *s, pyuk_int width, pyuk_str *fill)
{
    uint32_t cp;
    if (!fill_char(fill, &cp))
        return NULL;
    if (s->length >= width)
        return s;
    pyuk_int marg = width - s->length;
    pyuk_int left = marg / 2 + (marg & width & 1);
    return pad(s, left, marg - left, cp);
}

pyuk_str *pyuk_str_zfill(pyuk_str *s, pyuk_int width)
{
    if (s->length >= width)
        return s;
    pyuk_int fill = width - s->length;
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_int skip = 0;
    if (s->size && (s->data[0] == '+' || s->data[0] == '-')) {
        pyuk_strbuf_add_ascii(&b, s->data, 1);
        skip = 1;
    }
    pyuk_strbuf_add_fill(&b, '0', fill);
    pyuk_strbuf_add(&b, s->data + skip, (size_t)(s->size - skip), s->length - skip);
    return pyuk_strbuf_finish(&b);
}

static pyuk_str *part(pyuk_str *s, pyuk_int lo, pyuk_int hi)
{
    if (lo == 0 && hi == s->size)
        return s;
    if (pyuk_str_is_ascii(s))
        return pyuk_str_from_ascii(s->data + lo, (size_t)(hi - lo));
    return pyuk_str_from_utf8(s->data + lo, (size_t)(hi - lo));
}

static pyuk_tuple *three(pyuk_str *a, pyuk_str *b, pyuk_str *c)
{
    if (!a || !b || !c)
        return NULL;
    pyuk_tuple *t = pyuk_tuple_new(&pyuk_type_tuple_objects, 3);
    if (!t)
        return NULL;
    t->items[0] = (pyuk_word)a;
    t->items[1] = (pyuk_word)b;
    t->items[2] = (pyuk_word)c;
    return t;
}

static bool check_sep(pyuk_str *sep)
{
    if (sep->size == 0) {
        pyuk_raise_message(&pyuk_type_ValueError, "empty separator");
        return false;
    }
    return true;
}

pyuk_tuple *pyuk_str_partition(pyuk_str *s, pyuk_str *sep)
{
    if (!check_sep(sep))
        return NULL;
    int64_t at = pyuk_find_bytes(s->data, (size_t)s->size, sep->data, (size_t)sep->size);
    if (at < 0)
        return three(s, pyuk_str_empty(), pyuk_str_empty());
    pyuk_str *head = part(s, 0, at);
    pyuk_str *tail = head ? part(s, at + sep->size, s->size) : NULL;
    return three(head, sep, tail);
}

pyuk_tuple *pyuk_str_rpartition(pyuk_str *s, pyuk_str *sep)
{
    if (!check_sep(sep))
        return NULL;
    int64_t at = pyuk_rfind_bytes(s->data, (size_t)s->size, sep->data, (size_t)sep->size);
    if (at < 0)
        return three(pyuk_str_empty(), pyuk_str_empty(), s);
    pyuk_str *head = part(s, 0, at);
    pyuk_str *tail = head ? part(s, at + sep->size, s->size) : NULL;
    return three(head, sep, tail);
}

pyuk_str *pyuk_str_removeprefix(pyuk_str *s, pyuk_str *prefix)
{
    if (prefix->size && prefix->size <= s->size &&
        memcmp(s->data, prefix->data, (size_t)prefix->size) == 0)
        return part(s, prefix->size, s->size);
    return s;
}

pyuk_str *pyuk_str_removesuffix(pyuk_str *s, pyuk_str *suffix)
{
    if (suffix->size && suffix->size <= s->size &&
        memcmp(s->data + s->size - suffix->size, suffix->data, (size_t)suffix->size) == 0)
        return part(s, 0, s->size - suffix->size);
    return s;
}

pyuk_str *pyuk_str_expandtabs(pyuk_str *s, pyuk_int tabsize)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_int column = 0, run = 0;
    const unsigned char *d = (const unsigned char *)s->data;
    for (pyuk_int i = 0; i < s->size;) {
        int len;
        uint32_t cp = pyuk_utf8_decode(d + i, &len);
        if (cp == '\t' || cp == '\n' || cp == '\r') {
            pyuk_strbuf_add(&b, s->data + run, (size_t)(i - run),
                            pyuk_utf8_length(s->data + run, (size_t)(i - run)));
            if (cp == '\t') {
                if (tabsize > 0) {
                    pyuk_int spaces = tabsize - column % tabsize;
                    pyuk_strbuf_add_fill(&b, ' ', spaces);
                    column += spaces;
                }
            } else {
                pyuk_strbuf_add_char(&b, cp);
                column = 0;
            }
            i += len;
            run = i;
            continue;
        }
        column++;
        i += len;
    }
    pyuk_strbuf_add(&b, s->data + run, (size_t)(s->size - run),
                    pyuk_utf8_length(s->data + run, (size_t)(s->size - run)));
    return pyuk_strbuf_finish(&b);
}
