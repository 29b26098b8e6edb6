/* str.split, rsplit, join, strip, lstrip, rstrip, replace. */
#include <pyuk/bytes.h>
#include <pyuk/containers.h>
#include <pyuk/exceptions.h>
#include <pyuk/gc.h>
#include <pyuk/str.h>
#include <pyuk/strbuf.h>
#include <pyuk/unicode.h>

#include "text_search.h"

void *memcpy(void *restrict dst, const void *restrict src, size_t n);

/* ---- lists of str (containers.h) ---- */

typedef struct str_list {
    pyuk_list *list;
} str_list;

static bool list_init(str_list *l)
{
    l->list = pyuk_list_new(PYUK_KIND_OBJ, 0);
    return l->list != NULL;
}

static bool list_add(str_list *l, pyuk_str *item)
{
    if (!item)
        return false;
    pyuk_int before = l->list->length;
    pyuk_list_append(l->list, (pyuk_word)item);
    return l->list->length != before;
}

/* Reverses the list in place (rsplit collects from the end). */
static void list_reverse(str_list *l)
{
    pyuk_word *items = l->list->items;
    for (pyuk_int i = 0, j = l->list->length - 1; i < j; i++, j--) {
        pyuk_word t = items[i];
        items[i] = items[j];
        items[j] = t;
    }
}

/* bytes share the layout of str: these functions serve both, and make
 * their results of the receiver's type */
static inline bool is_binary(pyuk_str *s)
{
    return s->ob.type == &pyuk_type_bytes;
}

/* An uninitialised str of `length` code points, or bytes if like is bytes */
static pyuk_str *alloc_like(pyuk_str *like, pyuk_int length, pyuk_int size)
{
    if (is_binary(like))
        return (pyuk_str *)pyuk_bytes_alloc(size);
    return pyuk_str_alloc(length, size);
}

static pyuk_str *piece(pyuk_str *s, pyuk_int lo, pyuk_int hi)
{
    if (lo == 0 && hi == s->size)
        return s;
    if (is_binary(s))
        return (pyuk_str *)pyuk_bytes_from_data(s->data + lo, (size_t)(hi - lo));
    if (pyuk_str_is_ascii(s))
        return pyuk_str_from_ascii(s->data + lo, (size_t)(hi - lo));
    return pyuk_str_from_utf8(s->data + lo, (size_t)(hi - lo));
}

/* ---- white space, character by character ---- */

/* Is there white space at byte offset i?  *len gets the character's size.
 * bytes know only ASCII white space (Py_ISSPACE). */
static bool space_at(const char *data, pyuk_int i, int *len, bool binary)
{
    unsigned char c = (unsigned char)data[i];
    if (binary) {
        *len = 1;
        return c == ' ' || (c >= 0x09 && c <= 0x0D);
    }
    if (c < 0x80) {
        *len = 1;
        return c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F);
    }
    uint32_t cp = pyuk_utf8_decode((const unsigned char *)data + i, len);
    return pyuk_uni_isspace(cp);
}

/* The start of the character that ends just before byte offset i. */
static pyuk_int char_before(const char *data, pyuk_int i, bool binary)
{
    i--;
    if (binary)
        return i;
    while (i > 0 && ((unsigned char)data[i] & 0xC0) == 0x80)
        i--;
    return i;
}

/* White space of ASCII text and of bytes, byte by byte. */
static inline bool byte_space(unsigned char c, bool binary)
{
    return c == ' ' || (c >= 0x09 && c <= 0x0D) || (!binary && c >= 0x1C && c <= 0x1F);
}

static pyuk_list *split_whitespace(pyuk_str *s, pyuk_int maxsplit)
{
    bool bin = is_binary(s);
    str_list out;
    if (!list_init(&out))
        return NULL;
    const char *d = s->data;
    pyuk_int n = s->size, i = 0;
    int len;
    if (maxsplit < 0 && (bin || pyuk_str_is_ascii(s))) {
        /* the common s.split(): no decoding, one byte test per character */
        const unsigned char *u = (const unsigned char *)d;
        for (;;) {
            while (i < n && byte_space(u[i], bin))
                i++;
            if (i == n)
                return out.list;
            pyuk_int j = i;
            while (i < n && !byte_space(u[i], bin))
                i++;
            if (!list_add(&out, piece(s, j, i)))
                return NULL;
        }
    }
    while (maxsplit-- != 0) {
        while (i < n && space_at(d, i, &len, bin))
            i += len;
        if (i == n)
            break;
        pyuk_int j = i;
        while (i < n && !space_at(d, i, &len, bin))
            i += len;
        if (!list_add(&out, piece(s, j, i)))
            return NULL;
    }
    if (i < n) {
        while (i < n && space_at(d, i, &len, bin))
            i += len;
        if (i != n && !list_add(&out, piece(s, i, n)))
            return NULL;
    }
    return out.list;
}

