/*
 * bytearray: a mutable, growable byte string.  The bytes live in a raw
 * pyuk_buffer that `data` points into (the trace function finds the
 * buffer from that interior pointer), grown geometrically.
 */
#include <pyuk/bytes.h>
#include <pyuk/exceptions.h>
#include <pyuk/gc.h>
#include <pyuk/slice.h>
#include <pyuk/str.h>
#include <pyuk/strbuf.h>

#include "bytes_internal.h"

void *memcpy(void *restrict dst, const void *restrict src, size_t n);
void *memmove(void *dst, const void *src, size_t n);

static void trace_bytearray(pyuk_object *obj, pyuk_visit_fn visit)
{
    pyuk_bytearray *a = (pyuk_bytearray *)obj;
    if (a->data)
        visit(&pyuk_buffer_of_items((pyuk_word *)a->data)->ob);
}

const pyuk_type pyuk_type_bytearray = {
    .name = "bytearray",
    .family = PYUK_T_BYTEARRAY,
    .size = sizeof(pyuk_bytearray),
    .trace = trace_bytearray,
};

/* Room for at least `want` bytes plus a NUL. */
static bool reserve(pyuk_bytearray *a, pyuk_int want)
{
    if (want < a->capacity)
        return true;
    if (want > ((pyuk_int)1 << 60)) {
        pyuk_raise_memory_error();
        return false;
    }
    /* doubling from 64: building a packet byte by byte reallocates a few
     * times, not a dozen */
    pyuk_int cap = a->capacity * 2;
    if (cap < want + 1)
        cap = want + 1;
    if (cap < 64)
        cap = 64;
    pyuk_buffer *buf = pyuk_alloc_buffer((size_t)(cap + 7) / 8, false);
    if (!buf)
        return false;
    if (a->size)
        memcpy(buf->data, a->data, (size_t)a->size);
    a->data = (char *)buf->data;
    a->capacity = buf->capacity * 8;
    return true;
}

pyuk_bytearray *pyuk_bytearray_new(pyuk_int size)
{
    if (size < 0) {
        pyuk_raise_message(&pyuk_type_ValueError, "negative count");
        return NULL;
    }
    pyuk_bytearray *a = (pyuk_bytearray *)pyuk_alloc(&pyuk_type_bytearray,
                                                     sizeof(pyuk_bytearray));
    if (!a)
        return NULL;
    if (size && !reserve(a, size))
        return NULL;
    a->size = size;   /* the buffer is zeroed */
    return a;
}

pyuk_bytearray *pyuk_bytearray_from_data(const char *data, size_t size)
{
    pyuk_bytearray *a = pyuk_bytearray_new((pyuk_int)size);
    if (a && size)
        memcpy(a->data, data, size);
    return a;
}

pyuk_bytearray *pyuk_bytearray_from_bytes(pyuk_bytes *b)
{
    return pyuk_bytearray_from_data(b->data, (size_t)b->size);
}

pyuk_bytearray *pyuk_bytearray_from_list(pyuk_list *items)
{
    for (pyuk_int i = 0; i < items->length; i++) {
        pyuk_int v = (pyuk_int)items->items[i];
        if (v < 0 || v > 255) {
            pyuk_raise_message(&pyuk_type_ValueError, "byte must be in range(0, 256)");
            return NULL;
        }
    }
    pyuk_bytearray *a = pyuk_bytearray_new(items->length);
    if (!a)
        return NULL;
    for (pyuk_int i = 0; i < items->length && i < a->size; i++)
        a->data[i] = (char)items->items[i];
    return a;
}

pyuk_int pyuk_bytearray_len(pyuk_bytearray *a)
{
    return a->size;
}

static bool check_index(pyuk_bytearray *a, pyuk_int *index)
{
    if (*index < 0)
        *index += a->size;
    if (*index < 0 || *index >= a->size) {
        pyuk_raise_message(&pyuk_type_IndexError, "bytearray index out of range");
        return false;
    }
    return true;
}

