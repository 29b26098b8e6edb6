/*
 * str objects: immutable UTF-8 text (layout in runtime.h), with CPython
 * 3.11's semantics.  See docs/strings.md.
 *
 * Every str holds valid UTF-8 without surrogates and knows its length in
 * code points; it is ASCII iff length == size, and the ASCII case takes
 * fast paths everywhere.  Indexing a non-ASCII str scans from the nearest
 * of its start, its end and a small cache of recent (str, index, offset)
 * positions, so sequential indexing (s[i] for i in range(len(s))) costs
 * O(1) per step.
 *
 * Conventions: functions that allocate or can fail return NULL (or an
 * unspecified value) with the exception pending, as everywhere in the
 * runtime; arguments are never None unless said.
 */
#ifndef PYUK_STR_H
#define PYUK_STR_H

#include <pyuk/runtime.h>

/* ---- creation ---- */

/* A new str holding `size` bytes of valid UTF-8; NULL (MemoryError raised)
 * if the heap is full. */
pyuk_str *pyuk_str_from_utf8(const char *data, size_t size);
pyuk_str *pyuk_str_from_cstr(const char *text);
/* `size` bytes of ASCII (length = size). */
pyuk_str *pyuk_str_from_ascii(const char *data, size_t size);

/* An uninitialised str of `size` bytes and `length` code points, for
 * builders that fill data[] themselves (data[size] is set to NUL). */
pyuk_str *pyuk_str_alloc(pyuk_int length, pyuk_int size);

/* The empty string (static). */
pyuk_str *pyuk_str_empty(void);

/* The one-character string of code point cp (< 0x110000, not a
 * surrogate); Latin-1 characters are static and never allocate. */
pyuk_str *pyuk_str_from_code_point(uint32_t cp);
/* Its one-character strings of U+0000..U+00FF are the array
 * pyuk_latin1_chars (str_core.c), made on first use: entry c is a pyuk_str
 * (type NULL until made) in PYUK_LATIN1_CHAR_SIZE bytes.  Compiled code
 * indexes it for s[i] on ASCII text (codegen/inline_runtime.py) and calls
 * pyuk_str_getitem when the entry is not made yet. */
#define PYUK_LATIN1_CHAR_SIZE 40

/* ---- characters (iteration: for i in range(len(s)): s[i]) ---- */

static inline bool pyuk_str_is_ascii(const pyuk_str *s)
{
    return s->length == s->size;
}

/* Byte offset of code point `index` (0 <= index <= length). */
pyuk_int pyuk_str_offset_of(pyuk_str *s, pyuk_int index);

/* s[index] for 0 <= index < length, unchecked; never raises for Latin-1
 * characters (static one-character strings), else may raise MemoryError. */
pyuk_str *pyuk_str_char_at(pyuk_str *s, pyuk_int index);

/* s[index] with Python's negative indices; IndexError "string index out of
 * range". */
pyuk_str *pyuk_str_getitem(pyuk_str *s, pyuk_int index);

/* s[start:stop:step]; `given` has PYUK_SLICE_START / PYUK_SLICE_STOP set
 * for the bounds that are not None (see slice.h).  ValueError for step 0. */
pyuk_str *pyuk_str_slice(pyuk_str *s, pyuk_int start, pyuk_int stop,
                         pyuk_int step, pyuk_int given);

/* ---- UTF-8 ---- */

/* Number of code points in valid UTF-8. */
pyuk_int pyuk_utf8_length(const char *data, size_t size);

