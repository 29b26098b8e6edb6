/*
 * One collection, start to end, and the policy that decides when to run
 * one: after max(GC_TRIGGER_FLOOR, live size) bytes of allocation (see
 * gc_internal.h), or when the heap is full.  The live-size term keeps the
 * collection work per allocated byte constant as the heap grows.
 */
#include "gc_internal.h"

void pyuk_gc_init(void)
{
    if (pyuk_heap.ready)
        return;
    gc_heap_init();
    gc_classes_init();
    pyuk_heap.ready = true;
}

void gc_collect(void)
{
    if (pyuk_heap.collecting)
        plat_panic("allocation during a collection");
    pyuk_heap.collecting = true;
    uint64_t start = plat_clock_monotonic();

    gc_alloc_retire_runs();
    gc_mark_clear();
    gc_mark_roots();
    gc_mark_drain();
    gc_sweep();

    uint64_t grow = pyuk_heap.stats.live_bytes / 100 * GC_TRIGGER_LIVE_PERCENT;
    pyuk_heap.threshold = grow > GC_TRIGGER_FLOOR ? grow : GC_TRIGGER_FLOOR;
    gc_blocks_release_excess(pyuk_heap.threshold);

    uint64_t pause = plat_clock_monotonic() - start;
    pyuk_gc_stats *s = &pyuk_heap.stats;
    s->collections++;
    s->pause_last_ns = pause;
    s->pause_total_ns += pause;
    if (pause > s->pause_max_ns)
        s->pause_max_ns = pause;
    pyuk_heap.collecting = false;
}

bool gc_maybe_collect(uint64_t bytes)
{
    if (pyuk_heap.allocated_since_gc + bytes <= pyuk_heap.threshold)
        return false;
    gc_collect();
    return true;
}

void pyuk_gc_collect(void)
{
    pyuk_gc_init();
    gc_collect();
}