static bool check_byte(pyuk_int value)
{
    if (value < 0 || value > 255) {
        pyuk_raise_message(&pyuk_type_ValueError, "byte must be in range(0, 256)");
        return false;
    }
    return true;
}

pyuk_int pyuk_bytearray_getitem(pyuk_bytearray *a, pyuk_int index)
{
    if (!check_index(a, &index))
        return 0;
    return (unsigned char)a->data[index];
}

void pyuk_bytearray_setitem(pyuk_bytearray *a, pyuk_int index, pyuk_int value)
{
    /* CPython checks the value first */
    if (!check_byte(value) || !check_index(a, &index))
        return;
    a->data[index] = (char)value;
}

pyuk_bytearray *pyuk_bytearray_slice(pyuk_bytearray *a, pyuk_int start,
                                     pyuk_int stop, pyuk_int step, pyuk_int given)
{
    if (step == 0) {
        pyuk_raise_slice_step_zero();
        return NULL;
    }
    pyuk_int n = pyuk_slice_adjust(a->size, &start, &stop, step, given);
    pyuk_bytearray *r = pyuk_bytearray_new(n);
    if (r && n)
        pyuk_copy_slice(r->data, a->data, start, step, n);
    return r;
}

/* Replaces a[lo:hi] (0 <= lo <= hi <= size) by n bytes of src. */
static bool splice(pyuk_bytearray *a, pyuk_int lo, pyuk_int hi, const char *src,
                   pyuk_int n)
{
    pyuk_int size = a->size - (hi - lo) + n;
    /* src may be a's own data: copy it first when it would move */
    char local[64];
    pyuk_bytes *copy = NULL;
    if (n && src >= a->data && src < a->data + a->capacity) {
        if (n <= (pyuk_int)sizeof local) {
            memcpy(local, src, (size_t)n);
            src = local;
        } else {
            copy = pyuk_bytes_from_data(src, (size_t)n);
            if (!copy)
                return false;
            src = copy->data;
        }
    }
    if (!reserve(a, size))
        return false;
    memmove(a->data + lo + n, a->data + hi, (size_t)(a->size - hi));
    if (n)
        memcpy(a->data + lo, src, (size_t)n);
    a->size = size;
    a->data[size] = 0;
    return true;
}

/* a[start:stop:step] = the n bytes at src (aliased: src is a's own data). */
static void set_slice_data(pyuk_bytearray *a, pyuk_int start, pyuk_int stop, pyuk_int step,
                           pyuk_int given, const char *src, pyuk_int n, bool aliased)
{
    if (step == 0) {
        pyuk_raise_slice_step_zero();
        return;
    }
    pyuk_int count = pyuk_slice_adjust(a->size, &start, &stop, step, given);
    if (step == 1) {
        if (stop < start)
            stop = start;
        splice(a, start, stop, src, n);
        return;
    }
    if (n == 0) {
        /* assigning empty bytes to an extended slice deletes its items */
        if (count == 0)
            return;
        if (step < 0) {
            start += (count - 1) * step;
            step = -step;
        }
        pyuk_int out = start, next = start;
        for (pyuk_int i = start; i < a->size; i++) {
            if (i == next && next < start + count * step) {
                next += step;
                continue;
            }
            a->data[out++] = a->data[i];
        }
        a->size = out;
        a->data[out] = 0;
        return;
    }
    if (n != count) {
        pyuk_strbuf b;
        pyuk_strbuf_init(&b);
        pyuk_strbuf_add_cstr(&b, "attempt to assign bytes of size ");
        pyuk_strbuf_add_int(&b, n);
        pyuk_strbuf_add_cstr(&b, " to extended slice of size ");
        pyuk_strbuf_add_int(&b, count);
        pyuk_str *text = pyuk_strbuf_finish(&b);
        if (text)
            pyuk_raise_message(&pyuk_type_ValueError, text->data);
        return;
    }
    char local[64];
    if (n > (pyuk_int)sizeof local && aliased) {
        pyuk_bytes *copy = pyuk_bytes_from_data(src, (size_t)n);
        if (!copy)
            return;
        src = copy->data;
    } else if (aliased) {
        memcpy(local, src, (size_t)n);
        src = local;
    }
    for (pyuk_int k = 0, i = start; k < count; k++, i += step)
        a->data[i] = src[k];
}

