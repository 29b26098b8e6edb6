/* pyuk.gc.stats(): the collector's statistics as a dict[str, int] (the
 * native body of stdlib module pyuk.gc; not part of the collector itself,
 * which depends on nothing but the platform). */
#include <pyuk/containers.h>
#include <pyuk/gc.h>
#include <pyuk/str.h>

static bool put(pyuk_dict *d, const char *name, uint64_t value)
{
    pyuk_str *key = pyuk_str_from_cstr(name);
    if (!key)
        return false;
    pyuk_dict_setitem(d, (pyuk_word)key, (pyuk_word)value);
    return !pyuk_current_exception;
}

pyuk_dict *pyuk_gc_stats_dict(void)
{
    pyuk_gc_stats s;
    pyuk_gc_get_stats(&s);
    pyuk_dict *d = pyuk_dict_new(PYUK_KIND_OBJ, PYUK_KIND_INT);
    if (!d)
        return NULL;
    if (!put(d, "bytes_allocated", s.bytes_allocated) ||
        !put(d, "objects_allocated", s.objects_allocated) ||
        !put(d, "collections", s.collections) ||
        !put(d, "live_bytes", s.live_bytes) ||
        !put(d, "heap_bytes", s.heap_bytes) ||
        !put(d, "heap_high_water", s.heap_high_water) ||
        !put(d, "heap_extent_high_water", s.heap_extent_high_water) ||
        !put(d, "heap_capacity", s.heap_capacity) ||
        !put(d, "pause_max_ns", s.pause_max_ns) ||
        !put(d, "pause_total_ns", s.pause_total_ns))
        return NULL;
    return d;
}
