/* str operators: comparison, +, *, in. */
#include <pyuk/exceptions.h>
#include <pyuk/gc.h>
#include <pyuk/str.h>

#include "text_search.h"

int memcmp(const void *a, const void *b, size_t n);
void *memcpy(void *restrict dst, const void *restrict src, size_t n);

/* UTF-8 byte order is code point order. */
pyuk_int pyuk_str_compare(pyuk_str *a, pyuk_str *b)
{
    if (a == b)
        return 0;
    pyuk_int n = a->size < b->size ? a->size : b->size;
    int c = memcmp(a->data, b->data, (size_t)n);
    if (c)
        return c;
    return a->size < b->size ? -1 : a->size > b->size;
}

static bool too_big(pyuk_int a, pyuk_int b)
{
    /* the heap cannot hold 2**60 bytes anyway; this keeps sizes exact */
    return a > ((pyuk_int)1 << 60) - b;
}

pyuk_str *pyuk_str_concat(pyuk_str *a, pyuk_str *b)
{
    if (a->size == 0)
        return b;
    if (b->size == 0)
        return a;
    if (too_big(a->size, b->size)) {
        pyuk_raise_memory_error();
        return NULL;
    }
    pyuk_str *r = pyuk_str_alloc(a->length + b->length, a->size + b->size);
    if (!r)
        return NULL;
    memcpy(r->data, a->data, (size_t)a->size);
    memcpy(r->data + a->size, b->data, (size_t)b->size);
    return r;
}

pyuk_str *pyuk_str_concat3(pyuk_str *a, pyuk_str *b, pyuk_str *c)
{
    return pyuk_str_concat4(a, b, c, pyuk_str_empty());
}

static pyuk_str *concat_parts(pyuk_str **parts, int n);

pyuk_str *pyuk_str_concat4(pyuk_str *a, pyuk_str *b, pyuk_str *c, pyuk_str *d)
{
    pyuk_str *parts[4] = { a, b, c, d };
    return concat_parts(parts, 4);
}

pyuk_str *pyuk_str_concat8(pyuk_str *a, pyuk_str *b, pyuk_str *c, pyuk_str *d,
                           pyuk_str *e, pyuk_str *f, pyuk_str *g, pyuk_str *h)
{
    pyuk_str *parts[8] = { a, b, c, d, e, f, g, h };
    return concat_parts(parts, 8);
}

static pyuk_str *concat_parts(pyuk_str **parts, int count)
{
    pyuk_int size = 0, length = 0, nonempty = 0;
    pyuk_str *only = parts[0];
    for (int i = 0; i < count; i++) {
        if (too_big(size, parts[i]->size)) {
            pyuk_raise_memory_error();
            return NULL;
        }
        size += parts[i]->size;
        length += parts[i]->length;
        if (parts[i]->size) {
            nonempty++;
            only = parts[i];
        }
    }
    if (nonempty <= 1)
        return nonempty ? only : pyuk_str_empty();
    pyuk_str *r = pyuk_str_alloc(length, size);
    if (!r)
        return NULL;
    char *out = r->data;
    for (int i = 0; i < count; i++) {
        memcpy(out, parts[i]->data, (size_t)parts[i]->size);
        out += parts[i]->size;
    }
    return r;
}

/* Room an appendable str of `size` bytes gets: the next power of two that
 * holds size + 1, so the capacity follows from the size alone. */
static pyuk_int append_capacity(pyuk_int size)
{
    pyuk_int cap = 32;
    while (cap < size + 1)
        cap <<= 1;
    return cap;
}

pyuk_str *pyuk_str_append(pyuk_str *s, pyuk_str *t, pyuk_str *owner)
{
    if (too_big(s->size, t->size)) {
        pyuk_raise_memory_error();
        return NULL;
    }
    pyuk_int size = s->size + t->size;
    if (s == owner && append_capacity(size) == append_capacity(s->size)) {
        /* s was made by the previous append of this loop and nothing else
         * refers to it: extend it in place */
        memcpy(s->data + s->size, t->data, (size_t)t->size);
        s->size = size;
        s->length += t->length;
        s->data[size] = 0;
        s->hash = -1;
        return s;
    }
    pyuk_int cap = append_capacity(size);
    pyuk_str *r = (pyuk_str *)pyuk_alloc(&pyuk_type_str, sizeof(pyuk_str) + (size_t)cap);
    if (!r)
        return NULL;
    r->hash = -1;
    r->length = s->length + t->length;
    r->size = size;
    memcpy(r->data, s->data, (size_t)s->size);
    memcpy(r->data + s->size, t->data, (size_t)t->size);
    r->data[size] = 0;
    return r;
}

pyuk_str *pyuk_str_repeat(pyuk_str *s, pyuk_int n)
{
    if (n <= 0 || s->size == 0)
        return pyuk_str_empty();
    if (n == 1)
        return s;
    if (s->size > PTRDIFF_MAX / n) {
        pyuk_raise_message(&pyuk_type_OverflowError, "repeated string is too long");
        return NULL;
    }
    pyuk_str *r = pyuk_str_alloc(s->length * n, s->size * n);
    if (!r)
        return NULL;
    /* copy doubling runs */
    pyuk_int total = s->size * n, done = s->size;
    memcpy(r->data, s->data, (size_t)s->size);
    while (done < total) {
        pyuk_int chunk = done < total - done ? done : total - done;
        memcpy(r->data + done, r->data, (size_t)chunk);
        done += chunk;
    }
    return r;
}

bool pyuk_str_contains(pyuk_str *s, pyuk_str *needle)
{
    return pyuk_find_bytes(s->data, (size_t)s->size, needle->data,
                           (size_t)needle->size) >= 0;
}
