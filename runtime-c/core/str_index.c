/*
 * Indexing and slicing str.  ASCII strings index directly.  Others are
 * scanned from the nearest known position: the start, the end, or one of a
 * few recently used (str, index, offset) positions, so that stepping
 * through a string index by index is O(1) per step.  The cache keeps its
 * strings alive (they are GC roots): a str is immutable, so a position
 * stays right for as long as the object exists.
 */
#include <pyuk/exceptions.h>
#include <pyuk/gc.h>
#include <pyuk/slice.h>
#include <pyuk/str.h>

void *memcpy(void *restrict dst, const void *restrict src, size_t n);

#define CACHE_ENTRIES 4
/* Below this many bytes a scan from an end is cheap enough. */
#define CACHE_MIN_SIZE 64

static struct {
    pyuk_object *str[CACHE_ENTRIES];
    pyuk_int index[CACHE_ENTRIES];
    pyuk_int offset[CACHE_ENTRIES];
    unsigned next;
    bool rooted;
} cache;

static inline bool is_lead(unsigned char c)
{
    return (c & 0xC0) != 0x80;
}

/* The offset of code point `target` scanning forward from (index, off). */
static pyuk_int scan_forward(const char *data, pyuk_int size, pyuk_int index,
                             pyuk_int off, pyuk_int target)
{
    while (index < target) {
        /* whole ASCII words at once */
        if (target - index >= 8 && off + 8 <= size) {
            uint64_t w;
            __builtin_memcpy(&w, data + off, 8);
            if (!(w & 0x8080808080808080ull)) {
                index += 8;
                off += 8;
                continue;
            }
        }
        off++;
        while (off < size && !is_lead((unsigned char)data[off]))
            off++;
        index++;
    }
    return off;
}

static pyuk_int scan_backward(const char *data, pyuk_int index, pyuk_int off,
                              pyuk_int target)
{
    while (index > target) {
        off--;
        while (off > 0 && !is_lead((unsigned char)data[off]))
            off--;
        index--;
    }
    return off;
}

pyuk_int pyuk_str_offset_of(pyuk_str *s, pyuk_int index)
{
    if (pyuk_str_is_ascii(s))
        return index;
    if (index <= 0)
        return 0;
    if (index >= s->length)
        return s->size;
    /* nearest known position: start, end, or a cached one */
    pyuk_int best_index = 0, best_off = 0, best_dist = index;
    if (s->length - index < best_dist) {
        best_index = s->length;
        best_off = s->size;
        best_dist = s->length - index;
    }
    int slot = -1;
    if (s->size >= CACHE_MIN_SIZE) {
        for (int i = 0; i < CACHE_ENTRIES; i++) {
            if (cache.str[i] != &s->ob)
                continue;
            slot = i;
            pyuk_int d = cache.index[i] - index;
            if (d < 0)
                d = -d;
            if (d < best_dist) {
                best_dist = d;
                best_index = cache.index[i];
                best_off = cache.offset[i];
            }
        }
    }
    pyuk_int off = best_index <= index
        ? scan_forward(s->data, s->size, best_index, best_off, index)
        : scan_backward(s->data, best_index, best_off, index);
    if (s->size >= CACHE_MIN_SIZE) {
        if (slot < 0) {
            if (!cache.rooted) {
                for (int i = 0; i < CACHE_ENTRIES; i++)
                    pyuk_gc_add_root(&cache.str[i]);
                cache.rooted = true;
            }
            slot = (int)(cache.next++ % CACHE_ENTRIES);
            cache.str[slot] = &s->ob;
        }
        cache.index[slot] = index;
        cache.offset[slot] = off;
    }
    return off;
}

pyuk_str *pyuk_str_char_at(pyuk_str *s, pyuk_int index)
{
    if (pyuk_str_is_ascii(s))
        return pyuk_str_from_code_point((unsigned char)s->data[index]);
    pyuk_int off = pyuk_str_offset_of(s, index);
    int n;
    uint32_t cp = pyuk_utf8_decode((const unsigned char *)s->data + off, &n);
    return pyuk_str_from_code_point(cp);
}

pyuk_str *pyuk_str_getitem(pyuk_str *s, pyuk_int index)
{
    if (index < 0)
        index += s->length;
    if (index < 0 || index >= s->length) {
        pyuk_raise_message(&pyuk_type_IndexError, "string index out of range");
        return NULL;
    }
    return pyuk_str_char_at(s, index);
}

pyuk_str *pyuk_str_slice(pyuk_str *s, pyuk_int start, pyuk_int stop,
                         pyuk_int step, pyuk_int given)
{
    if (step == 0) {
        pyuk_raise_slice_step_zero();
        return NULL;
    }
    pyuk_int n = pyuk_slice_adjust(s->length, &start, &stop, step, given);
    if (n == 0)
        return pyuk_str_empty();
    if (n == s->length && step == 1)
        return s;
    if (n == 1)
        return pyuk_str_char_at(s, start);
    if (pyuk_str_is_ascii(s)) {
        pyuk_str *r = pyuk_str_alloc(n, n);
        if (!r)
            return NULL;
        if (step == 1) {
            memcpy(r->data, s->data + start, (size_t)n);
        } else {
            pyuk_int i = start;
            for (pyuk_int k = 0; k < n; k++, i += step)
                r->data[k] = s->data[i];
        }
        return r;
    }
    if (step == 1) {
        pyuk_int lo = pyuk_str_offset_of(s, start);
        pyuk_int hi = scan_forward(s->data, s->size, start, lo, start + n);
        pyuk_str *r = pyuk_str_alloc(n, hi - lo);
        if (r)
            memcpy(r->data, s->data + lo, (size_t)(hi - lo));
        return r;
    }
    /* Stepped slice of non-ASCII text: collect the byte offsets first. */
    pyuk_int size = 0;
    pyuk_int index = start;
    pyuk_int off = pyuk_str_offset_of(s, start);
    for (pyuk_int k = 0; k < n; k++) {
        int len;
        pyuk_utf8_decode((const unsigned char *)s->data + off, &len);
        size += len;
        if (k + 1 == n)
            break;
        pyuk_int next = index + step;
        off = step > 0 ? scan_forward(s->data, s->size, index, off, next)
                       : scan_backward(s->data, index, off, next);
        index = next;
    }
    pyuk_str *r = pyuk_str_alloc(n, size);
    if (!r)
        return NULL;
    char *out = r->data;
    index = start;
    off = pyuk_str_offset_of(s, start);
    for (pyuk_int k = 0; k < n; k++) {
        int len;
        pyuk_utf8_decode((const unsigned char *)s->data + off, &len);
        memcpy(out, s->data + off, (size_t)len);
        out += len;
        if (k + 1 == n)
            break;
        pyuk_int next = index + step;
        off = step > 0 ? scan_forward(s->data, s->size, index, off, next)
                       : scan_backward(s->data, index, off, next);
        index = next;
    }
    return r;
}
