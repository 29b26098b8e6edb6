/*
 * Case mapping and character classes of str: upper, lower, capitalize,
 * title, swapcase and the is* predicates, with CPython 3.11's full Unicode
 * rules (SpecialCasing, Final_Sigma) from the generated tables.
 */
#include <pyuk/str.h>
#include <pyuk/strbuf.h>
#include <pyuk/unicode.h>

void *memcpy(void *restrict dst, const void *restrict src, size_t n);

typedef int (*case_fn)(uint32_t cp, uint32_t out[3]);

/* ASCII strings map byte by byte. */
static pyuk_str *ascii_map(pyuk_str *s, int mode)
{
    pyuk_str *r = pyuk_str_alloc(s->length, s->size);
    if (!r)
        return NULL;
    bool first = true, prev_cased = false;
    for (pyuk_int i = 0; i < s->size; i++) {
        unsigned char c = (unsigned char)s->data[i];
        bool lower = c >= 'a' && c <= 'z', upper = c >= 'A' && c <= 'Z';
        switch (mode) {
        case 'u': if (lower) c -= 32; break;
        case 'l': case 'f': if (upper) c += 32; break;
        case 's': if (lower) c -= 32; else if (upper) c += 32; break;
        case 'c':
            if (first) { if (lower) c -= 32; }
            else if (upper) c += 32;
            break;
        case 't':
            if (prev_cased) { if (upper) c += 32; }
            else if (lower) c -= 32;
            prev_cased = lower || upper;
            break;
        }
        first = false;
        r->data[i] = (char)c;
    }
    return r;
}

/* Is position i (a U+03A3) in the Final_Sigma context? */
static bool final_sigma(const unsigned char *d, pyuk_int size, pyuk_int i, int len)
{
    pyuk_int j = i;
    uint32_t c = 0;
    bool found = false;
    while (j > 0) {
        j--;
        while (j > 0 && (d[j] & 0xC0) == 0x80)
            j--;
        int n;
        c = pyuk_utf8_decode(d + j, &n);
        if (!pyuk_uni_iscaseignorable(c)) {
            found = true;
            break;
        }
    }
    if (!found || !pyuk_uni_iscased(c))
        return false;
    for (j = i + len; j < size;) {
        int n;
        c = pyuk_utf8_decode(d + j, &n);
        if (!pyuk_uni_iscaseignorable(c))
            return !pyuk_uni_iscased(c);
        j += n;
    }
    return true;
}

static inline __attribute__((always_inline)) void add_mapped(pyuk_strbuf *b, case_fn fn,
                                                           uint32_t cp)
{
    uint32_t out[3];
    int n = fn(cp, out);
    for (int k = 0; k < n; k++)
        pyuk_strbuf_add_char(b, out[k]);
}

static void add_lower(pyuk_strbuf *b, const unsigned char *d, pyuk_int size,
                      pyuk_int i, uint32_t cp, int len)
{
    if (cp == 0x3A3)
        pyuk_strbuf_add_char(b, final_sigma(d, size, i, len) ? 0x3C2 : 0x3C3);
    else
        add_mapped(b, pyuk_uni_to_lower, cp);
}

/* Inlined into each public function with its constant mode, so that a
 * program using upper() links only the upper-case tables. */
static inline __attribute__((always_inline)) pyuk_str *unicode_map(pyuk_str *s, int mode)
{
    pyuk_strbuf b;
    pyuk_strbuf_init(&b);
    pyuk_strbuf_reserve(&b, (size_t)s->size);
    const unsigned char *d = (const unsigned char *)s->data;
    bool first = true, prev_cased = false;
    for (pyuk_int i = 0; i < s->size;) {
        int len;
        uint32_t cp = pyuk_utf8_decode(d + i, &len);
        switch (mode) {
        case 'u':
            add_mapped(&b, pyuk_uni_to_upper, cp);
            break;
        case 'f':
            add_mapped(&b, pyuk_uni_to_casefold, cp);
            break;
        case 'l':
            add_lower(&b, d, s->size, i, cp, len);
            break;
        case 's':
            if (pyuk_uni_isupper(cp))
                add_lower(&b, d, s->size, i, cp, len);
            else if (pyuk_uni_islower(cp))
                add_mapped(&b, pyuk_uni_to_upper, cp);
            else
                pyuk_strbuf_add_char(&b, cp);
            break;
        case 'c':
            if (first)
                add_mapped(&b, pyuk_uni_to_title, cp);
            else
                add_lower(&b, d, s->size, i, cp, len);
            break;
        case 't':
            if (prev_cased)
                add_lower(&b, d, s->size, i, cp, len);
            else
                add_mapped(&b, pyuk_uni_to_title, cp);
            prev_cased = pyuk_uni_iscased(cp);
            break;
        }
        first = false;
        i += len;
    }
    return pyuk_strbuf_finish(&b);
}

static inline __attribute__((always_inline)) pyuk_str *map_case(pyuk_str *s, int mode)
{
    if (s->size == 0)
        return s;
    return pyuk_str_is_ascii(s) ? ascii_map(s, mode) : unicode_map(s, mode);
}

