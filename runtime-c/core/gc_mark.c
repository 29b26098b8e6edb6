/*
 * Marking: mark bits in the side table, an explicit bounded mark stack, and
 * the lookup that turns an arbitrary word (from the stack or registers) into
 * the object it points into, if any.
 *
 * When the mark stack is full, a newly marked object is not pushed; its
 * block is flagged instead, and once the stack drains every marked object
 * of the flagged blocks is traced again.  So memory for marking is bounded
 * and no structure, however deep or wide, makes the collector recurse.
 */
#include "gc_internal.h"

void gc_mark_clear(void)
{
    for (uint32_t b = 0; b < pyuk_heap.top; b++) {
        gc_block *blk = &pyuk_heap.blocks[b];
        uint64_t *bits = gc_block_bits(pyuk_heap.mark_bits, b);
        blk->flags &= (uint8_t)~GC_BLOCK_OVERFLOW;
        if (blk->kind == GC_BLOCK_SMALL)
            __builtin_memset(bits, 0, GC_BITMAP_WORDS * sizeof(uint64_t));
        else if (blk->kind == GC_BLOCK_LARGE_HEAD)
            bits[0] = 0; /* a large object's mark is bit 0 of its head */
    }
}

static void push(pyuk_object *obj)
{
    if (__builtin_expect(pyuk_heap.mark_sp < pyuk_heap.mark_stack_cap, 1)) {
        pyuk_heap.mark_stack[pyuk_heap.mark_sp++] = obj;
        return;
    }
    uint32_t b = (uint32_t)(((uintptr_t)obj - pyuk_heap.blocks_base) >> GC_BLOCK_SHIFT);
    pyuk_heap.blocks[b].flags |= GC_BLOCK_OVERFLOW;
    pyuk_heap.mark_overflowed = true;
    pyuk_heap.stats.mark_stack_overflows++;
}

/* Precise: `ref` is NULL, outside the heap (a static constant) or the start
 * of an object. */
static inline __attribute__((always_inline)) void mark(pyuk_object *ref)
{
    uintptr_t off = (uintptr_t)ref - pyuk_heap.blocks_base;
    if (off >= pyuk_heap.top_bytes)
        return;
    uint64_t *bits = gc_block_bits(pyuk_heap.mark_bits, (uint32_t)(off >> GC_BLOCK_SHIFT));
    size_t g = (off & GC_BLOCK_MASK) >> GC_GRANULE_SHIFT;
    uint64_t bit = (uint64_t)1 << (g & 63);
    if (bits[g >> 6] & bit)
        return;
    bits[g >> 6] |= bit;
    /* the header is read later, once drain_stack() has prefetched it */
    __builtin_prefetch(ref);
    push(ref);
}

void gc_mark_visit(pyuk_object *ref)
{
    mark(ref);
}

/* The two commonest layouts, traced here with mark() inlined instead of
 * through their trace function and an indirect call per reference. */
static void mark_fixed(pyuk_object *obj)
{
    const pyuk_type *type = obj->type;
    const uint64_t *map = type->ptrmap;
    if (!map || type->size <= sizeof(pyuk_object))
        return;
    size_t nslots = (type->size - sizeof(pyuk_object)) / sizeof(pyuk_word);
    pyuk_word *slots = (pyuk_word *)(obj + 1);
    for (size_t w = 0; w * 64 < nslots; w++) {
        for (uint64_t bits = map[w]; bits; bits &= bits - 1) {
            size_t i = w * 64 + (size_t)__builtin_ctzll(bits);
            if (i < nslots)
                mark((pyuk_object *)slots[i]);
        }
    }
}

static void mark_buffer_refs(pyuk_object *obj)
{
    pyuk_buffer *buf = (pyuk_buffer *)obj;
    for (pyuk_int i = 0; i < buf->capacity; i++)
        mark((pyuk_object *)buf->data[i]);
}

static void trace(pyuk_object *obj)
{
    pyuk_trace_fn fn = obj->type->trace;
    if (fn == pyuk_trace_fixed)
        mark_fixed(obj);
    else if (fn == pyuk_trace_buffer_refs)
        mark_buffer_refs(obj);
    else if (fn)
        fn(obj, gc_mark_visit);
}