/* Decodes the code point at p (valid UTF-8); *advance gets its size. */
static inline uint32_t pyuk_utf8_decode(const unsigned char *p, int *advance)
{
    uint32_t c = p[0];
    if (c < 0x80) {
        *advance = 1;
        return c;
    }
    if (c < 0xE0) {
        *advance = 2;
        return ((c & 0x1F) << 6) | (p[1] & 0x3F);
    }
    if (c < 0xF0) {
        *advance = 3;
        return ((c & 0x0F) << 12) | ((uint32_t)(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
    }
    *advance = 4;
    return ((c & 0x07) << 18) | ((uint32_t)(p[1] & 0x3F) << 12) |
           ((uint32_t)(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}

/* Encodes cp into out (4 bytes suffice); returns the byte count. */
int pyuk_utf8_encode(uint32_t cp, char *out);

/* Whether data is valid UTF-8 (no surrogates, no overlong forms); if not,
 * *bad_start gets the offset of the first bad sequence, *bad_len the
 * number of bytes CPython's decoder reports as bad and *reason CPython's
 * words ("invalid start byte", "invalid continuation byte", "unexpected end
 * of data"). */
bool pyuk_utf8_check(const char *data, size_t size, size_t *bad_start,
                     size_t *bad_len, const char **reason);

/* ---- operators ---- */

bool pyuk_str_eq(pyuk_str *a, pyuk_str *b);
bool pyuk_str_truth(pyuk_str *s);
pyuk_int pyuk_str_len(pyuk_str *s);
/* <0, 0, >0 as a is before, equal to, after b (code point order). */
pyuk_int pyuk_str_compare(pyuk_str *a, pyuk_str *b);
pyuk_str *pyuk_str_concat(pyuk_str *a, pyuk_str *b);
pyuk_str *pyuk_str_concat3(pyuk_str *a, pyuk_str *b, pyuk_str *c);
pyuk_str *pyuk_str_concat4(pyuk_str *a, pyuk_str *b, pyuk_str *c, pyuk_str *d);
/* f-strings: up to 8 pieces in one call (pass "" for unused ones) */
pyuk_str *pyuk_str_concat8(pyuk_str *a, pyuk_str *b, pyuk_str *c, pyuk_str *d,
                           pyuk_str *e, pyuk_str *f, pyuk_str *g, pyuk_str *h);
/* s + t for `s += t` in a loop where the compiler proved that nothing but
 * these appends uses s: `owner` is the object the previous append of this
 * loop execution returned (NULL at loop entry), which only s refers to, so
 * it may be extended in place.  The result always is such an object
 * (capacity doubling: appends cost amortised O(len(t))), never s itself
 * unless s == owner. */
pyuk_str *pyuk_str_append(pyuk_str *s, pyuk_str *t, pyuk_str *owner);
/* s * n (n <= 0 gives ""); OverflowError/MemoryError when too big. */
pyuk_str *pyuk_str_repeat(pyuk_str *s, pyuk_int n);
/* `needle in s`. */
bool pyuk_str_contains(pyuk_str *s, pyuk_str *needle);

/* hash(s): keyed SipHash-1-3 of the UTF-8 bytes, cached (hash.h). */
pyuk_int pyuk_str_hash(pyuk_str *s);

/* ---- methods ----
 * start/end are code point indices with slice semantics; `given` has
 * PYUK_SLICE_START / PYUK_SLICE_STOP (slice.h) for those not None.
 * sep/chars NULL mean None; maxsplit/count < 0 mean no limit. */

pyuk_int pyuk_str_find(pyuk_str *s, pyuk_str *sub, pyuk_int start, pyuk_int end,
                       pyuk_int given);
pyuk_int pyuk_str_rfind(pyuk_str *s, pyuk_str *sub, pyuk_int start, pyuk_int end,
                        pyuk_int given);
pyuk_int pyuk_str_index(pyuk_str *s, pyuk_str *sub, pyuk_int start, pyuk_int end,
                        pyuk_int given);   /* ValueError "substring not found" */
pyuk_int pyuk_str_rindex(pyuk_str *s, pyuk_str *sub, pyuk_int start, pyuk_int end,
                         pyuk_int given);
pyuk_int pyuk_str_count(pyuk_str *s, pyuk_str *sub, pyuk_int start, pyuk_int end,
                        pyuk_int given);
bool pyuk_str_startswith(pyuk_str *s, pyuk_str *prefix, pyuk_int start,
                         pyuk_int end, pyuk_int given);
bool pyuk_str_endswith(pyuk_str *s, pyuk_str *suffix, pyuk_int start,
                       pyuk_int end, pyuk_int given);
/* the tuple[str, ...] forms */
bool pyuk_str_startswith_any(pyuk_str *s, pyuk_tuple *prefixes, pyuk_int start,
                             pyuk_int end, pyuk_int given);
bool pyuk_str_endswith_any(pyuk_str *s, pyuk_tuple *suffixes, pyuk_int start,
                           pyuk_int end, pyuk_int given);

/* list[str] results (containers.h lists of kind OBJ) */
pyuk_list *pyuk_str_split(pyuk_str *s, pyuk_str *sep, pyuk_int maxsplit);
pyuk_list *pyuk_str_rsplit(pyuk_str *s, pyuk_str *sep, pyuk_int maxsplit);
pyuk_list *pyuk_str_splitlines(pyuk_str *s, bool keepends);
/* sep.join(items), items a list of str */
pyuk_str *pyuk_str_join(pyuk_str *sep, pyuk_list *items);
pyuk_str *pyuk_str_strip(pyuk_str *s, pyuk_str *chars);
pyuk_str *pyuk_str_lstrip(pyuk_str *s, pyuk_str *chars);
pyuk_str *pyuk_str_rstrip(pyuk_str *s, pyuk_str *chars);
pyuk_str *pyuk_str_replace(pyuk_str *s, pyuk_str *old, pyuk_str *new_,
                           pyuk_int count);

/* padding (fill NULL means ' '; TypeError unless it is one character) */
pyuk_str *pyuk_str_ljust(pyuk_str *s, pyuk_int width, pyuk_str *fill);
pyuk_str *pyuk_str_rjust(pyuk_str *s, pyuk_int width, pyuk_str *fill);
pyuk_str *pyuk_str_center(pyuk_str *s, pyuk_int width, pyuk_str *fill);
pyuk_str *pyuk_str_zfill(pyuk_str *s, pyuk_int width);
pyuk_str *pyuk_str_expandtabs(pyuk_str *s, pyuk_int tabsize);
/* (head, sep, tail) as a tuple of pyuk_type_tuple_objects */
pyuk_tuple *pyuk_str_partition(pyuk_str *s, pyuk_str *sep);
pyuk_tuple *pyuk_str_rpartition(pyuk_str *s, pyuk_str *sep);
pyuk_str *pyuk_str_removeprefix(pyuk_str *s, pyuk_str *prefix);
pyuk_str *pyuk_str_removesuffix(pyuk_str *s, pyuk_str *suffix);

/* full Unicode case mappings (unicode.h) */
pyuk_str *pyuk_str_upper(pyuk_str *s);
pyuk_str *pyuk_str_lower(pyuk_str *s);
pyuk_str *pyuk_str_swapcase(pyuk_str *s);
pyuk_str *pyuk_str_capitalize(pyuk_str *s);
pyuk_str *pyuk_str_title(pyuk_str *s);
pyuk_str *pyuk_str_casefold(pyuk_str *s);
bool pyuk_str_isalpha(pyuk_str *s);
bool pyuk_str_isdigit(pyuk_str *s);
bool pyuk_str_isdecimal(pyuk_str *s);
bool pyuk_str_isnumeric(pyuk_str *s);
bool pyuk_str_isspace(pyuk_str *s);
bool pyuk_str_isalnum(pyuk_str *s);
bool pyuk_str_isprintable(pyuk_str *s);
bool pyuk_str_isascii(pyuk_str *s);
bool pyuk_str_isupper(pyuk_str *s);
bool pyuk_str_islower(pyuk_str *s);
bool pyuk_str_istitle(pyuk_str *s);

/* ---- conversions ---- */

pyuk_str *pyuk_str_from_int(pyuk_int v);          /* str(int) */
pyuk_str *pyuk_str_from_float(pyuk_float v);      /* str(float), repr */
pyuk_str *pyuk_str_from_bool(bool v);             /* "True" / "False" */
pyuk_str *pyuk_str_none(void);                    /* "None" (static) */
pyuk_str *pyuk_str_repr(pyuk_str *s);             /* repr(s) */
pyuk_str *pyuk_str_ascii(pyuk_str *s);            /* ascii(s) */
pyuk_str *pyuk_int_to_base_str(pyuk_int v, pyuk_int base); /* bin/oct/hex */
/* int(s, base) and float(s); s may also be a bytes object (int(b"12")) */
pyuk_int pyuk_str_to_int(pyuk_str *s, pyuk_int base);
pyuk_float pyuk_str_to_float(pyuk_str *s);
pyuk_int pyuk_str_ord(pyuk_str *s);                 /* ord(s) */
pyuk_str *pyuk_str_chr(pyuk_int cp);                /* chr(i) */

#endif
