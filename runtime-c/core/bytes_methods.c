/* bytes.upper, lower (ASCII only, as CPython's bytes) and bytes.fromhex.
 * The search, split, strip, replace and join methods are str's
 * (str_search.c, str_split.c), which serve bytes too. */
#include <pyuk/bytes.h>
#include <pyuk/exceptions.h>
#include <pyuk/strbuf.h>

static pyuk_bytes *map_ascii(pyuk_bytes *b, bool upper)
{
    pyuk_bytes *r = pyuk_bytes_alloc(b->size);
    if (!r)
        return NULL;
    for (pyuk_int i = 0; i < b->size; i++) {
        unsigned char c = (unsigned char)b->data[i];
        if (upper && c >= 'a' && c <= 'z')
            c -= 32;
        else if (!upper && c >= 'A' && c <= 'Z')
            c += 32;
        r->data[i] = (char)c;
    }
    return r;
}

pyuk_bytes *pyuk_bytes_upper(pyuk_bytes *b) { return map_ascii(b, true); }
pyuk_bytes *pyuk_bytes_lower(pyuk_bytes *b) { return map_ascii(b, false); }

static int hex_value(unsigned char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
        return (c | 0x20) - 'a' + 10;
    return -1;
}

/* bytes.fromhex(s): pairs of hex digits, ASCII white space between pairs */
pyuk_bytes *pyuk_bytes_fromhex(pyuk_str *s)
{
    pyuk_bytes *r = pyuk_bytes_alloc(s->size / 2);
    if (!r)
        return NULL;
    const unsigned char *d = (const unsigned char *)s->data;
    pyuk_int n = 0, i = 0, index = 0;   /* index: position in code points */
    while (i < s->size) {
        unsigned char c = d[i];
        if (c == ' ' || (c >= 0x09 && c <= 0x0D)) {
            i++;
            index++;
            continue;
        }
        int hi = hex_value(c);
        int lo = i + 1 < s->size ? hex_value(d[i + 1]) : -1;
        if (hi < 0 || lo < 0) {
            pyuk_int at = hi < 0 ? index : index + 1;
            pyuk_strbuf m;
            pyuk_strbuf_init(&m);
            pyuk_strbuf_add_cstr(&m, "non-hexadecimal number found in fromhex() arg at "
                                     "position ");
            pyuk_strbuf_add_int(&m, at);
            pyuk_str *text = pyuk_strbuf_finish(&m);
            if (text)
                pyuk_raise_message(&pyuk_type_ValueError, text->data);
            return NULL;
        }
        r->data[n++] = (char)(hi << 4 | lo);
        i += 2;
        index += 2;
    }
    if (n == r->size)
        return r;
    return pyuk_bytes_from_data(r->data, (size_t)n);
}