pyuk_str *pyuk_str_upper(pyuk_str *s) { return map_case(s, 'u'); }
pyuk_str *pyuk_str_lower(pyuk_str *s) { return map_case(s, 'l'); }
pyuk_str *pyuk_str_swapcase(pyuk_str *s) { return map_case(s, 's'); }
pyuk_str *pyuk_str_capitalize(pyuk_str *s) { return map_case(s, 'c'); }
pyuk_str *pyuk_str_title(pyuk_str *s) { return map_case(s, 't'); }
pyuk_str *pyuk_str_casefold(pyuk_str *s) { return map_case(s, 'f'); }

/* ---- predicates ---- */

typedef bool (*class_fn)(uint32_t cp);

static bool all_chars(pyuk_str *s, class_fn fn)
{
    if (s->size == 0)
        return false;
    const unsigned char *d = (const unsigned char *)s->data;
    for (pyuk_int i = 0; i < s->size;) {
        int len;
        uint32_t cp = pyuk_utf8_decode(d + i, &len);
        if (!fn(cp))
            return false;
        i += len;
    }
    return true;
}

static bool is_alnum(uint32_t cp)
{
    return pyuk_uni_isalpha(cp) || pyuk_uni_isdecimal(cp) ||
           pyuk_uni_isdigit(cp) || pyuk_uni_isnumeric(cp);
}

/* ASCII text (the common case: c.isdigit() on one character of source
 * text) is classified by byte; the Unicode tables agree on U+0000..U+007F. */
enum { A_ALPHA = 1, A_DIGIT = 2, A_SPACE = 4 };

static int ascii_class(unsigned char c)
{
    if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')
        return A_ALPHA;
    if (c >= '0' && c <= '9')
        return A_DIGIT;
    if (c == ' ' || (c >= 0x09 && c <= 0x0D) || (c >= 0x1C && c <= 0x1F))
        return A_SPACE;
    return 0;
}

static bool all_ascii(pyuk_str *s, int classes)
{
    for (pyuk_int i = 0; i < s->size; i++)
        if (!(ascii_class((unsigned char)s->data[i]) & classes))
            return false;
    return true;
}

static bool all_of(pyuk_str *s, class_fn fn, int classes)
{
    if (s->size == 0)
        return false;
    if (pyuk_str_is_ascii(s))
        return all_ascii(s, classes);
    return all_chars(s, fn);
}

bool pyuk_str_isalpha(pyuk_str *s) { return all_of(s, pyuk_uni_isalpha, A_ALPHA); }
bool pyuk_str_isdigit(pyuk_str *s) { return all_of(s, pyuk_uni_isdigit, A_DIGIT); }
bool pyuk_str_isdecimal(pyuk_str *s) { return all_of(s, pyuk_uni_isdecimal, A_DIGIT); }
bool pyuk_str_isnumeric(pyuk_str *s) { return all_of(s, pyuk_uni_isnumeric, A_DIGIT); }
bool pyuk_str_isspace(pyuk_str *s) { return all_of(s, pyuk_uni_isspace, A_SPACE); }
bool pyuk_str_isalnum(pyuk_str *s) { return all_of(s, is_alnum, A_ALPHA | A_DIGIT); }

bool pyuk_str_isprintable(pyuk_str *s)
{
    return s->size == 0 || all_chars(s, pyuk_uni_isprintable);
}

bool pyuk_str_isascii(pyuk_str *s)
{
    return pyuk_str_is_ascii(s);
}

bool pyuk_str_isupper(pyuk_str *s)
{
    bool cased = false;
    const unsigned char *d = (const unsigned char *)s->data;
    for (pyuk_int i = 0; i < s->size;) {
        int len;
        uint32_t cp = pyuk_utf8_decode(d + i, &len);
        if (pyuk_uni_islower(cp) || pyuk_uni_istitle(cp))
            return false;
        if (!cased && pyuk_uni_isupper(cp))
            cased = true;
        i += len;
    }
    return cased;
}

bool pyuk_str_islower(pyuk_str *s)
{
    bool cased = false;
    const unsigned char *d = (const unsigned char *)s->data;
    for (pyuk_int i = 0; i < s->size;) {
        int len;
        uint32_t cp = pyuk_utf8_decode(d + i, &len);
        if (pyuk_uni_isupper(cp) || pyuk_uni_istitle(cp))
            return false;
        if (!cased && pyuk_uni_islower(cp))
            cased = true;
        i += len;
    }
    return cased;
}

bool pyuk_str_istitle(pyuk_str *s)
{
    bool cased = false, previous_is_cased = false;
    const unsigned char *d = (const unsigned char *)s->data;
    for (pyuk_int i = 0; i < s->size;) {
        int len;
        uint32_t cp = pyuk_utf8_decode(d + i, &len);
        if (pyuk_uni_isupper(cp) || pyuk_uni_istitle(cp)) {
            if (previous_is_cased)
                return false;
            previous_is_cased = true;
            cased = true;
        } else if (pyuk_uni_islower(cp)) {
            if (!previous_is_cased)
                return false;
            previous_is_cased = true;
            cased = true;
        } else {
            previous_is_cased = false;
        }
        i += len;
    }
    return cased;
}
