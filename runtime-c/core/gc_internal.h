/*
 * State shared by the collector's files (gc_*.c); nothing outside them uses
 * it.  Layout of the heap region, from plat_heap_region():
 *
 *   [block table][mark bitmaps x2][used bitmap][mark stack] | block 0 | ...
 *
 * Blocks are GC_BLOCK_SIZE bytes, aligned to their size, and hold either
 * cells of one size class or (a run of blocks) one large object.  Every
 * per-block fact lives in the side tables, so blocks hold only objects and
 * a large object spans contiguous blocks.
 */
#ifndef PYUK_GC_INTERNAL_H
#define PYUK_GC_INTERNAL_H

#include <pyuk/gc.h>
#include <pyuk/platform.h>

#define GC_BLOCK_SHIFT 15
#define GC_BLOCK_SIZE ((size_t)1 << GC_BLOCK_SHIFT)
#define GC_BLOCK_MASK (GC_BLOCK_SIZE - 1)
#define GC_GRANULE_SHIFT 4 /* cells are multiples of 16 bytes, 16-aligned */
#define GC_GRANULE ((size_t)1 << GC_GRANULE_SHIFT)
#define GC_BITMAP_WORDS (GC_BLOCK_SIZE / GC_GRANULE / 64) /* per block */
#define GC_SMALL_MAX 16384 /* larger objects get whole blocks */
#define GC_NCLASSES 38
#define GC_NO_BLOCK UINT32_MAX

/* Collect when this much has been allocated since the last collection,
 * or GC_TRIGGER_LIVE_PERCENT of the live size after it if larger.  At 100
 * the heap stays within ~2x live; 200 halves the collection work of
 * allocation-heavy programs for ~1.5x the memory (a per-target choice the
 * driver can make with -D). */
#ifndef GC_TRIGGER_FLOOR
#define GC_TRIGGER_FLOOR ((uint64_t)4 << 20)
#endif
#ifndef GC_TRIGGER_LIVE_PERCENT
#define GC_TRIGGER_LIVE_PERCENT 100
#endif

/* Zero and hand out free cells at most this many bytes at a time, so the
 * zeroed memory is still in cache when it is used. */
#define GC_RUN_MAX (8 * 1024)

/* Entries of the explicit mark stack: one per 2 KiB of heap, within these
 * bounds (~15,000 on a 32 MiB guest; untouched entries cost nothing on
 * unix).  Overflow is handled by rescanning, so this only sets speed. */
#define GC_MARK_STACK_MIN 4096
#define GC_MARK_STACK_MAX ((size_t)1 << 20)

/* Free blocks kept committed beyond what the next cycle needs, before the
 * rest are handed back with plat_heap_release. */
#define GC_RETAIN_SLACK_BLOCKS 32

enum gc_block_kind {
    GC_BLOCK_FREE = 0,
    GC_BLOCK_SMALL,      /* cells of one size class */
    GC_BLOCK_LARGE_HEAD, /* first block of a large object */
    GC_BLOCK_LARGE_TAIL, /* other blocks of a large object */
};

enum gc_block_flags {
    GC_BLOCK_OVERFLOW = 1u << 0, /* holds marked objects not yet traced */
    GC_BLOCK_RELEASED = 1u << 1, /* free, and given back to the platform */
};

typedef struct gc_block {
    uint8_t kind;       /* gc_block_kind */
    uint8_t size_class; /* small */
    uint8_t flags;      /* gc_block_flags */
    uint8_t unused;
    /* small: bytes from the block start below which every cell that is not
     * live has been zeroed (so a non-NULL header means allocated).  Reset to
     * 0 by each sweep; above it only the live bitmap tells what is valid. */
    uint32_t frontier;
    /* large head: blocks in the object; large tail: distance to the head */
    uint32_t span;
    uint32_t next; /* small: next block of the class's partial list */
} gc_block;

/* Allocation state of one size class: 32 bytes, so the fast path of
 * pyuk_alloc indexes it with a shift; the first three fields are all that
 * path reads. */
