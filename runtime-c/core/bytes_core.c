/*
 * bytes: immutable byte strings (layout pyuk_str, length == size), with
 * CPython 3.11's operators and messages.
 */
#include <pyuk/bytes.h>
#include <pyuk/exceptions.h>
#include <pyuk/gc.h>
#include <pyuk/slice.h>
#include <pyuk/str.h>
#include <pyuk/strbuf.h>

#include "bytes_internal.h"
#include "text_search.h"

int memcmp(const void *a, const void *b, size_t n);
void *memcpy(void *restrict dst, const void *restrict src, size_t n);

const pyuk_type pyuk_type_bytes = {
    .name = "bytes",
    .family = PYUK_T_BYTES,
    .size = sizeof(pyuk_bytes),
};

typedef struct static_bytes {
    pyuk_object ob;
    pyuk_int hash, length, size;
    char data[8];
} static_bytes;

static static_bytes empty_bytes = { { &pyuk_type_bytes }, 0, 0, 0, { 0 } };

pyuk_bytes *pyuk_bytes_alloc(pyuk_int size)
{
    if (size == 0)
        return (pyuk_bytes *)&empty_bytes;
    if (size < 0 || size > ((pyuk_int)1 << 60)) {
        pyuk_raise_memory_error();
        return NULL;
    }
    pyuk_bytes *b = (pyuk_bytes *)pyuk_alloc(&pyuk_type_bytes,
                                             sizeof(pyuk_bytes) + (size_t)size + 1);
    if (!b)
        return NULL;
    b->hash = -1;
    b->length = size;
    b->size = size;
    return b;
}

pyuk_bytes *pyuk_bytes_from_data(const char *data, size_t size)
{
    pyuk_bytes *b = pyuk_bytes_alloc((pyuk_int)size);
    if (b && size)
        memcpy(b->data, data, size);
    return b;
}

pyuk_bytes *pyuk_bytes_zeros(pyuk_int n)
{
    if (n < 0) {
        pyuk_raise_message(&pyuk_type_ValueError, "negative count");
        return NULL;
    }
    return pyuk_bytes_alloc(n);   /* the heap hands out zeroed memory */
}

static bool check_byte_items(pyuk_list *items, const char *message)
{
    for (pyuk_int i = 0; i < items->length; i++) {
        pyuk_int v = (pyuk_int)items->items[i];
        if (v < 0 || v > 255) {
            pyuk_raise_message(&pyuk_type_ValueError, message);
            return false;
        }
    }
    return true;
}

pyuk_bytes *pyuk_bytes_from_list(pyuk_list *items)
{
    if (!check_byte_items(items, "bytes must be in range(0, 256)"))
        return NULL;
    pyuk_bytes *b = pyuk_bytes_alloc(items->length);
    if (!b)
        return NULL;
    for (pyuk_int i = 0; i < items->length && i < b->size; i++)
        b->data[i] = (char)items->items[i];
    return b;
}

pyuk_bytes *pyuk_bytes_from_bytearray(pyuk_bytearray *a)
{
    return pyuk_bytes_from_data(a->data, (size_t)a->size);
}

pyuk_int pyuk_bytes_len(pyuk_bytes *b)
{
    return b->size;
}

pyuk_int pyuk_bytes_getitem(pyuk_bytes *b, pyuk_int index)
{
    if (index < 0)
        index += b->size;
    if (index < 0 || index >= b->size) {
        pyuk_raise_message(&pyuk_type_IndexError, "index out of range");
        return 0;
    }
    return (unsigned char)b->data[index];
}

/* data[start:stop:step] into out (n bytes) */
void pyuk_copy_slice(char *out, const char *data, pyuk_int start, pyuk_int step,
                     pyuk_int n)
{
    if (step == 1) {
        memcpy(out, data + start, (size_t)n);
        return;
    }
    for (pyuk_int k = 0; k < n; k++, start += step)
        out[k] = data[start];
}

pyuk_bytes *pyuk_bytes_slice(pyuk_bytes *b, pyuk_int start, pyuk_int stop,
                             pyuk_int step, pyuk_int given)
{
    if (step == 0) {
        pyuk_raise_slice_step_zero();
        return NULL;
    }
    pyuk_int n = pyuk_slice_adjust(b->size, &start, &stop, step, given);
    if (n == b->size && step == 1)
        return b;
    pyuk_bytes *r = pyuk_bytes_alloc(n);
    if (r && n)
        pyuk_copy_slice(r->data, b->data, start, step, n);
    return r;
}

pyuk_bytes *pyuk_bytes_concat(pyuk_bytes *a, pyuk_bytes *b)
{
    if (a->size == 0)
        return b;
    if (b->size == 0)
        return a;
    pyuk_bytes *r = pyuk_bytes_alloc(a->size + b->size);
    if (!r)
        return NULL;
    memcpy(r->data, a->data, (size_t)a->size);
    memcpy(r->data + a->size, b->data, (size_t)b->size);
    return r;
}

