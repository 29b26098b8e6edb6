/*
 * The core of str: the type, creation and equality.  Methods and
 * formatting live in their own files.
 */
#include <pyuk/gc.h>
#include <pyuk/str.h>

int memcmp(const void *a, const void *b, size_t n);
void *memcpy(void *restrict dst, const void *restrict src, size_t n);

const pyuk_type pyuk_type_str = {
    .name = "str",
    .family = PYUK_T_STR,
    .size = sizeof(pyuk_str),
};

pyuk_int pyuk_utf8_length(const char *data, size_t size)
{
    pyuk_int n = 0;
    for (size_t i = 0; i < size; i++)
        n += ((unsigned char)data[i] & 0xC0) != 0x80;
    return n;
}

pyuk_str *pyuk_str_alloc(pyuk_int length, pyuk_int size)
{
    pyuk_str *s = (pyuk_str *)pyuk_alloc(&pyuk_type_str,
                                         sizeof(pyuk_str) + (size_t)size + 1);
    if (!s)
        return NULL;
    s->hash = -1;
    s->length = length;
    s->size = size;
    s->data[size] = 0;
    return s;
}

pyuk_str *pyuk_str_from_utf8(const char *data, size_t size)
{
    pyuk_str *s = pyuk_str_alloc(pyuk_utf8_length(data, size), (pyuk_int)size);
    if (s)
        memcpy(s->data, data, size);
    return s;
}

pyuk_str *pyuk_str_from_cstr(const char *text)
{
    size_t n = 0;
    while (text[n])
        n++;
    return pyuk_str_from_utf8(text, n);
}

bool pyuk_str_eq(pyuk_str *a, pyuk_str *b)
{
    if (a == b)
        return true;
    if (a->size != b->size)
        return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash)
        return false;
    return memcmp(a->data, b->data, (size_t)a->size) == 0;
}

bool pyuk_str_truth(pyuk_str *s)
{
    return s->size != 0;
}
