/*
 * The heap region and its blocks: carving the region into side tables and
 * blocks, and handing out / taking back runs of contiguous blocks.  Blocks
 * are taken lowest address first so the touched part of the region (what
 * costs RSS on unix) stays as small as the live data allows.
 */
#include "gc_internal.h"

/* Optional platform call (see platform.h); absent = nothing is released. */
#pragma weak plat_heap_release

gc_heap pyuk_heap;

static uintptr_t align_up(uintptr_t x, uintptr_t a)
{
    return (x + a - 1) & ~(a - 1);
}

/* Where the side tables for `n` blocks would put block 0 (0 if they do
 * not fit below `end` with the blocks). */
static uintptr_t layout(uintptr_t start, uintptr_t end, size_t n,
                        size_t stack_entries, bool apply)
{
    uintptr_t p = align_up(start, 64);
    uintptr_t blocks = p;
    p += n * sizeof(gc_block);
    uintptr_t bits0 = p;
    p += n * GC_BITMAP_WORDS * sizeof(uint64_t);
    uintptr_t bits1 = p;
    p += n * GC_BITMAP_WORDS * sizeof(uint64_t);
    uintptr_t used = p;
    p += (n + 63) / 64 * sizeof(uint64_t);
    uintptr_t stack = p;
    p += stack_entries * sizeof(pyuk_object *);
    uintptr_t base = align_up(p, GC_BLOCK_SIZE);
    if (base < p || base > end || (end - base) / GC_BLOCK_SIZE < n)
        return 0;
    if (apply) {
        pyuk_heap.blocks = (gc_block *)blocks;
        pyuk_heap.mark_bits = (uint64_t *)bits0;
        pyuk_heap.live_bits = (uint64_t *)bits1;
        pyuk_heap.used = (uint64_t *)used;
        pyuk_heap.mark_stack = (pyuk_object **)stack;
        pyuk_heap.mark_stack_cap = stack_entries;
        pyuk_heap.blocks_base = base;
        pyuk_heap.nblocks = (uint32_t)n;
    }
    return base;
}

void gc_heap_init(void)
{
    uintptr_t start;
    size_t size;
    plat_heap_region(&start, &size);
    uintptr_t end = start + size;
    if (end < start)
        end = UINTPTR_MAX & ~(uintptr_t)0xfff;

    /* Each block costs its bytes plus its side-table entries; start from
     * that estimate and step down until the alignment slack fits too. */
    size_t stack_entries = size / 2048;
    if (stack_entries < GC_MARK_STACK_MIN)
        stack_entries = GC_MARK_STACK_MIN;
    if (stack_entries > GC_MARK_STACK_MAX)
        stack_entries = GC_MARK_STACK_MAX;
    size_t per_block = GC_BLOCK_SIZE + sizeof(gc_block) +
                       2 * GC_BITMAP_WORDS * sizeof(uint64_t) + 1;
    size_t fixed = stack_entries * sizeof(pyuk_object *) + 64;
    size_t n = size > fixed ? (size - fixed) / per_block : 0;
    if (n > GC_NO_BLOCK - 1)
        n = GC_NO_BLOCK - 1;
    while (n > 0 && !layout(start, end, n, stack_entries, false))
        n--;
    if (n < 4)
        plat_panic("heap region too small for the collector");
    layout(start, end, n, stack_entries, true);

    pyuk_heap.top = 0;
    pyuk_heap.top_bytes = 0;
    pyuk_heap.inited = 0;
    pyuk_heap.lowest_free = 0;
    pyuk_heap.blocks_in_use = 0;
    pyuk_heap.stats.heap_capacity = (uint64_t)n * GC_BLOCK_SIZE;
    pyuk_heap.threshold = GC_TRIGGER_FLOOR;
}

static bool block_used(uint32_t b)
{
    return gc_bit_test(pyuk_heap.used, b);
}

static void set_used(uint32_t b, bool used)
{
    uint64_t bit = (uint64_t)1 << (b & 63);
    if (used)
        pyuk_heap.used[b >> 6] |= bit;
    else
        pyuk_heap.used[b >> 6] &= ~bit;
}

/* Lowest free block below top, else top itself (blocks from top up are
 * free); GC_NO_BLOCK when the region is full. */
static uint32_t find_free_block(void)
{
    uint32_t b = pyuk_heap.lowest_free;
    while (b < pyuk_heap.top) {
        uint64_t free_bits = ~pyuk_heap.used[b >> 6] & (~(uint64_t)0 << (b & 63));
        if (free_bits) {
            uint32_t at = (b & ~63u) + (uint32_t)__builtin_ctzll(free_bits);
            return at < pyuk_heap.top ? at : pyuk_heap.top;
        }
        b = (b | 63) + 1;
    }
    return pyuk_heap.top < pyuk_heap.nblocks ? pyuk_heap.top : GC_NO_BLOCK;
}

