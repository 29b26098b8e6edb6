/*
 * str.find, rfind, index, rindex, count, startswith, endswith.  start and
 * end are code point indices with slice semantics (`given` says which are
 * not None); the search itself runs on bytes (text_search.c).
 */
#include <pyuk/exceptions.h>
#include <pyuk/slice.h>
#include <pyuk/str.h>

#include "text_search.h"

int memcmp(const void *a, const void *b, size_t n);

/* CPython's ADJUST_INDICES; false if the window is empty and starts past
 * the end or ends before it starts (nothing, not even "", is found). */
static bool window(pyuk_str *s, pyuk_int start, pyuk_int end, pyuk_int given,
                   pyuk_int *lo_index, pyuk_int *lo, pyuk_int *hi)
{
    pyuk_int len = s->length;
    if (!(given & PYUK_SLICE_START))
        start = 0;
    if (!(given & PYUK_SLICE_STOP))
        end = len;
    if (end > len)
        end = len;
    else if (end < 0) {
        end += len;
        if (end < 0)
            end = 0;
    }
    if (start < 0) {
        start += len;
        if (start < 0)
            start = 0;
    }
    if (start > len || end < start)
        return false;
    *lo_index = start;
    *lo = pyuk_str_offset_of(s, start);
    *hi = end == start ? *lo : pyuk_str_offset_of(s, end);
    return true;
}

static pyuk_int index_at(pyuk_str *s, pyuk_int lo_index, pyuk_int lo, pyuk_int off)
{
    if (pyuk_str_is_ascii(s))
        return off;
    return lo_index + pyuk_utf8_length(s->data + lo, (size_t)(off - lo));
}

pyuk_int pyuk_str_find(pyuk_str *s, pyuk_str *sub, pyuk_int start, pyuk_int end,
                       pyuk_int given)
{
    pyuk_int lo_index, lo, hi;
    if (!window(s, start, end, given, &lo_index, &lo, &hi))
        return -1;
    int64_t r = pyuk_find_bytes(s->data + lo, (size_t)(hi - lo), sub->data,
                                (size_t)sub->size);
    return r < 0 ? -1 : index_at(s, lo_index, lo, lo + r);
}

pyuk_int pyuk_str_rfind(pyuk_str *s, pyuk_str *sub, pyuk_int start, pyuk_int end,
                        pyuk_int given)
{
    pyuk_int lo_index, lo, hi;
    if (!window(s, start, end, given, &lo_index, &lo, &hi))
        return -1;
    int64_t r = pyuk_rfind_bytes(s->data + lo, (size_t)(hi - lo), sub->data,
                                 (size_t)sub->size);
    return r < 0 ? -1 : index_at(s, lo_index, lo, lo + r);
}

pyuk_int pyuk_str_index(pyuk_str *s, pyuk_str *sub, pyuk_int start, pyuk_int end,
                        pyuk_int given)
{
    pyuk_int r = pyuk_str_find(s, sub, start, end, given);
    if (r < 0)
        pyuk_raise_message(&pyuk_type_ValueError, "substring not found");
    return r;
}

pyuk_int pyuk_str_rindex(pyuk_str *s, pyuk_str *sub, pyuk_int start, pyuk_int end,
                         pyuk_int given)
{
    pyuk_int r = pyuk_str_rfind(s, sub, start, end, given);
    if (r < 0)
        pyuk_raise_message(&pyuk_type_ValueError, "substring not found");
    return r;
}

pyuk_int pyuk_str_count(pyuk_str *s, pyuk_str *sub, pyuk_int start, pyuk_int end,
                        pyuk_int given)
{
    pyuk_int lo_index, lo, hi;
    if (!window(s, start, end, given, &lo_index, &lo, &hi))
        return 0;
    if (sub->size == 0) {
        pyuk_int chars = pyuk_str_is_ascii(s) ? hi - lo
                             : pyuk_utf8_length(s->data + lo, (size_t)(hi - lo));
        return chars + 1;
    }
    return pyuk_count_bytes(s->data + lo, (size_t)(hi - lo), sub->data,
                            (size_t)sub->size, -1);
}

static bool matches_at(pyuk_str *s, pyuk_str *part, pyuk_int start, pyuk_int end,
                       pyuk_int given, bool at_end)
{
    pyuk_int lo_index, lo, hi;
    if (!window(s, start, end, given, &lo_index, &lo, &hi))
        return false;
    if (part->size > hi - lo)
        return false;
    pyuk_int at = at_end ? hi - part->size : lo;
    return memcmp(s->data + at, part->data, (size_t)part->size) == 0;
}

bool pyuk_str_startswith(pyuk_str *s, pyuk_str *prefix, pyuk_int start,
                         pyuk_int end, pyuk_int given)
{
    return matches_at(s, prefix, start, end, given, false);
}

bool pyuk_str_endswith(pyuk_str *s, pyuk_str *suffix, pyuk_int start,
                       pyuk_int end, pyuk_int given)
{
    return matches_at(s, suffix, start, end, given, true);
}

/* startswith/endswith with a tuple of str (tuple[str, ...] layout). */
bool pyuk_str_startswith_any(pyuk_str *s, pyuk_tuple *prefixes, pyuk_int start,
                             pyuk_int end, pyuk_int given)
{
    for (pyuk_int i = 0; i < prefixes->length; i++)
        if (matches_at(s, (pyuk_str *)prefixes->items[i], start, end, given, false))
            return true;
    return false;
}

bool pyuk_str_endswith_any(pyuk_str *s, pyuk_tuple *suffixes, pyuk_int start,
                           pyuk_int end, pyuk_int given)
{
    for (pyuk_int i = 0; i < suffixes->length; i++)
        if (matches_at(s, (pyuk_str *)suffixes->items[i], start, end, given, true))
            return true;
    return false;
}

/* bytes.index / rindex (bytes share str's layout; only the message differs) */
pyuk_int pyuk_bytes_index(pyuk_str *b, pyuk_str *sub, pyuk_int start, pyuk_int end,
                          pyuk_int given)
{
    pyuk_int r = pyuk_str_find(b, sub, start, end, given);
    if (r < 0)
        pyuk_raise_message(&pyuk_type_ValueError, "subsection not found");
    return r;
}

pyuk_int pyuk_bytes_rindex(pyuk_str *b, pyuk_str *sub, pyuk_int start, pyuk_int end,
                           pyuk_int given)
{
    pyuk_int r = pyuk_str_rfind(b, sub, start, end, given);
    if (r < 0)
        pyuk_raise_message(&pyuk_type_ValueError, "subsection not found");
    return r;
}