/* The allocated object whose cell holds `addr`, or NULL. */
static pyuk_object *object_containing(uintptr_t addr)
{
    uintptr_t off = addr - pyuk_heap.blocks_base;
    if (off >= pyuk_heap.top_bytes)
        return NULL;
    uint32_t b = (uint32_t)(off >> GC_BLOCK_SHIFT);
    const gc_block *blk = &pyuk_heap.blocks[b];
    switch (blk->kind) {
    case GC_BLOCK_SMALL: {
        const gc_size_class *c = &gc_classes[blk->size_class];
        uint64_t in_block = off & GC_BLOCK_MASK;
        uint32_t i = (uint32_t)((in_block * gc_class_reciprocal[blk->size_class]) >> 32);
        if (i >= c->cells_per_block)
            return NULL; /* the unused tail of the block */
        uint32_t start = i * c->cell_size;
        pyuk_object *obj = (pyuk_object *)(gc_block_addr(b) + start);
        /* allocated = live after the last collection, or handed out since
         * (below the frontier free cells are zeroed, so the header says) */
        if (gc_bit_test(gc_block_bits(pyuk_heap.live_bits, b), start >> GC_GRANULE_SHIFT))
            return obj;
        if (start < blk->frontier && obj->type != NULL)
            return obj;
        return NULL;
    }
    case GC_BLOCK_LARGE_TAIL:
        return (pyuk_object *)gc_block_addr(b - blk->span);
    case GC_BLOCK_LARGE_HEAD:
        return (pyuk_object *)gc_block_addr(b);
    default:
        return NULL;
    }
}

void gc_mark_conservative(uintptr_t word)
{
    pyuk_object *obj = object_containing(word);
    if (obj)
        gc_mark_visit(obj);
    /* a pointer just past an object's end (a finished loop over its items)
     * keeps that object alive too; see docs/memory.md */
    pyuk_object *before = object_containing(word - 1);
    if (before && before != obj)
        gc_mark_visit(before);
}

/* Marking is bound by cache misses on object headers.  Popped objects wait
 * in a small FIFO while their headers are prefetched, so several misses are
 * in flight at once. */
#define GC_PREFETCH_DEPTH 32

static void drain_stack(void)
{
    pyuk_object *queue[GC_PREFETCH_DEPTH];
    unsigned head = 0, count = 0;
    for (;;) {
        while (count < GC_PREFETCH_DEPTH && pyuk_heap.mark_sp > 0) {
            pyuk_object *next = pyuk_heap.mark_stack[--pyuk_heap.mark_sp];
            __builtin_prefetch(next);
            queue[(head + count++) % GC_PREFETCH_DEPTH] = next;
        }
        if (count == 0)
            return;
        pyuk_object *obj = queue[head];
        head = (head + 1) % GC_PREFETCH_DEPTH;
        count--;
        trace(obj);
    }
}

static void trace_now(pyuk_object *obj)
{
    trace(obj);
    drain_stack();
}

/* Traces again every marked object of the blocks flagged by push(). */
static void rescan_overflowed_blocks(void)
{
    for (uint32_t b = 0; b < pyuk_heap.top; b++) {
        gc_block *blk = &pyuk_heap.blocks[b];
        if (!(blk->flags & GC_BLOCK_OVERFLOW))
            continue;
        blk->flags &= (uint8_t)~GC_BLOCK_OVERFLOW;
        const uint64_t *bits = gc_block_bits(pyuk_heap.mark_bits, b);
        if (blk->kind == GC_BLOCK_LARGE_HEAD) {
            trace_now((pyuk_object *)gc_block_addr(b));
            continue;
        }
        for (uint32_t w = 0; w < GC_BITMAP_WORDS; w++) {
            for (uint64_t word = bits[w]; word; word &= word - 1) {
                uint32_t g = (w << 6) + (uint32_t)__builtin_ctzll(word);
                trace_now((pyuk_object *)(gc_block_addr(b) +
                                          ((uintptr_t)g << GC_GRANULE_SHIFT)));
            }
        }
    }
}

void gc_mark_drain(void)
{
    for (;;) {
        drain_stack();
        if (!pyuk_heap.mark_overflowed)
            return;
        pyuk_heap.mark_overflowed = false;
        rescan_overflowed_blocks();
    }
}
