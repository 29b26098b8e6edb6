/*
 * str.encode and bytes.decode for UTF-8, ASCII and Latin-1 with
 * errors='strict', raising CPython's UnicodeDecodeError and
 * UnicodeEncodeError messages (whose positions and reasons follow CPython's
 * UTF-8 decoder: the shortest bad prefix is reported).
 */
#include <pyuk/bytes.h>
#include <pyuk/exceptions.h>
#include <pyuk/str.h>
#include <pyuk/strbuf.h>

void *memcpy(void *restrict dst, const void *restrict src, size_t n);

enum { ENC_UTF8, ENC_ASCII, ENC_LATIN1, ENC_UNKNOWN };

static const char *const canonical[] = { "utf-8", "ascii", "latin-1" };

/* CPython's codec lookup normalises case, spaces and hyphens. */
static int encoding_of(pyuk_str *name)
{
    char n[24];
    if (!name)
        return ENC_UTF8;
    /* the compiler passes "utf-8" for a missing argument: no lookup then */
    if (name->size == 5 && name->data[0] == 'u' && name->data[1] == 't' &&
        name->data[2] == 'f' && name->data[3] == '-' && name->data[4] == '8')
        return ENC_UTF8;
    if (name->size >= (pyuk_int)sizeof n)
        return ENC_UNKNOWN;
    for (pyuk_int i = 0; i <= name->size; i++) {
        char c = name->data[i];
        if (c >= 'A' && c <= 'Z')
            c = (char)(c + 32);
        if (c == '-' || c == ' ')
            c = '_';
        n[i] = c;
    }
    static const struct { const char *name; int enc; } aliases[] = {
        { "utf_8", ENC_UTF8 }, { "utf8", ENC_UTF8 }, { "u8", ENC_UTF8 },
        { "utf", ENC_UTF8 }, { "cp65001", ENC_UTF8 },
        { "ascii", ENC_ASCII }, { "us_ascii", ENC_ASCII }, { "646", ENC_ASCII },
        { "us", ENC_ASCII }, { "iso646_us", ENC_ASCII },
        { "latin_1", ENC_LATIN1 }, { "latin1", ENC_LATIN1 }, { "latin", ENC_LATIN1 },
        { "l1", ENC_LATIN1 }, { "iso_8859_1", ENC_LATIN1 },
        { "iso8859_1", ENC_LATIN1 }, { "8859", ENC_LATIN1 }, { "cp819", ENC_LATIN1 },
        { "iso_ir_100", ENC_LATIN1 },
    };
    for (size_t k = 0; k < sizeof aliases / sizeof *aliases; k++) {
        const char *a = aliases[k].name;
        size_t i = 0;
        while (a[i] && a[i] == n[i])
            i++;
        if (!a[i] && !n[i])
            return aliases[k].enc;
    }
    return ENC_UNKNOWN;
}

static void raise_unknown(pyuk_str *name)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_strbuf_add_cstr(&b, "unknown encoding: ");
    pyuk_strbuf_add_str(&b, name);
    pyuk_str *text = pyuk_strbuf_finish(&b);
    if (text)
        pyuk_raise_message(&pyuk_type_LookupError, text->data);
}

static void add_hex(pyuk_strbuf *b, uint32_t v, int digits)
{
    static const char hex[] = "0123456789abcdef";
    char buf[8];
    for (int i = 0; i < digits; i++)
        buf[i] = hex[(v >> (4 * (digits - 1 - i))) & 15];
    pyuk_strbuf_add_ascii(b, buf, (size_t)digits);
}

static void raise_decode_error(int enc, const char *data, size_t start,
                               size_t end, const char *reason)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_strbuf_add_cstr(&b, "'");
    pyuk_strbuf_add_cstr(&b, canonical[enc]);
    if (end - start == 1) {
        pyuk_strbuf_add_cstr(&b, "' codec can't decode byte 0x");
        add_hex(&b, (unsigned char)data[start], 2);
        pyuk_strbuf_add_cstr(&b, " in position ");
        pyuk_strbuf_add_int(&b, (pyuk_int)start);
    } else {
        pyuk_strbuf_add_cstr(&b, "' codec can't decode bytes in position ");
        pyuk_strbuf_add_int(&b, (pyuk_int)start);
        pyuk_strbuf_add_cstr(&b, "-");
        pyuk_strbuf_add_int(&b, (pyuk_int)end - 1);
    }
    pyuk_strbuf_add_cstr(&b, ": ");
    pyuk_strbuf_add_cstr(&b, reason);
    pyuk_str *text = pyuk_strbuf_finish(&b);
    if (text)
        pyuk_raise_message(&pyuk_type_UnicodeDecodeError, text->data);
}

bool pyuk_utf8_check(const char *data, size_t size, size_t *bad_start,
                     size_t *bad_len, const char **reason)
{
    const unsigned char *d = (const unsigned char *)data;
    size_t i = 0;
    while (i < size) {
        /* ASCII words */
        if (i + 8 <= size) {
            uint64_t w;
            __builtin_memcpy(&w, d + i, 8);
            if (!(w & 0x8080808080808080ull)) {
                i += 8;
                continue;
            }
        }
        unsigned char c = d[i];
        if (c < 0x80) {
            i++;
            continue;
        }
        int need;
        unsigned char lo = 0x80, hi = 0xBF;  /* range of the second byte */
        if (c >= 0xC2 && c <= 0xDF)
            need = 1;
        else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            if (c == 0xE0)
                lo = 0xA0;
            else if (c == 0xED)
                hi = 0x9F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            if (c == 0xF0)
                lo = 0x90;
            else if (c == 0xF4)
                hi = 0x8F;
        } else {
            *bad_start = i;
            *bad_len = 1;
            *reason = "invalid start byte";
            return false;
        }
        for (int k = 1; k <= need; k++) {
            if (i + (size_t)k >= size) {
                *bad_start = i;
                *bad_len = size - i;
                *reason = "unexpected end of data";
                return false;
            }
            unsigned char x = d[i + (size_t)k];
            bool ok = k == 1 ? (x >= lo && x <= hi) : (x & 0xC0) == 0x80;
            if (!ok) {
                *bad_start = i;
                *bad_len = (size_t)k;
                *reason = "invalid continuation byte";
                return false;
            }
        }
        i += (size_t)need + 1;
    }
    return true;
}

