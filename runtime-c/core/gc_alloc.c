/*
 * Allocation.  Small objects (up to GC_SMALL_MAX bytes) come from segregated
 * size classes: each class bump-allocates through a "run" of contiguous free
 * cells of one block, zeroed just before it is handed out.  Runs are found
 * from the live bitmap the last collection left, so freeing costs nothing
 * and nothing is threaded through free memory.  Large objects take whole
 * contiguous blocks.
 */
#include "gc_internal.h"

#define CLASS(size) {.cell_size = (size), .block = GC_NO_BLOCK, \
                     .partial = GC_NO_BLOCK}

/* 16-byte steps up to 128, then 4 classes per doubling up to 2 KiB, then
 * the largest 16-byte multiple that fits n = 15..2 times in a block (so the
 * big classes waste almost nothing at the block's end).  The cell size is
 * set statically so the fast path is safe before pyuk_gc_init: with an
 * empty run it always falls through to the slow path, which initialises. */
gc_size_class gc_classes[GC_NCLASSES] = {
    CLASS(16),   CLASS(32),   CLASS(48),   CLASS(64),   CLASS(80),
    CLASS(96),   CLASS(112),  CLASS(128),  CLASS(160),  CLASS(192),
    CLASS(224),  CLASS(256),  CLASS(320),  CLASS(384),  CLASS(448),
    CLASS(512),  CLASS(640),  CLASS(768),  CLASS(896),  CLASS(1024),
    CLASS(1280), CLASS(1536), CLASS(1792), CLASS(2048), CLASS(2176),
    CLASS(2336), CLASS(2512), CLASS(2720), CLASS(2976), CLASS(3264),
    CLASS(3632), CLASS(4096), CLASS(4672), CLASS(5456), CLASS(6544),
    CLASS(8192), CLASS(10912), CLASS(16384),
};

uint32_t gc_class_reciprocal[GC_NCLASSES];

/* Size class of each size, indexed by the size in granules (rounded up). */
static uint8_t class_of_granules[GC_SMALL_MAX / GC_GRANULE + 1];

void gc_classes_init(void)
{
    unsigned cls = 0;
    for (unsigned g = 0; g <= GC_SMALL_MAX / GC_GRANULE; g++) {
        while (gc_classes[cls].cell_size < g * GC_GRANULE)
            cls++;
        class_of_granules[g] = (uint8_t)cls;
    }
    for (unsigned i = 0; i < GC_NCLASSES; i++) {
        gc_size_class *c = &gc_classes[i];
        c->cells_per_block = (uint32_t)(GC_BLOCK_SIZE / c->cell_size);
        gc_class_reciprocal[i] =
            (uint32_t)((((uint64_t)1 << 32) + c->cell_size - 1) / c->cell_size);
        c->cursor = c->limit = 0;
        c->block = GC_NO_BLOCK;
        c->partial = GC_NO_BLOCK;
    }
}

static gc_size_class *class_for(size_t size)
{
    return &gc_classes[class_of_granules[(size + GC_GRANULE - 1) >>
                                         GC_GRANULE_SHIFT]];
}

/* First set bit at or after `from` among the block's bits, else nbits. */
static uint32_t next_set_bit(const uint64_t *bits, uint32_t from)
{
    const uint32_t nbits = GC_BITMAP_WORDS * 64;
    if (from >= nbits)
        return nbits;
    uint32_t w = from >> 6;
    uint64_t word = bits[w] & (~(uint64_t)0 << (from & 63));
    while (!word) {
        if (++w == GC_BITMAP_WORDS)
            return nbits;
        word = bits[w];
    }
    return (w << 6) + (uint32_t)__builtin_ctzll(word);
}

typedef uint64_t gc_vec16 __attribute__((vector_size(16), aligned(16)));

/* Zeroes whole cells (16-byte aligned multiples of 16) with 16-byte
 * stores: twice what the generic memset does per store, and no call for
 * the common one-cell runs.  Kept a loop, not turned into memset. */
__attribute__((optimize("no-tree-loop-distribute-patterns"))) static void
zero_cells(uintptr_t start, size_t bytes)
{
    gc_vec16 *p = (gc_vec16 *)start;
    gc_vec16 *end = (gc_vec16 *)(start + bytes);
    const gc_vec16 zero = {0, 0};
    if (bytes & 16)
        *p++ = zero;
    while (p < end) {
        p[0] = zero;
        p[1] = zero;
        p += 2;
    }
}

/* Makes the next run of free cells of the class's block current. */
static bool next_run(gc_size_class *c)
{
    uint32_t b = c->block;
    gc_block *blk = &pyuk_heap.blocks[b];
    const uint64_t *live = gc_block_bits(pyuk_heap.live_bits, b);
    uint32_t cell = c->cell_size;
    uint32_t i = blk->frontier / cell;
    while (i < c->cells_per_block &&
           gc_bit_test(live, (i * cell) >> GC_GRANULE_SHIFT))
        i++;
    if (i == c->cells_per_block)
        return false;
    /* live bits sit only at cell starts, so the next one ends the run */
    uint32_t g = next_set_bit(live, ((i + 1) * cell) >> GC_GRANULE_SHIFT);
    uint32_t j = (uint32_t)(((size_t)g << GC_GRANULE_SHIFT) / cell);
    uint32_t max_cells = GC_RUN_MAX / cell ? GC_RUN_MAX / cell : 1;
    if (j - i > max_cells)
        j = i + max_cells;

    uintptr_t start = gc_block_addr(b) + (uintptr_t)i * cell;
    size_t bytes = (size_t)(j - i) * cell;
    zero_cells(start, bytes);
    blk->frontier = j * cell;
    c->cursor = start;
    c->limit = start + bytes;
    pyuk_heap.allocated_since_gc += bytes;
    pyuk_heap.objects_since_gc += j - i;
    return true;
}