static pyuk_list *rsplit_whitespace(pyuk_str *s, pyuk_int maxsplit)
{
    bool bin = is_binary(s);
    str_list out;
    if (!list_init(&out))
        return NULL;
    const char *d = s->data;
    pyuk_int i = s->size;
    int len;
    while (maxsplit-- != 0) {
        while (i > 0 && space_at(d, char_before(d, i, bin), &len, bin))
            i = char_before(d, i, bin);
        if (i == 0)
            break;
        pyuk_int j = i;
        while (i > 0 && !space_at(d, char_before(d, i, bin), &len, bin))
            i = char_before(d, i, bin);
        if (!list_add(&out, piece(s, i, j)))
            return NULL;
    }
    if (i > 0) {
        while (i > 0 && space_at(d, char_before(d, i, bin), &len, bin))
            i = char_before(d, i, bin);
        if (i != 0 && !list_add(&out, piece(s, 0, i)))
            return NULL;
    }
    list_reverse(&out);
    return out.list;
}

static bool check_sep(pyuk_str *sep)
{
    if (sep->size == 0) {
        pyuk_raise_message(&pyuk_type_ValueError, "empty separator");
        return false;
    }
    return true;
}

/* s.split(sep, maxsplit): sep None splits on runs of white space;
 * maxsplit < 0 means no limit. */
pyuk_list *pyuk_str_split(pyuk_str *s, pyuk_str *sep, pyuk_int maxsplit)
{
    if (!sep)
        return split_whitespace(s, maxsplit);
    if (!check_sep(sep))
        return NULL;
    str_list out;
    if (!list_init(&out))
        return NULL;
    pyuk_int i = 0, n = s->size;
    while (maxsplit-- != 0) {
        int64_t pos = pyuk_find_bytes(s->data + i, (size_t)(n - i), sep->data,
                                      (size_t)sep->size);
        if (pos < 0)
            break;
        if (!list_add(&out, piece(s, i, i + pos)))
            return NULL;
        i += pos + sep->size;
    }
    if (!list_add(&out, piece(s, i, n)))
        return NULL;
    return out.list;
}

pyuk_list *pyuk_str_rsplit(pyuk_str *s, pyuk_str *sep, pyuk_int maxsplit)
{
    if (!sep)
        return rsplit_whitespace(s, maxsplit);
    if (!check_sep(sep))
        return NULL;
    str_list out;
    if (!list_init(&out))
        return NULL;
    pyuk_int j = s->size;
    while (maxsplit-- != 0) {
        int64_t pos = pyuk_rfind_bytes(s->data, (size_t)j, sep->data, (size_t)sep->size);
        if (pos < 0)
            break;
        if (!list_add(&out, piece(s, pos + sep->size, j)))
            return NULL;
        j = pos;
    }
    if (!list_add(&out, piece(s, 0, j)))
        return NULL;
    list_reverse(&out);
    return out.list;
}

/* s.splitlines(keepends): the line boundaries of str.splitlines. */
static int line_break_at(const char *d, pyuk_int i, pyuk_int n)
{
    unsigned char c = (unsigned char)d[i];
    if (c == '\r')
        return (i + 1 < n && d[i + 1] == '\n') ? 2 : 1;
    if (c == '\n' || c == 0x0B || c == 0x0C || (c >= 0x1C && c <= 0x1E))
        return 1;
    if (c == 0xC2 && i + 1 < n && (unsigned char)d[i + 1] == 0x85)
        return 2;   /* U+0085 */
    if (c == 0xE2 && i + 2 < n && (unsigned char)d[i + 1] == 0x80 &&
        ((unsigned char)d[i + 2] == 0xA8 || (unsigned char)d[i + 2] == 0xA9))
        return 3;   /* U+2028, U+2029 */
    return 0;
}

