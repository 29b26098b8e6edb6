/*
 * Conversions between str and numbers: str(x) of int/float/bool/None,
 * int(s, base), float(s), ord, chr, bin/oct/hex, with CPython's messages.
 */
#include <pyuk/bytes.h>
#include <pyuk/exceptions.h>
#include <pyuk/numfmt.h>
#include <pyuk/str.h>
#include <pyuk/strbuf.h>

pyuk_str *pyuk_str_from_int(pyuk_int v)
{
    char buf[PYUK_INT_TEXT_SIZE];
    return pyuk_str_from_ascii(buf, pyuk_int_to_text(buf, v, 10, 0));
}

pyuk_str *pyuk_str_from_float(pyuk_float v)
{
    char buf[PYUK_FLOAT_REPR_SIZE];
    return pyuk_str_from_ascii(buf, pyuk_float_repr(buf, v));
}

typedef struct static_word {
    pyuk_object ob;
    pyuk_int hash, length, size;
    char data[8];
} static_word;

static static_word true_text = { { &pyuk_type_str }, -1, 4, 4, "True" };
static static_word false_text = { { &pyuk_type_str }, -1, 5, 5, "False" };
static static_word none_text = { { &pyuk_type_str }, -1, 4, 4, "None" };

pyuk_str *pyuk_str_from_bool(bool v)
{
    return (pyuk_str *)(v ? &true_text : &false_text);
}

pyuk_str *pyuk_str_none(void)
{
    return (pyuk_str *)&none_text;
}

pyuk_str *pyuk_int_to_base_str(pyuk_int v, pyuk_int base)
{
    char buf[PYUK_INT_TEXT_SIZE];
    return pyuk_str_from_ascii(buf, pyuk_int_to_text(buf, v, (unsigned)base,
                                                     PYUK_INT_PREFIX));
}

/* "<prefix><repr(s) cut to max_chars code points>" as the message of exc;
 * s may be a bytes object */
static void raise_with_repr(const pyuk_type *exc, const char *prefix,
                            pyuk_str *s, pyuk_int max_chars)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_strbuf_add_cstr(&b, prefix);
    pyuk_str *r = s->ob.type == &pyuk_type_str ? pyuk_str_repr(s)
                                                : pyuk_bytes_repr((pyuk_bytes *)s);
    if (!r)
        return;
    if (max_chars >= 0 && r->length > max_chars) {
        pyuk_int cut = pyuk_str_offset_of(r, max_chars);
        pyuk_strbuf_add(&b, r->data, (size_t)cut, max_chars);
    } else {
        pyuk_strbuf_add_str(&b, r);
    }
    pyuk_str *text = pyuk_strbuf_finish(&b);
    if (text)
        pyuk_raise_message(exc, text->data);
}

pyuk_int pyuk_str_to_int(pyuk_str *s, pyuk_int base)
{
    int64_t v = 0;
    int b = base < -1 || base > 37 ? -1 : (int)base;
    unsigned flags = s->ob.type == &pyuk_type_str ? 0 : PYUK_NUM_BYTES;
    pyuk_num_status st = pyuk_int_parse(s->data, (size_t)s->size, b, flags, &v);
    switch (st) {
    case PYUK_NUM_OK:
        return v;
    case PYUK_NUM_OVERFLOW:
        pyuk_raise_overflow();
        return 0;
    case PYUK_NUM_BAD_BASE:
        pyuk_raise_message(&pyuk_type_ValueError,
                           "int() base must be >= 2 and <= 36, or 0");
        return 0;
    case PYUK_NUM_TOO_MANY_DIGITS: {
        pyuk_strbuf m;
        pyuk_strbuf_init(&m);
        pyuk_strbuf_add_cstr(&m, "Exceeds the limit (4300 digits) for integer "
                                 "string conversion: value has ");
        pyuk_strbuf_add_int(&m, v);
        pyuk_strbuf_add_cstr(&m, " digits; use sys.set_int_max_str_digits() "
                                 "to increase the limit");
        pyuk_str *text = pyuk_strbuf_finish(&m);
        if (text)
            pyuk_raise_message(&pyuk_type_ValueError, text->data);
        return 0;
    }
    default: {
        char prefix[64] = "invalid literal for int() with base ";
        char num[PYUK_INT_TEXT_SIZE];
        size_t n = pyuk_int_to_text(num, base, 10, 0);
        size_t p = 36;
        for (size_t i = 0; i < n; i++)
            prefix[p++] = num[i];
        prefix[p++] = ':';
        prefix[p++] = ' ';
        prefix[p] = 0;
        raise_with_repr(&pyuk_type_ValueError, prefix, s, 200);
        return 0;
    }
    }
}

pyuk_float pyuk_str_to_float(pyuk_str *s)
{
    double v = 0;
    unsigned flags = s->ob.type == &pyuk_type_str ? 0 : PYUK_NUM_BYTES;
    if (pyuk_float_parse(s->data, (size_t)s->size, flags, &v) == PYUK_NUM_OK)
        return v;
    raise_with_repr(&pyuk_type_ValueError, "could not convert string to float: ", s, -1);
    return 0;
}

pyuk_int pyuk_str_ord(pyuk_str *s)
{
    if (s->length != 1) {
        pyuk_strbuf b;
        pyuk_strbuf_init(&b);
        pyuk_strbuf_add_cstr(&b, "ord() expected a character, but string of length ");
        pyuk_strbuf_add_int(&b, s->length);
        pyuk_strbuf_add_cstr(&b, " found");
        pyuk_str *text = pyuk_strbuf_finish(&b);
        if (text)
            pyuk_raise_message(&pyuk_type_TypeError, text->data);
        return 0;
    }
    int len;
    return pyuk_utf8_decode((const unsigned char *)s->data, &len);
}

pyuk_str *pyuk_str_chr(pyuk_int cp)
{
    if (cp > 0x7FFFFFFF || cp < -0x7FFFFFFF - 1) {
        pyuk_raise_message(&pyuk_type_OverflowError,
                           "Python int too large to convert to C int");
        return NULL;
    }
    if (cp < 0 || cp >= 0x110000) {
        pyuk_raise_message(&pyuk_type_ValueError, "chr() arg not in range(0x110000)");
        return NULL;
    }
    return pyuk_str_from_code_point((uint32_t)cp);
}