static void start_block(gc_size_class *c, uint32_t b)
{
    c->block = b;
    pyuk_heap.blocks[b].frontier = 0;
}

static void claim_block(gc_size_class *c, uint32_t b)
{
    gc_block *blk = &pyuk_heap.blocks[b];
    blk->kind = GC_BLOCK_SMALL;
    blk->size_class = (uint8_t)(c - gc_classes);
    blk->next = GC_NO_BLOCK;
    __builtin_memset(gc_block_bits(pyuk_heap.live_bits, b), 0,
                     GC_BITMAP_WORDS * sizeof(uint64_t));
    start_block(c, b);
}

/* Gives the class a new run: the rest of its block, else a partially free
 * block, else a free block; collects when the trigger says so or when the
 * heap is full.  False: out of memory even after a collection. */
static bool refill(gc_size_class *c)
{
    if (c->block != GC_NO_BLOCK && next_run(c))
        return true;
    c->block = GC_NO_BLOCK;
    c->cursor = c->limit = 0;
    bool collected = gc_maybe_collect(0);
    for (;;) {
        uint32_t b = c->partial;
        if (b != GC_NO_BLOCK) {
            c->partial = pyuk_heap.blocks[b].next;
            start_block(c, b);
            if (next_run(c))
                return true;
            continue;
        }
        b = gc_blocks_take(1);
        if (b != GC_NO_BLOCK) {
            claim_block(c, b);
            return next_run(c);
        }
        if (collected)
            return false;
        gc_collect();
        collected = true;
    }
}

static pyuk_object *out_of_memory(void)
{
    pyuk_raise_memory_error();
    return NULL;
}

static pyuk_object *alloc_large(const pyuk_type *type, size_t size)
{
    if (size > pyuk_heap.stats.heap_capacity)
        return out_of_memory();
    uint32_t n = (uint32_t)((size + GC_BLOCK_SIZE - 1) >> GC_BLOCK_SHIFT);
    uint64_t bytes = (uint64_t)n << GC_BLOCK_SHIFT;
    bool collected = gc_maybe_collect(bytes);
    uint32_t b = gc_blocks_take(n);
    if (b == GC_NO_BLOCK && !collected) {
        gc_collect();
        b = gc_blocks_take(n);
    }
    if (b == GC_NO_BLOCK)
        return out_of_memory();
    pyuk_heap.blocks[b].kind = GC_BLOCK_LARGE_HEAD;
    pyuk_heap.blocks[b].span = n;
    for (uint32_t i = 1; i < n; i++) {
        pyuk_heap.blocks[b + i].kind = GC_BLOCK_LARGE_TAIL;
        pyuk_heap.blocks[b + i].span = i;
    }
    pyuk_object *obj = (pyuk_object *)gc_block_addr(b);
    __builtin_memset(obj, 0, size);
    obj->type = type;
    pyuk_heap.allocated_since_gc += bytes;
    pyuk_heap.objects_since_gc++;
    return obj;
}

static __attribute__((noinline)) pyuk_object *
alloc_slow(const pyuk_type *type, size_t size)
{
    if (!pyuk_heap.ready)
        pyuk_gc_init();
    if (size > GC_SMALL_MAX)
        return alloc_large(type, size);
    gc_size_class *c = class_for(size);
    if (!refill(c))
        return out_of_memory();
    pyuk_object *obj = (pyuk_object *)c->cursor;
    c->cursor += c->cell_size;
    obj->type = type;
    return obj;
}

pyuk_object *pyuk_alloc(const pyuk_type *type, size_t size)
{
    if (__builtin_expect(size <= GC_SMALL_MAX, 1)) {
        gc_size_class *c = class_for(size);
        uintptr_t cell = c->cursor;
        if (__builtin_expect(cell < c->limit, 1)) {
            c->cursor = cell + c->cell_size;
            pyuk_object *obj = (pyuk_object *)cell;
            obj->type = type;
            return obj;
        }
    }
    return alloc_slow(type, size);
}

size_t pyuk_gc_usable_size(size_t size)
{
    pyuk_gc_init(); /* the class table */
    if (size <= GC_SMALL_MAX)
        return class_for(size)->cell_size;
    if (size > SIZE_MAX - GC_BLOCK_SIZE)
        return size;
    return (size + GC_BLOCK_SIZE - 1) & ~GC_BLOCK_MASK;
}

pyuk_buffer *pyuk_alloc_buffer(size_t nwords, bool holds_refs)
{
    if (nwords > (SIZE_MAX - sizeof(pyuk_buffer)) / sizeof(pyuk_word))
        return (pyuk_buffer *)out_of_memory();
    const pyuk_type *type =
        holds_refs ? &pyuk_type_buffer_refs : &pyuk_type_buffer_raw;
    pyuk_buffer *buf = (pyuk_buffer *)pyuk_alloc(
        type, sizeof(pyuk_buffer) + nwords * sizeof(pyuk_word));
    if (buf)
        buf->capacity = (pyuk_int)nwords;
    return buf;
}

void gc_alloc_retire_runs(void)
{
    for (unsigned i = 0; i < GC_NCLASSES; i++) {
        gc_size_class *c = &gc_classes[i];
        uintptr_t unused = c->limit - c->cursor;
        pyuk_heap.allocated_since_gc -= unused;
        pyuk_heap.objects_since_gc -= unused / c->cell_size;
        c->cursor = c->limit = 0;
        c->block = GC_NO_BLOCK;
        c->partial = GC_NO_BLOCK;
    }
}
