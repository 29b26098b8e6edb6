/* Statistics for tests, benchmarks and the stdlib's gc module. */
#include "gc_internal.h"

void pyuk_gc_get_stats(pyuk_gc_stats *out)
{
    *out = pyuk_heap.stats;
    /* runs are counted when handed out: take back what is still unused */
    uint64_t unused_bytes = 0, unused_objects = 0;
    for (unsigned i = 0; i < GC_NCLASSES; i++) {
        const gc_size_class *c = &gc_classes[i];
        unused_bytes += c->limit - c->cursor;
        unused_objects += (c->limit - c->cursor) / c->cell_size;
    }
    out->bytes_allocated += pyuk_heap.allocated_since_gc - unused_bytes;
    out->objects_allocated += pyuk_heap.objects_since_gc - unused_objects;
    out->heap_bytes = (uint64_t)pyuk_heap.blocks_in_use << GC_BLOCK_SHIFT;
}
