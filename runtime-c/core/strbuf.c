/* Building a str piece by piece (strbuf.h). */
#include <pyuk/gc.h>
#include <pyuk/numfmt.h>
#include <pyuk/str.h>
#include <pyuk/strbuf.h>

void *memcpy(void *restrict dst, const void *restrict src, size_t n);

void pyuk_strbuf_init(pyuk_strbuf *b)
{
    b->data = b->inline_data;
    b->size = 0;
    b->capacity = PYUK_STRBUF_INLINE;
    b->length = 0;
    b->failed = false;
}

bool pyuk_strbuf_reserve(pyuk_strbuf *b, size_t more)
{
    if (b->failed)
        return false;
    if (more <= b->capacity - b->size)
        return true;
    size_t want = b->size + more;
    if (want < more || want > ((size_t)1 << 60)) {
        pyuk_raise_memory_error();
        b->failed = true;
        return false;
    }
    size_t cap = b->capacity * 2;
    if (cap < want)
        cap = want;
    pyuk_buffer *buf = pyuk_alloc_buffer((cap + 7) / 8, false);
    if (!buf) {
        b->failed = true;
        return false;
    }
    memcpy(buf->data, b->data, b->size);
    b->data = (char *)buf->data;
    b->capacity = (size_t)buf->capacity * 8;
    return true;
}

void pyuk_strbuf_add(pyuk_strbuf *b, const char *data, size_t size, pyuk_int length)
{
    if (size == 0)
        return;
    if (!pyuk_strbuf_reserve(b, size))
        return;
    memcpy(b->data + b->size, data, size);
    b->size += size;
    b->length += length;
}

void pyuk_strbuf_add_ascii(pyuk_strbuf *b, const char *data, size_t size)
{
    pyuk_strbuf_add(b, data, size, (pyuk_int)size);
}

void pyuk_strbuf_add_cstr(pyuk_strbuf *b, const char *text)
{
    size_t n = 0;
    while (text[n])
        n++;
    pyuk_strbuf_add(b, text, n, pyuk_utf8_length(text, n));
}

void pyuk_strbuf_add_char(pyuk_strbuf *b, uint32_t cp)
{
    char buf[4];
    int n = pyuk_utf8_encode(cp, buf);
    pyuk_strbuf_add(b, buf, (size_t)n, 1);
}

void pyuk_strbuf_add_fill(pyuk_strbuf *b, uint32_t cp, pyuk_int count)
{
    if (count <= 0)
        return;
    char buf[4];
    int n = pyuk_utf8_encode(cp, buf);
    if (!pyuk_strbuf_reserve(b, (size_t)count * (size_t)n))
        return;
    char *out = b->data + b->size;
    for (pyuk_int i = 0; i < count; i++)
        for (int k = 0; k < n; k++)
            *out++ = buf[k];
    b->size += (size_t)count * (size_t)n;
    b->length += count;
}

void pyuk_strbuf_add_str(pyuk_strbuf *b, pyuk_str *s)
{
    pyuk_strbuf_add(b, s->data, (size_t)s->size, s->length);
}

void pyuk_strbuf_add_int(pyuk_strbuf *b, pyuk_int v)
{
    char buf[PYUK_INT_TEXT_SIZE];
    pyuk_strbuf_add_ascii(b, buf, pyuk_int_to_text(buf, v, 10, 0));
}

void pyuk_strbuf_add_float_repr(pyuk_strbuf *b, pyuk_float v)
{
    char buf[PYUK_FLOAT_REPR_SIZE];
    pyuk_strbuf_add_ascii(b, buf, pyuk_float_repr(buf, v));
}

pyuk_str *pyuk_strbuf_finish(pyuk_strbuf *b)
{
    if (b->failed)
        return NULL;
    if (b->size == 0)
        return pyuk_str_empty();
    if (b->size == 1)
        return pyuk_str_from_code_point((unsigned char)b->data[0]);
    pyuk_str *s = pyuk_str_alloc(b->length, (pyuk_int)b->size);
    if (s)
        memcpy(s->data, b->data, b->size);
    b->failed = true;
    return s;
}
