/*
 * Automatic memory management: a non-moving mark-sweep collector, precise on
 * the heap (each type's trace function) and conservative on the stack and
 * callee-saved registers.  See docs/memory.md for the design.
 *
 * pyuk_alloc() itself is declared in runtime.h (it is part of the ABI used
 * by compiled code); this header adds what the runtime core, the stdlib and
 * the tests need.
 */
#ifndef PYUK_GC_H
#define PYUK_GC_H

#include <pyuk/runtime.h>

/* Sets up the heap from plat_heap_region().  Optional: the first
 * allocation does it too; calling it early makes a bad region fail early. */
void pyuk_gc_init(void);

/* Allocates a zeroed buffer of `nwords` words (capacity set) whose words are
 * traced as references if `holds_refs`, else left alone.  Raises
 * MemoryError and returns NULL when the heap cannot hold it. */
pyuk_buffer *pyuk_alloc_buffer(size_t nwords, bool holds_refs);

/* Bytes the heap really sets aside for an object of `size` bytes (its size
 * class, or whole 32 KiB blocks above 16 KiB).  Growth policies can size
 * buffers to fill it: a list of 4096 words would otherwise take 64 KiB for
 * 32 KiB + 16 bytes. */
size_t pyuk_gc_usable_size(size_t size);

/* The buffer whose data[] starts at `items` (as held by pyuk_list.items). */
static inline pyuk_buffer *pyuk_buffer_of_items(pyuk_word *items)
{
    return (pyuk_buffer *)((char *)items - offsetof(pyuk_buffer, data));
}

/* Registers a slot the runtime keeps an object in (interned strings, caches,
 * the preallocated MemoryError...): what it holds at collection time stays
 * alive.  Slots are never unregistered. */
void pyuk_gc_add_root(pyuk_object **slot);

/* Runs a full collection now (gc.collect(), tests, benchmarks). */
void pyuk_gc_collect(void);

/* Implemented by the exceptions code: sets pyuk_current_exception to the
 * preallocated MemoryError.  It must not allocate. */
void pyuk_raise_memory_error(void);

/* ---- trace functions for the runtime's own layouts ----
 * Type descriptors put one of these in pyuk_type.trace (NULL: no refs). */

/* pyuk_buffer of references: every non-NULL data word. */
void pyuk_trace_buffer_refs(pyuk_object *obj, pyuk_visit_fn visit);
/* pyuk_list: the items buffer (found from the interior pointer). */
void pyuk_trace_list(pyuk_object *obj, pyuk_visit_fn visit);
/* Fixed-size instance: word i after the header is a reference iff bit i of
 * type->ptrmap is set; type->size gives the instance size. */
void pyuk_trace_fixed(pyuk_object *obj, pyuk_visit_fn visit);
/* pyuk_tuple: items whose kind (type->item_kinds) is PYUK_KIND_OBJ. */
void pyuk_trace_tuple(pyuk_object *obj, pyuk_visit_fn visit);

/* ---- statistics ---- */

typedef struct pyuk_gc_stats {
    uint64_t collections;
    uint64_t bytes_allocated;    /* footprint of all allocations so far */
    uint64_t objects_allocated;
    uint64_t objects_freed;
    uint64_t live_bytes;         /* footprint marked by the last collection */
    uint64_t live_objects;
    uint64_t heap_bytes;         /* bytes of blocks in use now */
    uint64_t heap_high_water;    /* peak of heap_bytes */
    uint64_t heap_extent_high_water; /* highest block ever used, as bytes
                                        from the heap start (what unix RSS
                                        follows when nothing is released) */
    uint64_t heap_capacity;      /* bytes of blocks in the region */
    uint64_t bytes_released;     /* handed back via plat_heap_release */
    uint64_t mark_stack_overflows; /* objects marked when the mark stack
                                      was full (traced by a rescan) */
    uint64_t pause_last_ns;
    uint64_t pause_max_ns;
    uint64_t pause_total_ns;
} pyuk_gc_stats;

void pyuk_gc_get_stats(pyuk_gc_stats *out);

#endif
