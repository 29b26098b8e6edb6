/*
 * The core of str: the type, creation, equality, and the static strings
 * (empty, single ASCII characters) that need no allocation.  Methods and
 * formatting live in their own files (str_*.c).
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

/* A str with room for a short text, laid out as pyuk_str. */
typedef struct static_str {
    pyuk_object ob;
    pyuk_int hash;
    pyuk_int length;
    pyuk_int size;
    char data[8];
} static_str;

_Static_assert(offsetof(static_str, data) == offsetof(pyuk_str, data),
               "static_str must match pyuk_str");

static static_str empty_str = { { &pyuk_type_str }, 0, 0, 0, { 0 } };

pyuk_str *pyuk_str_empty(void)
{
    return (pyuk_str *)&empty_str;
}

pyuk_int pyuk_utf8_length(const char *data, size_t size)
{
    pyuk_int n = 0;
    size_t i = 0;
    /* 8 bytes at a time: count the bytes that are not continuation bytes */
    for (; i + 8 <= size; i += 8) {
        uint64_t w;
        __builtin_memcpy(&w, data + i, 8);
        uint64_t cont = w & ~(w << 1) & 0x8080808080808080ull; /* 10xxxxxx */
        /* one bit per byte at bit 7: sum them without libgcc's popcount */
        n += 8 - (pyuk_int)(((cont >> 7) * 0x0101010101010101ull) >> 56);
    }
    for (; i < size; i++)
        n += ((unsigned char)data[i] & 0xC0) != 0x80;
    return n;
}

int pyuk_utf8_encode(uint32_t cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
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

pyuk_str *pyuk_str_from_ascii(const char *data, size_t size)
{
    if (size == 1)
        return pyuk_str_from_code_point((unsigned char)data[0]);
    pyuk_str *s = pyuk_str_alloc((pyuk_int)size, (pyuk_int)size);
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

/* One-character strings of U+0000..U+00FF (as CPython keeps them), set up
 * on first use: bss costs no image space, and s[i] or `for c in s` over
 * Latin-1 text never allocates. */
static_str pyuk_latin1_chars[256];   /* str.h: compiled code reads it too */

_Static_assert(sizeof(static_str) == PYUK_LATIN1_CHAR_SIZE, "str.h: PYUK_LATIN1_CHAR_SIZE");

pyuk_str *pyuk_str_from_code_point(uint32_t cp)
{
    if (cp < 256) {
        static_str *s = &pyuk_latin1_chars[cp];
        if (!s->ob.type) {
            s->hash = -1;
            s->length = 1;
            s->size = pyuk_utf8_encode(cp, s->data);
            s->ob.type = &pyuk_type_str;
        }
        return (pyuk_str *)s;
    }
    char buf[4];
    int n = pyuk_utf8_encode(cp, buf);
    pyuk_str *s = pyuk_str_alloc(1, n);
    if (s)
        memcpy(s->data, buf, (size_t)n);
    return s;
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

pyuk_int pyuk_str_len(pyuk_str *s)
{
    return s->length;
}