typedef struct gc_size_class {
    uintptr_t cursor; /* next free zeroed cell of the current run */
    uintptr_t limit;  /* end of the current run */
    uint32_t cell_size;
    uint32_t block;   /* block being allocated from, or GC_NO_BLOCK */
    uint32_t partial; /* blocks with free cells, lowest address first */
    uint32_t cells_per_block;
} gc_size_class;

_Static_assert(sizeof(gc_size_class) == 32, "pyuk_alloc indexes classes by shift");

/* ceil(2^32 / cell_size) per class: turns an offset in a block into a cell
 * index with a multiply (exact for offsets < 2^15, cells < 2^17). */
extern uint32_t gc_class_reciprocal[GC_NCLASSES];

typedef struct gc_heap {
    bool ready;
    bool collecting;
    bool mark_overflowed;
    uintptr_t blocks_base; /* address of block 0 */
    uint32_t nblocks;      /* blocks in the region */
    uint32_t top;          /* blocks at or above this one are free */
    uintptr_t top_bytes;   /* top * GC_BLOCK_SIZE: the heap's used range */
    uint32_t inited;       /* blocks whose side-table entries are set up */
    uint32_t lowest_free;  /* no free block below this one */
    uint32_t blocks_in_use;
    gc_block *blocks;
    uint64_t *mark_bits; /* GC_BITMAP_WORDS per block, this cycle */
    uint64_t *live_bits; /* the same, from the last collection */
    uint64_t *used;      /* one bit per block: 1 = in use */
    pyuk_object **mark_stack;
    size_t mark_stack_cap;
    size_t mark_sp;

    uint64_t allocated_since_gc; /* footprint bytes, by runs handed out */
    uint64_t objects_since_gc;
    uint64_t threshold;
    uint64_t live_objects_before;
    pyuk_gc_stats stats;
} gc_heap;

extern gc_heap pyuk_heap;
extern gc_size_class gc_classes[GC_NCLASSES];

/* ---- heap and blocks (gc_heap.c) ---- */
void gc_heap_init(void);
/* Takes `n` contiguous free blocks, lowest address first; GC_NO_BLOCK when
 * there are none. */
uint32_t gc_blocks_take(uint32_t n);
void gc_blocks_give_back(uint32_t first, uint32_t n);
/* After a sweep: lowers top past trailing free blocks. */
void gc_blocks_trim_top(void);
/* Hands free blocks beyond `keep_bytes` back to the platform, highest
 * addresses first. */
void gc_blocks_release_excess(uint64_t keep_bytes);

static inline uintptr_t gc_block_addr(uint32_t b)
{
    return pyuk_heap.blocks_base + ((uintptr_t)b << GC_BLOCK_SHIFT);
}

static inline uint64_t *gc_block_bits(uint64_t *bitmap, uint32_t b)
{
    return bitmap + (size_t)b * GC_BITMAP_WORDS;
}

static inline bool gc_bit_test(const uint64_t *bits, size_t i)
{
    return (bits[i >> 6] >> (i & 63)) & 1;
}

/* Portable popcount: __builtin_popcountll would call libgcc without -mpopcnt,
 * and the runtime links no libgcc. */
static inline unsigned gc_popcount(uint64_t x)
{
    x = x - ((x >> 1) & 0x5555555555555555ull);
    x = (x & 0x3333333333333333ull) + ((x >> 2) & 0x3333333333333333ull);
    x = (x + (x >> 4)) & 0x0f0f0f0f0f0f0f0full;
    return (unsigned)((x * 0x0101010101010101ull) >> 56);
}

/* ---- allocation (gc_alloc.c) ---- */
void gc_classes_init(void);
/* Before a collection: gives back the unused part of every current run. */
void gc_alloc_retire_runs(void);

/* ---- marking (gc_mark.c) ---- */
void gc_mark_clear(void);
void gc_mark_visit(pyuk_object *ref);
void gc_mark_conservative(uintptr_t word);
void gc_mark_drain(void);

/* ---- roots (gc_roots.c) ---- */
void gc_mark_roots(void);

/* ---- sweeping (gc_sweep.c) ---- */
void gc_sweep(void);

/* ---- the collection (gc_collect.c) ---- */
void gc_collect(void);
/* Called before handing out `bytes` more: collects if the trigger is hit.
 * Returns true if it collected. */
bool gc_maybe_collect(uint64_t bytes);

#endif