/* Lowest start of `n` free blocks; the run may extend past top. */
static uint32_t find_free_run(uint32_t n)
{
    if (n == 1)
        return find_free_block();
    uint32_t run = 0;
    uint32_t b = pyuk_heap.lowest_free;
    while (b < pyuk_heap.top) {
        if ((b & 63) == 0 && b + 64 <= pyuk_heap.top) {
            uint64_t word = pyuk_heap.used[b >> 6];
            if (word == ~(uint64_t)0) {
                run = 0;
                b += 64;
                continue;
            }
            if (word == 0) {
                if (run + 64 >= n)
                    return b - run;
                run += 64;
                b += 64;
                continue;
            }
        }
        if (block_used(b))
            run = 0;
        else if (++run == n)
            return b + 1 - n;
        b++;
    }
    /* `run` free blocks end at top; the rest come from above it */
    uint32_t first = pyuk_heap.top - run;
    if ((uint64_t)first + n > pyuk_heap.nblocks)
        return GC_NO_BLOCK;
    return first;
}

static void grow_top(uint32_t end)
{
    for (uint32_t b = pyuk_heap.inited; b < end; b++) {
        pyuk_heap.blocks[b] = (gc_block){.kind = GC_BLOCK_FREE};
        set_used(b, false);
    }
    if (end > pyuk_heap.inited)
        pyuk_heap.inited = end;
    if (end > pyuk_heap.top) {
        pyuk_heap.top = end;
        pyuk_heap.top_bytes = (uintptr_t)end << GC_BLOCK_SHIFT;
        uint64_t extent = pyuk_heap.top_bytes;
        if (extent > pyuk_heap.stats.heap_extent_high_water)
            pyuk_heap.stats.heap_extent_high_water = extent;
    }
}

uint32_t gc_blocks_take(uint32_t n)
{
    if (n == 0 || n > pyuk_heap.nblocks)
        return GC_NO_BLOCK;
    uint32_t first = find_free_run(n);
    if (first == GC_NO_BLOCK)
        return GC_NO_BLOCK;
    uint32_t end = first + n;
    grow_top(end);
    for (uint32_t b = first; b < end; b++) {
        set_used(b, true);
        pyuk_heap.blocks[b].flags = 0; /* a released block is back in use */
    }
    if (n == 1 || first == pyuk_heap.lowest_free)
        pyuk_heap.lowest_free = end; /* nothing free below the block just taken */
    pyuk_heap.blocks_in_use += n;
    uint64_t in_use = (uint64_t)pyuk_heap.blocks_in_use << GC_BLOCK_SHIFT;
    if (in_use > pyuk_heap.stats.heap_high_water)
        pyuk_heap.stats.heap_high_water = in_use;
    return first;
}

void gc_blocks_give_back(uint32_t first, uint32_t n)
{
    for (uint32_t b = first; b < first + n; b++) {
        pyuk_heap.blocks[b] = (gc_block){.kind = GC_BLOCK_FREE};
        set_used(b, false);
    }
    if (first < pyuk_heap.lowest_free)
        pyuk_heap.lowest_free = first;
    pyuk_heap.blocks_in_use -= n;
}

void gc_blocks_trim_top(void)
{
    uint32_t top = pyuk_heap.top;
    while (top > 0 && !block_used(top - 1))
        top--;
    pyuk_heap.top = top;
    pyuk_heap.top_bytes = (uintptr_t)top << GC_BLOCK_SHIFT;
    if (pyuk_heap.lowest_free > top)
        pyuk_heap.lowest_free = top;
}

static void release_run(uint32_t first, uint32_t n)
{
    plat_heap_release(gc_block_addr(first), (size_t)n << GC_BLOCK_SHIFT);
    pyuk_heap.stats.bytes_released += (uint64_t)n << GC_BLOCK_SHIFT;
}

void gc_blocks_release_excess(uint64_t keep_bytes)
{
    if (!plat_heap_release)
        return;
    uint64_t keep = keep_bytes / GC_BLOCK_SIZE + GC_RETAIN_SLACK_BLOCKS;
    uint64_t committed_free = 0;
    for (uint32_t b = 0; b < pyuk_heap.inited; b++) {
        const gc_block *blk = &pyuk_heap.blocks[b];
        if (blk->kind == GC_BLOCK_FREE && !(blk->flags & GC_BLOCK_RELEASED))
            committed_free++;
    }
    if (committed_free <= keep)
        return;
    uint64_t excess = committed_free - keep;
    /* highest first, coalescing neighbours into one call */
    uint32_t run_lo = 0, run_hi = 0;
    for (uint32_t b = pyuk_heap.inited; b-- > 0 && excess > 0;) {
        gc_block *blk = &pyuk_heap.blocks[b];
        if (blk->kind != GC_BLOCK_FREE || (blk->flags & GC_BLOCK_RELEASED))
            continue;
        blk->flags |= GC_BLOCK_RELEASED;
        excess--;
        if (run_hi > run_lo && b + 1 == run_lo) {
            run_lo = b;
            continue;
        }
        if (run_hi > run_lo)
            release_run(run_lo, run_hi - run_lo);
        run_lo = b;
        run_hi = b + 1;
    }
    if (run_hi > run_lo)
        release_run(run_lo, run_hi - run_lo);
}