pyuk_list *pyuk_str_splitlines(pyuk_str *s, bool keepends)
{
    str_list out;
    if (!list_init(&out))
        return NULL;
    const char *d = s->data;
    pyuk_int n = s->size, i = 0;
    while (i < n) {
        pyuk_int j = i;
        int brk = 0;
        while (i < n && !(brk = line_break_at(d, i, n)))
            i++;
        pyuk_int eol = i;
        if (i < n)
            i += brk;
        if (!list_add(&out, piece(s, j, keepends ? i : eol)))
            return NULL;
    }
    return out.list;
}

/* sep.join(items) for a list of str */
/* memcpy for the short pieces join copies (labels, words, separators):
 * inline, two overlapping moves up to 16 bytes. */
static inline void copy_short(char *out, const char *src, size_t n)
{
    if (n > 16) {
        memcpy(out, src, n);
    } else if (n >= 8) {
        uint64_t a, b;
        __builtin_memcpy(&a, src, 8);
        __builtin_memcpy(&b, src + n - 8, 8);
        __builtin_memcpy(out, &a, 8);
        __builtin_memcpy(out + n - 8, &b, 8);
    } else if (n >= 4) {
        uint32_t a, b;
        __builtin_memcpy(&a, src, 4);
        __builtin_memcpy(&b, src + n - 4, 4);
        __builtin_memcpy(out, &a, 4);
        __builtin_memcpy(out + n - 4, &b, 4);
    } else {
        for (size_t i = 0; i < n; i++)
            out[i] = src[i];
    }
}

pyuk_str *pyuk_str_join(pyuk_str *sep, pyuk_list *items)
{
    pyuk_int n = items->length;
    if (n == 0)
        return is_binary(sep) ? (pyuk_str *)pyuk_bytes_alloc(0) : pyuk_str_empty();
    if (n == 1)
        return (pyuk_str *)items->items[0];
    pyuk_int size = sep->size * (n - 1), length = sep->length * (n - 1);
    for (pyuk_int i = 0; i < n; i++) {
        pyuk_str *item = (pyuk_str *)items->items[i];
        size += item->size;
        length += item->length;
    }
    pyuk_str *r = alloc_like(sep, length, size);
    if (!r)
        return NULL;
    char *out = r->data;
    for (pyuk_int i = 0; i < n; i++) {
        pyuk_str *item = (pyuk_str *)items->items[i];
        if (i) {
            copy_short(out, sep->data, (size_t)sep->size);
            out += sep->size;
        }
        copy_short(out, item->data, (size_t)item->size);
        out += item->size;
    }
    return r;
}

/* ---- strip ---- */

enum { STRIP_LEFT = 1, STRIP_RIGHT = 2 };

static bool in_chars(pyuk_str *chars, uint32_t cp)
{
    const unsigned char *p = (const unsigned char *)chars->data;
    const unsigned char *end = p + chars->size;
    while (p < end) {
        int len;
        if (pyuk_utf8_decode(p, &len) == cp)
            return true;
        p += len;
    }
    return false;
}

static bool strippable(pyuk_str *s, pyuk_int i, pyuk_str *chars, int *len)
{
    if (!chars)
        return space_at(s->data, i, len, is_binary(s));
    if (is_binary(s)) {
        *len = 1;
        for (pyuk_int k = 0; k < chars->size; k++)
            if (chars->data[k] == s->data[i])
                return true;
        return false;
    }
    uint32_t cp = pyuk_utf8_decode((const unsigned char *)s->data + i, len);
    return in_chars(chars, cp);
}

/* Strips a byte set: bytes, ASCII characters from any str (a UTF-8 byte
 * below 0x80 is always a whole character), white space from ASCII text. */
static pyuk_str *strip_bytes(pyuk_str *s, pyuk_str *chars, pyuk_int where)
{
    uint64_t set[4] = {0, 0, 0, 0};
    if (chars) {
        for (pyuk_int k = 0; k < chars->size; k++) {
            unsigned char c = (unsigned char)chars->data[k];
            set[c >> 6] |= 1ull << (c & 63);
        }
    } else {
        for (unsigned c = 0; c < 128; c++)
            if (byte_space((unsigned char)c, is_binary(s)))
                set[c >> 6] |= 1ull << (c & 63);
    }
    const unsigned char *d = (const unsigned char *)s->data;
    pyuk_int lo = 0, hi = s->size;
    if (where & STRIP_LEFT)
        while (lo < hi && (set[d[lo] >> 6] >> (d[lo] & 63) & 1))
            lo++;
    if (where & STRIP_RIGHT)
        while (hi > lo && (set[d[hi - 1] >> 6] >> (d[hi - 1] & 63) & 1))
            hi--;
    return piece(s, lo, hi);
}