void pyuk_bytearray_setslice(pyuk_bytearray *a, pyuk_int start, pyuk_int stop,
                             pyuk_int step, pyuk_int given, pyuk_object *value)
{
    pyuk_int n;
    const char *src = pyuk_binary_data(value, &n);
    set_slice_data(a, start, stop, step, given, src, n, value == &a->ob);
}

void pyuk_bytearray_delitem(pyuk_bytearray *a, pyuk_int index)
{
    if (!check_index(a, &index))
        return;
    splice(a, index, index + 1, NULL, 0);
}

void pyuk_bytearray_del_slice(pyuk_bytearray *a, pyuk_int start, pyuk_int stop,
                              pyuk_int step, pyuk_int given)
{
    set_slice_data(a, start, stop, step, given, "", 0, false);
}

void pyuk_bytearray_append(pyuk_bytearray *a, pyuk_int value)
{
    if (!check_byte(value) || !reserve(a, a->size + 1))
        return;
    a->data[a->size++] = (char)value;
    a->data[a->size] = 0;
}

void pyuk_bytearray_extend(pyuk_bytearray *a, pyuk_object *other)
{
    pyuk_int n;
    const char *src = pyuk_binary_data(other, &n);
    splice(a, a->size, a->size, src, n);
}

void pyuk_bytearray_extend_list(pyuk_bytearray *a, pyuk_list *items)
{
    /* CPython appends the valid items before the bad one */
    for (pyuk_int i = 0; i < items->length; i++) {
        pyuk_bytearray_append(a, (pyuk_int)items->items[i]);
        if (pyuk_current_exception)
            return;
    }
}

pyuk_bytearray *pyuk_bytearray_concat(pyuk_bytearray *a, pyuk_object *b)
{
    pyuk_int n;
    const char *src = pyuk_binary_data(b, &n);
    pyuk_bytearray *r = pyuk_bytearray_new(0);
    if (!r || !reserve(r, a->size + n))
        return NULL;
    if (a->size)
        memcpy(r->data, a->data, (size_t)a->size);
    if (n)
        memcpy(r->data + a->size, src, (size_t)n);
    r->size = a->size + n;
    return r;
}

pyuk_bytearray *pyuk_bytearray_repeat(pyuk_bytearray *a, pyuk_int n)
{
    if (n <= 0 || a->size == 0)
        return pyuk_bytearray_new(0);
    if (a->size > PTRDIFF_MAX / n) {
        pyuk_raise_memory_error();
        return NULL;
    }
    pyuk_bytearray *r = pyuk_bytearray_new(a->size * n);
    if (r)
        pyuk_repeat_into(r->data, a->data, a->size, n);
    return r;
}

pyuk_int pyuk_bytearray_compare(pyuk_bytearray *a, pyuk_object *b)
{
    pyuk_int n;
    const char *data = pyuk_binary_data(b, &n);
    return pyuk_compare_data(a->data, a->size, data, n);
}

bool pyuk_bytearray_eq(pyuk_bytearray *a, pyuk_object *b)
{
    pyuk_int n;
    const char *data = pyuk_binary_data(b, &n);
    return n == a->size && pyuk_compare_data(a->data, a->size, data, n) == 0;
}

pyuk_str *pyuk_bytearray_repr(pyuk_bytearray *a)
{
    pyuk_strbuf sb;
    pyuk_strbuf_init(&sb);
    pyuk_strbuf_add_bytearray_repr(&sb, a->data, (size_t)a->size);
    return pyuk_strbuf_finish(&sb);
}

pyuk_str *pyuk_bytearray_hex(pyuk_bytearray *a)
{
    return pyuk_data_hex(a->data, a->size);
}

pyuk_str *pyuk_bytearray_decode(pyuk_bytearray *a, pyuk_str *encoding)
{
    return pyuk_decode(a->data, (size_t)a->size, encoding);
}