pyuk_str *pyuk_decode(const char *data, size_t size, pyuk_str *encoding)
{
    if (size == 0)
        return pyuk_str_empty();   /* CPython does not look the codec up */
    int enc = encoding_of(encoding);
    if (enc == ENC_UNKNOWN) {
        raise_unknown(encoding);
        return NULL;
    }
    if (enc == ENC_UTF8) {
        size_t start, len;
        const char *reason;
        if (!pyuk_utf8_check(data, size, &start, &len, &reason)) {
            raise_decode_error(enc, data, start, start + len, reason);
            return NULL;
        }
        return pyuk_str_from_utf8(data, size);
    }
    size_t extra = 0;  /* Latin-1: bytes >= 0x80 take two in UTF-8 */
    for (size_t i = 0; i < size; i++) {
        if ((unsigned char)data[i] >= 0x80) {
            if (enc == ENC_ASCII) {
                raise_decode_error(enc, data, i, i + 1, "ordinal not in range(128)");
                return NULL;
            }
            extra++;
        }
    }
    if (!extra)
        return pyuk_str_from_ascii(data, size);
    pyuk_str *s = pyuk_str_alloc((pyuk_int)size, (pyuk_int)(size + extra));
    if (!s)
        return NULL;
    char *out = s->data;
    for (size_t i = 0; i < size; i++)
        out += pyuk_utf8_encode((unsigned char)data[i], out);
    return s;
}

pyuk_str *pyuk_bytes_decode(pyuk_bytes *b, pyuk_str *encoding)
{
    return pyuk_decode(b->data, (size_t)b->size, encoding);
}

/* A run of unencodable characters from `position` to `end` (exclusive). */
static void raise_encode_error(int enc, uint32_t cp, pyuk_int position, pyuk_int end)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_strbuf_add_cstr(&b, "'");
    pyuk_strbuf_add_cstr(&b, canonical[enc]);
    if (end - position > 1) {
        pyuk_strbuf_add_cstr(&b, "' codec can't encode characters in position ");
        pyuk_strbuf_add_int(&b, position);
        pyuk_strbuf_add_cstr(&b, "-");
        pyuk_strbuf_add_int(&b, end - 1);
        pyuk_strbuf_add_cstr(&b, enc == ENC_ASCII ? ": ordinal not in range(128)"
                                                  : ": ordinal not in range(256)");
        pyuk_str *text = pyuk_strbuf_finish(&b);
        if (text)
            pyuk_raise_message(&pyuk_type_UnicodeEncodeError, text->data);
        return;
    }
    pyuk_strbuf_add_cstr(&b, "' codec can't encode character '\\");
    if (cp <= 0xFF) {
        pyuk_strbuf_add_ascii(&b, "x", 1);
        add_hex(&b, cp, 2);
    } else if (cp <= 0xFFFF) {
        pyuk_strbuf_add_ascii(&b, "u", 1);
        add_hex(&b, cp, 4);
    } else {
        pyuk_strbuf_add_ascii(&b, "U", 1);
        add_hex(&b, cp, 8);
    }
    pyuk_strbuf_add_cstr(&b, "' in position ");
    pyuk_strbuf_add_int(&b, position);
    pyuk_strbuf_add_cstr(&b, enc == ENC_ASCII ? ": ordinal not in range(128)"
                                              : ": ordinal not in range(256)");
    pyuk_str *text = pyuk_strbuf_finish(&b);
    if (text)
        pyuk_raise_message(&pyuk_type_UnicodeEncodeError, text->data);
}

pyuk_bytes *pyuk_str_encode(pyuk_str *s, pyuk_str *encoding)
{
    int enc = encoding_of(encoding);
    if (enc == ENC_UNKNOWN) {
        raise_unknown(encoding);
        return NULL;
    }
    if (enc == ENC_UTF8 || pyuk_str_is_ascii(s))
        return pyuk_bytes_from_data(s->data, (size_t)s->size);
    const unsigned char *d = (const unsigned char *)s->data;
    pyuk_int index = 0;
    for (pyuk_int i = 0; i < s->size; index++) {
        int len;
        uint32_t cp = pyuk_utf8_decode(d + i, &len);
        uint32_t limit = enc == ENC_ASCII ? 0x80u : 0x100u;
        if (cp >= limit) {
            pyuk_int end = index + 1;
            for (pyuk_int j = i + len; j < s->size; end++) {
                int n;
                if (pyuk_utf8_decode(d + j, &n) < limit)
                    break;
                j += n;
            }
            raise_encode_error(enc, cp, index, end);
            return NULL;
        }
        i += len;
    }
    pyuk_bytes *b = pyuk_bytes_alloc(s->length);
    if (!b)
        return NULL;
    pyuk_int k = 0;
    for (pyuk_int i = 0; i < s->size; k++) {
        int len;
        b->data[k] = (char)pyuk_utf8_decode(d + i, &len);
        i += len;
    }
    return b;
}