pyuk_str *pyuk_str_strip_where(pyuk_str *s, pyuk_str *chars, pyuk_int where)
{
    pyuk_int lo = 0, hi = s->size;
    int len;
    if (chars ? (is_binary(s) || pyuk_str_is_ascii(chars))
              : (is_binary(s) || pyuk_str_is_ascii(s)))
        return strip_bytes(s, chars, where);
    if (where & STRIP_LEFT)
        while (lo < hi && strippable(s, lo, chars, &len))
            lo += len;
    if (where & STRIP_RIGHT)
        while (hi > lo && strippable(s, char_before(s->data, hi, is_binary(s)), chars, &len))
            hi = char_before(s->data, hi, is_binary(s));
    return piece(s, lo, hi);
}

pyuk_str *pyuk_str_strip(pyuk_str *s, pyuk_str *chars)
{
    return pyuk_str_strip_where(s, chars, STRIP_LEFT | STRIP_RIGHT);
}

pyuk_str *pyuk_str_lstrip(pyuk_str *s, pyuk_str *chars)
{
    return pyuk_str_strip_where(s, chars, STRIP_LEFT);
}

pyuk_str *pyuk_str_rstrip(pyuk_str *s, pyuk_str *chars)
{
    return pyuk_str_strip_where(s, chars, STRIP_RIGHT);
}

/* ---- replace ---- */

pyuk_str *pyuk_str_replace(pyuk_str *s, pyuk_str *old, pyuk_str *new_,
                           pyuk_int count)
{
    if (count < 0)
        count = INT64_MAX;
    if (count == 0)
        return s;
    if (old->size == 0 && is_binary(s)) {
        /* new before every byte and at the end, count times at most */
        pyuk_int slots = s->size + 1;
        if (count > slots)
            count = slots;
        pyuk_str *r = alloc_like(s, 0, s->size + count * new_->size);
        if (!r)
            return NULL;
        char *out = r->data;
        for (pyuk_int k = 0; k < count; k++) {
            memcpy(out, new_->data, (size_t)new_->size);
            out += new_->size;
            if (k < s->size)
                *out++ = s->data[k];
        }
        if (count <= s->size)
            memcpy(out, s->data + count, (size_t)(s->size - count));
        return r;
    }
    if (old->size == 0) {
        /* new before every character and at the end, count times at most */
        pyuk_int slots = s->length + 1;
        if (count > slots)
            count = slots;
        pyuk_strbuf b;
        pyuk_strbuf_init(&b);
        const unsigned char *p = (const unsigned char *)s->data;
        pyuk_int done = 0, off = 0;
        while (done < count) {
            pyuk_strbuf_add_str(&b, new_);
            done++;
            if (off == s->size)
                break;
            int len;
            pyuk_utf8_decode(p + off, &len);
            pyuk_strbuf_add(&b, s->data + off, (size_t)len, 1);
            off += len;
        }
        pyuk_strbuf_add(&b, s->data + off, (size_t)(s->size - off),
                        s->length - pyuk_utf8_length(s->data, (size_t)off));
        return pyuk_strbuf_finish(&b);
    }
    pyuk_int n = pyuk_count_bytes(s->data, (size_t)s->size, old->data,
                                  (size_t)old->size, count);
    if (n == 0)
        return s;
    __int128 size = (__int128)s->size + (__int128)n * (new_->size - old->size);
    if (size > ((pyuk_int)1 << 60)) {
        pyuk_raise_message(&pyuk_type_OverflowError, "replace string is too long");
        return NULL;
    }
    pyuk_int length = s->length + n * (new_->length - old->length);
    pyuk_str *r = alloc_like(s, length, (pyuk_int)size);
    if (!r)
        return NULL;
    char *out = r->data;
    pyuk_int i = 0;
    for (pyuk_int k = 0; k < n; k++) {
        int64_t pos = pyuk_find_bytes(s->data + i, (size_t)(s->size - i), old->data,
                                      (size_t)old->size);
        memcpy(out, s->data + i, (size_t)pos);
        out += pos;
        memcpy(out, new_->data, (size_t)new_->size);
        out += new_->size;
        i += pos + old->size;
    }
    memcpy(out, s->data + i, (size_t)(s->size - i));
    return r;
}
