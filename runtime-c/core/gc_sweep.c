/*
 * Sweeping reads only the side tables: a block's live cells are its mark
 * bits.  Empty blocks go back to the block pool for any size class, blocks
 * with free cells are queued (lowest address first) for their class, and
 * the mark bits become the live bits that allocation reads to find free
 * cells.  Dead objects are never touched here; their cells are zeroed when
 * allocation reaches them.
 */
#include "gc_internal.h"

static unsigned count_marks(const uint64_t *bits)
{
    unsigned n = 0;
    for (unsigned w = 0; w < GC_BITMAP_WORDS; w++)
        n += gc_popcount(bits[w]);
    return n;
}

void gc_sweep(void)
{
    uint64_t live_bytes = 0, live_objects = 0;
    for (uint32_t b = pyuk_heap.top; b-- > 0;) {
        gc_block *blk = &pyuk_heap.blocks[b];
        const uint64_t *marks = gc_block_bits(pyuk_heap.mark_bits, b);
        if (blk->kind == GC_BLOCK_SMALL) {
            unsigned n = count_marks(marks);
            blk->frontier = 0;
            if (n == 0) {
                gc_blocks_give_back(b, 1);
                continue;
            }
            gc_size_class *c = &gc_classes[blk->size_class];
            live_bytes += (uint64_t)n * c->cell_size;
            live_objects += n;
            if (n < c->cells_per_block) {
                blk->next = c->partial;
                c->partial = b;
            }
        } else if (blk->kind == GC_BLOCK_LARGE_HEAD) {
            if (marks[0] & 1) {
                live_bytes += (uint64_t)blk->span << GC_BLOCK_SHIFT;
                live_objects++;
            } else {
                gc_blocks_give_back(b, blk->span);
            }
        }
    }

    uint64_t *marks = pyuk_heap.mark_bits;
    pyuk_heap.mark_bits = pyuk_heap.live_bits;
    pyuk_heap.live_bits = marks;
    gc_blocks_trim_top();

    pyuk_gc_stats *s = &pyuk_heap.stats;
    s->bytes_allocated += pyuk_heap.allocated_since_gc;
    s->objects_allocated += pyuk_heap.objects_since_gc;
    s->objects_freed += pyuk_heap.live_objects_before + pyuk_heap.objects_since_gc - live_objects;
    s->live_bytes = live_bytes;
    s->live_objects = live_objects;
    pyuk_heap.live_objects_before = live_objects;
    pyuk_heap.allocated_since_gc = 0;
    pyuk_heap.objects_since_gc = 0;
}