/* n copies of size bytes of data into out */
void pyuk_repeat_into(char *out, const char *data, pyuk_int size, pyuk_int n)
{
    pyuk_int total = size * n, done = size;
    memcpy(out, data, (size_t)size);
    while (done < total) {
        pyuk_int chunk = done < total - done ? done : total - done;
        memcpy(out + done, out, (size_t)chunk);
        done += chunk;
    }
}

pyuk_bytes *pyuk_bytes_repeat(pyuk_bytes *b, pyuk_int n)
{
    if (n <= 0 || b->size == 0)
        return pyuk_bytes_alloc(0);
    if (n == 1)
        return b;
    if (b->size > PTRDIFF_MAX / n) {
        pyuk_raise_memory_error();
        return NULL;
    }
    pyuk_bytes *r = pyuk_bytes_alloc(b->size * n);
    if (r)
        pyuk_repeat_into(r->data, b->data, b->size, n);
    return r;
}

pyuk_int pyuk_compare_data(const char *a, pyuk_int na, const char *b, pyuk_int nb)
{
    pyuk_int n = na < nb ? na : nb;
    int c = n ? memcmp(a, b, (size_t)n) : 0;
    if (c)
        return c;
    return na < nb ? -1 : na > nb;
}

bool pyuk_bytes_eq(pyuk_bytes *a, pyuk_bytes *b)
{
    if (a == b)
        return true;
    if (a->size != b->size)
        return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
        return false;
    return memcmp(a->data, b->data, (size_t)a->size) == 0;
}

pyuk_int pyuk_bytes_compare(pyuk_bytes *a, pyuk_bytes *b)
{
    return pyuk_compare_data(a->data, a->size, b->data, b->size);
}

bool pyuk_bytes_contains(pyuk_bytes *b, pyuk_bytes *needle)
{
    return pyuk_find_bytes(b->data, (size_t)b->size, needle->data,
                           (size_t)needle->size) >= 0;
}

bool pyuk_data_contains_int(const char *data, pyuk_int size, pyuk_int value)
{
    if (value < 0 || value > 255) {
        pyuk_raise_message(&pyuk_type_ValueError, "byte must be in range(0, 256)");
        return false;
    }
    for (pyuk_int i = 0; i < size; i++)
        if ((unsigned char)data[i] == value)
            return true;
    return false;
}

bool pyuk_bytes_contains_int(pyuk_bytes *b, pyuk_int value)
{
    return pyuk_data_contains_int(b->data, b->size, value);
}

pyuk_str *pyuk_bytes_repr(pyuk_bytes *b)
{
    pyuk_strbuf sb;
    pyuk_strbuf_init(&sb);
    pyuk_strbuf_add_bytes_repr(&sb, b->data, (size_t)b->size);
    return pyuk_strbuf_finish(&sb);
}

pyuk_str *pyuk_data_hex(const char *data, pyuk_int size)
{
    static const char digits[] = "0123456789abcdef";
    if (size == 0)
        return pyuk_str_empty();
    if (size > ((pyuk_int)1 << 59)) {
        pyuk_raise_memory_error();
        return NULL;
    }
    pyuk_str *s = pyuk_str_alloc(2 * size, 2 * size);
    if (!s)
        return NULL;
    for (pyuk_int i = 0; i < size; i++) {
        unsigned char c = (unsigned char)data[i];
        s->data[2 * i] = digits[c >> 4];
        s->data[2 * i + 1] = digits[c & 15];
    }
    return s;
}

pyuk_str *pyuk_bytes_hex(pyuk_bytes *b)
{
    return pyuk_data_hex(b->data, b->size);
}

/* b.hex(sep, bytes_per_sep): sep between groups of |per| bytes, counted
 * from the right when per > 0 and from the left when per < 0 (CPython's
 * pystrhex.c); per == 0 means no separator. */
pyuk_str *pyuk_binary_hex_sep(pyuk_object *b, pyuk_str *sep, pyuk_int per)
{
    static const char digits[] = "0123456789abcdef";
    pyuk_int size;
    const char *data = pyuk_binary_data(b, &size);
    if (sep->length != 1) {
        pyuk_raise_message(&pyuk_type_ValueError, "sep must be length 1.");
        return NULL;
    }
    if (sep->size != 1 || (unsigned char)sep->data[0] >= 0x80) {
        pyuk_raise_message(&pyuk_type_ValueError, "sep must be ASCII.");
        return NULL;
    }
    if (per == 0 || size <= 1)
        return pyuk_data_hex(data, size);
    pyuk_int group = per < 0 ? -per : per;
    if (size > ((pyuk_int)1 << 58)) {
        pyuk_raise_memory_error();
        return NULL;
    }
    pyuk_int n = 2 * size + (size - 1) / group;
    pyuk_str *s = pyuk_str_alloc(n, n);
    if (!s)
        return NULL;
    pyuk_int out = 0;
    for (pyuk_int i = 0; i < size; i++) {
        pyuk_int before = per > 0 ? size - i : i;
        if (i > 0 && before % group == 0)
            s->data[out++] = sep->data[0];
        unsigned char c = (unsigned char)data[i];
        s->data[out++] = digits[c >> 4];
        s->data[out++] = digits[c & 15];
    }
    return s;
}
