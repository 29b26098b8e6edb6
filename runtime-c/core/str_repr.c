/*
 * repr() and ascii() of str, and repr() of bytes data, with CPython's
 * exact rules: single quotes unless the text holds ' and no ", backslash
 * escapes for the quote, \\, \t, \n, \r, \xhh for other control characters
 * and DEL; non-ASCII characters stay as they are when Unicode-printable
 * (unicode_tables.c), else \xhh, \uhhhh or \Uhhhhhhhh.
 */
#include <pyuk/str.h>
#include <pyuk/strbuf.h>
#include <pyuk/unicode.h>

static const char hexdigits[] = "0123456789abcdef";

static char pick_quote(const char *data, size_t size)
{
    bool single = false, dbl = false;
    for (size_t i = 0; i < size; i++) {
        if (data[i] == '\'')
            single = true;
        else if (data[i] == '"')
            dbl = true;
    }
    return single && !dbl ? '"' : '\'';
}

static void add_hex_escape(pyuk_strbuf *b, char kind, uint32_t cp, int digits)
{
    char buf[10];
    buf[0] = '\\';
    buf[1] = kind;
    for (int i = 0; i < digits; i++)
        buf[2 + i] = hexdigits[(cp >> (4 * (digits - 1 - i))) & 0xF];
    pyuk_strbuf_add_ascii(b, buf, (size_t)digits + 2);
}

/* The escape of an ASCII character, or 0 if it stands for itself. */
static bool add_ascii_escaped(pyuk_strbuf *b, unsigned char c, char quote)
{
    char esc = 0;
    if (c == (unsigned char)quote || c == '\\')
        esc = (char)c;
    else if (c == '\t')
        esc = 't';
    else if (c == '\n')
        esc = 'n';
    else if (c == '\r')
        esc = 'r';
    if (esc) {
        char buf[2] = { '\\', esc };
        pyuk_strbuf_add_ascii(b, buf, 2);
        return true;
    }
    if (c < ' ' || c >= 0x7F) {
        add_hex_escape(b, 'x', c, 2);
        return true;
    }
    return false;
}

static void add_text_repr(pyuk_strbuf *b, pyuk_str *s, bool ascii_only)
{
    char quote = pick_quote(s->data, (size_t)s->size);
    pyuk_strbuf_reserve(b, (size_t)s->size + 2);
    pyuk_strbuf_add_ascii(b, &quote, 1);
    const unsigned char *d = (const unsigned char *)s->data;
    pyuk_int run = 0;   /* start of a run of characters copied as they are */
    for (pyuk_int i = 0; i < s->size;) {
        unsigned char c = d[i];
        if (c < 0x80) {
            if (c >= ' ' && c < 0x7F && c != (unsigned char)quote && c != '\\') {
                i++;
                continue;
            }
            pyuk_strbuf_add(b, s->data + run, (size_t)(i - run),
                            pyuk_utf8_length(s->data + run, (size_t)(i - run)));
            add_ascii_escaped(b, c, quote);
            i++;
            run = i;
            continue;
        }
        int len;
        uint32_t cp = pyuk_utf8_decode(d + i, &len);
        if (!ascii_only && pyuk_uni_isprintable(cp)) {
            i += len;
            continue;
        }
        pyuk_strbuf_add(b, s->data + run, (size_t)(i - run),
                        pyuk_utf8_length(s->data + run, (size_t)(i - run)));
        if (cp <= 0xFF)
            add_hex_escape(b, 'x', cp, 2);
        else if (cp <= 0xFFFF)
            add_hex_escape(b, 'u', cp, 4);
        else
            add_hex_escape(b, 'U', cp, 8);
        i += len;
        run = i;
    }
    pyuk_strbuf_add(b, s->data + run, (size_t)(s->size - run),
                    pyuk_utf8_length(s->data + run, (size_t)(s->size - run)));
    pyuk_strbuf_add_ascii(b, &quote, 1);
}

void pyuk_strbuf_add_repr(pyuk_strbuf *b, pyuk_str *s)
{
    add_text_repr(b, s, false);
}

pyuk_str *pyuk_str_repr(pyuk_str *s)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    add_text_repr(&b, s, false);
    return pyuk_strbuf_finish(&b);
}

pyuk_str *pyuk_str_ascii(pyuk_str *s)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    add_text_repr(&b, s, true);
    return pyuk_strbuf_finish(&b);
}

static void add_binary_repr(pyuk_strbuf *b, const char *data, size_t size,
                            bool bytearray)
{
    char quote = pick_quote(data, size);
    pyuk_strbuf_reserve(b, size + 3);
    char open[2] = { 'b', quote };
    pyuk_strbuf_add_ascii(b, open, 2);
    size_t run = 0;
    for (size_t i = 0; i < size; i++) {
        unsigned char c = (unsigned char)data[i];
        /* bytearray's repr escapes ' even between double quotes */
        bool special = c == (unsigned char)quote || c == '\\' ||
                       (bytearray && c == '\'');
        if (c >= ' ' && c < 0x7F && !special)
            continue;
        pyuk_strbuf_add_ascii(b, data + run, i - run);
        if (c == '\'' && bytearray) {
            pyuk_strbuf_add_ascii(b, "\\'", 2);
        } else {
            add_ascii_escaped(b, c, quote);
        }
        run = i + 1;
    }
    pyuk_strbuf_add_ascii(b, data + run, size - run);
    pyuk_strbuf_add_ascii(b, &quote, 1);
}

void pyuk_strbuf_add_bytes_repr(pyuk_strbuf *b, const char *data, size_t size)
{
    add_binary_repr(b, data, size, false);
}

void pyuk_strbuf_add_bytearray_repr(pyuk_strbuf *b, const char *data, size_t size)
{
    pyuk_strbuf_add_ascii(b, "bytearray(", 10);
    add_binary_repr(b, data, size, true);
    pyuk_strbuf_add_ascii(b, ")", 1);
}
