/*
 * Unit tests of the collector, one case per run: `gc_tests <case>`.
 *
 * The conservative stack scan may keep a stray object alive, so garbage is
 * made in noinline helpers (their frames and registers are gone once they
 * return) and the stack is overwritten before collecting; counts allow a
 * little slack.  Survival is checked white-box (the live bits) and by
 * churning the heap afterwards: a wrongly freed cell would be reused and
 * overwritten.
 */
#define _GNU_SOURCE
#include "test_support.h"

#include "../../../runtime-c/core/gc_internal.h"

#include <inttypes.h>
#include <sys/resource.h>

#define NOINLINE __attribute__((noinline))

/* Overwrites the stack below the caller, where the helpers' frames were. */
static NOINLINE void clobber_stack(void)
{
    volatile char junk[64 * 1024];
    for (size_t i = 0; i < sizeof junk; i += 8)
        junk[i] = 0;
    __asm__ volatile("" : : "r"(junk) : "memory");
}

static void collect_clean(void)
{
    clobber_stack();
    pyuk_gc_collect();
}

/* White-box: did the last collection mark the object at `p`? */
static bool survived(const void *p)
{
    uintptr_t off = (uintptr_t)p - pyuk_heap.blocks_base;
    if (off >= (uintptr_t)pyuk_heap.nblocks << GC_BLOCK_SHIFT)
        return false;
    uint32_t b = (uint32_t)(off >> GC_BLOCK_SHIFT);
    const uint64_t *live = gc_block_bits(pyuk_heap.live_bits, b);
    switch (pyuk_heap.blocks[b].kind) {
    case GC_BLOCK_SMALL:
        return gc_bit_test(live, (off & GC_BLOCK_MASK) >> GC_GRANULE_SHIFT);
    case GC_BLOCK_LARGE_HEAD:
        return (off & GC_BLOCK_MASK) == 0 && (live[0] & 1);
    default:
        return false;
    }
}

/* Allocates `bytes` of garbage in `size`-byte leaves, reusing free cells. */
static NOINLINE void churn(size_t size, size_t bytes)
{
    for (size_t done = 0; done < bytes; done += size) {
        leaf *l = new_leaf(size, -1);
        memset(l->bytes, 0x5a, size - sizeof(leaf));
    }
}

/* ---- roots ---- */

static NOINLINE void check_chain(node *n, int64_t count)
{
    for (int64_t i = 0; i < count; i++, n = n->left) {
        CHECK(n != NULL);
        CHECK(n->ob.type == &node_type);
        CHECK(n->value == i);
    }
}

static void test_stack_roots(void)
{
    node *kept[1000];
    for (int i = 0; i < 1000; i++)
        kept[i] = new_node(NULL, NULL, i);
    node *chain = NULL;
    for (int64_t i = 2000; i-- > 0;)
        chain = new_node(chain, NULL, i);
    collect_clean();
    for (int i = 0; i < 1000; i++)
        CHECK(survived(kept[i]));
    CHECK(survived(chain));
    churn(32, 16 << 20);
    for (int i = 0; i < 1000; i++) {
        CHECK(kept[i]->ob.type == &node_type);
        CHECK(kept[i]->value == i);
    }
    check_chain(chain, 2000);
    CHECK(gc_stats().live_objects >= 3000);
}

static pyuk_object *registered_slot;

static NOINLINE void fill_precise_roots(void)
{
    test_global_a = &new_node(NULL, NULL, 0)->ob;
    test_global_b = &new_node(new_node(NULL, NULL, 2), NULL, 1)->ob;
    pyuk_gc_add_root(&registered_slot);
    registered_slot = &new_node(NULL, NULL, 3)->ob;
    pyuk_current_exception = &new_node(NULL, NULL, 4)->ob;
}

static void test_precise_roots(void)
{
    fill_precise_roots();
    collect_clean();
    churn(32, 16 << 20);
    node *b = (node *)test_global_b;
    CHECK(((node *)test_global_a)->value == 0);
    CHECK(b->value == 1 && b->left->value == 2);
    CHECK(((node *)registered_slot)->value == 3);
    CHECK(((node *)pyuk_current_exception)->value == 4);
    CHECK(survived(b->left));
    /* dropping a root frees what only it held */
    test_global_b = NULL;
    pyuk_current_exception = NULL;
    collect_clean();
    CHECK(gc_stats().live_objects <= 2 + 8);
}

/* ---- reclaiming ---- */

static NOINLINE void make_garbage_chain(int count)
{
    node *chain = NULL;
    for (int i = 0; i < count; i++)
        chain = new_node(chain, NULL, i);
}

static void test_unreachable_reclaimed(void)
{
    make_garbage_chain(100000);
    pyuk_gc_stats before = gc_stats();
    collect_clean();
    pyuk_gc_stats after = gc_stats();
    CHECK(after.objects_allocated == 100000);
    CHECK(after.live_objects <= 16);
    CHECK(after.objects_freed - before.objects_freed >= 100000 - 16);
    /* the same amount again fits in the memory just freed */
    uint64_t extent = after.heap_extent_high_water;
    make_garbage_chain(100000);
    collect_clean();
    CHECK(gc_stats().heap_extent_high_water == extent);
    CHECK(gc_stats().live_objects <= 16);
}

static NOINLINE void make_cycles(void)
{
    node *self = new_node(NULL, NULL, 0);
    self->left = self;
    node *first = new_node(NULL, NULL, 0), *ring = first;
    for (int i = 1; i < 10000; i++)
        ring = new_node(ring, NULL, i);
    first->left = ring; /* close the ring */
    node *a = new_node(NULL, NULL, 0), *b = new_node(a, a, 1);
    a->left = b;
    a->right = b;
}

static void test_cycles_collected(void)
{
    make_cycles();
    collect_clean();
    pyuk_gc_stats s = gc_stats();
    CHECK(s.objects_allocated == 10003);
    CHECK(s.live_objects <= 16);
    CHECK(s.objects_freed >= 10003 - 16);
}

/* Returns only a derived pointer: the object's start is gone from
 * registers and (after clobber_stack) from the stack. */
static NOINLINE uintptr_t make_hidden(size_t size, size_t offset, int64_t tag)
{
    leaf *l = new_leaf(size, tag);
    memset(l->bytes, 0x77, size - sizeof(leaf));
    return (uintptr_t)l + offset;
}

static void check_hidden(volatile uintptr_t *p, size_t size, size_t offset,
                         int64_t tag)
{
    leaf *l = (leaf *)(*p - offset);
    CHECK(survived(l));
    CHECK(l->ob.type == &leaf_type && l->value == tag);
    for (size_t i = 0; i < size - sizeof(leaf); i++)
        CHECK(l->bytes[i] == 0x77);
}

static void test_interior_pointers(void)
{
    /* 48 is a class size: one past the end is the next cell's start */
    volatile uintptr_t middle = make_hidden(48, 20, 1);
    volatile uintptr_t past_end = make_hidden(48, 48, 2);
    volatile uintptr_t large_tail = make_hidden(200000, 150000, 3);
    volatile uintptr_t large_end = make_hidden(65536, 65536, 4);
    collect_clean();
    churn(48, 32 << 20);
    churn(200000, 32 << 20);
    check_hidden(&middle, 48, 20, 1);
    check_hidden(&past_end, 48, 48, 2);
    check_hidden(&large_tail, 200000, 150000, 3);
    check_hidden(&large_end, 65536, 65536, 4);
    /* a pointer two granules past the end does not keep it */
    volatile uintptr_t beyond = make_hidden(48, 48 + 32, 5);
    collect_clean();
    CHECK(!survived((void *)(beyond - 80)));
}

/* ---- layouts ---- */

static NOINLINE node *garbage_node(void)
{
    return new_node(NULL, NULL, -7);
}

static NOINLINE pyuk_buffer *make_buffers(pyuk_buffer **raw_out)
{
    pyuk_buffer *refs = pyuk_alloc_buffer(1000, true);
    pyuk_buffer *raw = pyuk_alloc_buffer(1000, false);
    CHECK(refs->ob.type == &pyuk_type_buffer_refs && refs->capacity == 1000);
    CHECK(raw->ob.type == &pyuk_type_buffer_raw && raw->capacity == 1000);
    for (int i = 0; i < 1000; i++) {
        CHECK(refs->data[i] == 0 && raw->data[i] == 0);
        if (i % 3)
            refs->data[i] = (pyuk_word)new_node(NULL, NULL, i);
        /* words that look like pointers keep nothing alive in a raw buffer */
        raw->data[i] = (pyuk_word)garbage_node();
    }
    *raw_out = raw;
    return refs;
}

static void test_buffers(void)
{
    pyuk_buffer *raw;
    pyuk_buffer *refs = make_buffers(&raw);
    collect_clean();
    CHECK(survived(refs) && survived(raw));
    for (int i = 0; i < 1000; i++) {
        if (i % 3)
            CHECK(survived((void *)refs->data[i]));
        CHECK(!survived((void *)raw->data[i]));
    }
    churn(32, 16 << 20);
    for (int i = 0; i < 1000; i++)
        if (i % 3)
            CHECK(((node *)refs->data[i])->value == i);
}

static pyuk_list *new_list(bool refs)
{
    pyuk_list *list = (pyuk_list *)pyuk_alloc(&list_type, sizeof(pyuk_list));
    list->kind = refs ? PYUK_KIND_OBJ : PYUK_KIND_INT;
    return list;
}

static void list_append(pyuk_list *list, pyuk_word item)
{
    if (list->length == list->capacity) {
        pyuk_int capacity = list->capacity ? list->capacity * 2 : 4;
        pyuk_buffer *buf =
            pyuk_alloc_buffer((size_t)capacity, list->kind == PYUK_KIND_OBJ);
        if (list->items)
            memcpy(buf->data, list->items,
                   (size_t)list->length * sizeof(pyuk_word));
        list->items = buf->data;
        list->capacity = capacity;
    }
    list->items[list->length++] = item;
}

static NOINLINE void make_lists(void)
{
    pyuk_list *objs = new_list(true), *ints = new_list(false);
    for (int i = 0; i < 5000; i++) {
        list_append(objs, (pyuk_word)new_node(NULL, NULL, i));
        list_append(ints, (pyuk_word)garbage_node());
    }
    test_global_a = &objs->ob;
    test_global_b = &ints->ob;
}

static void test_lists(void)
{
    make_lists();
    collect_clean();
    pyuk_list *objs = (pyuk_list *)test_global_a;
    pyuk_list *ints = (pyuk_list *)test_global_b;
    CHECK(survived(pyuk_buffer_of_items(objs->items)));
    CHECK(survived(pyuk_buffer_of_items(ints->items)));
    for (int i = 0; i < 5000; i++)
        CHECK(!survived((void *)ints->items[i]));
    churn(32, 16 << 20);
    for (int i = 0; i < 5000; i++)
        CHECK(((node *)objs->items[i])->value == i);
    /* the 5000 nodes, 2 lists, 2 buffers: the old buffers are gone */
    CHECK(gc_stats().live_objects <= 5004 + 16);
}

/* 70 slots after the header: references at 0, 5, 63 and 65 (second word
 * of the ptrmap); the others hold pointer-looking numbers. */
static const uint64_t wide_ptrmap[2] = {(1ull << 0) | (1ull << 5) | (1ull << 63),
                                        1ull << 1};
static const pyuk_type wide_type = {
    .name = "wide",
    .family = PYUK_T_INSTANCE,
    .size = sizeof(pyuk_object) + 70 * sizeof(pyuk_word),
    .trace = pyuk_trace_fixed,
    .ptrmap = wide_ptrmap,
};

static bool wide_is_ref(int i)
{
    return i == 0 || i == 5 || i == 63 || i == 65;
}

static NOINLINE void make_wide(void)
{
    pyuk_object *w = pyuk_alloc(&wide_type, wide_type.size);
    pyuk_word *slots = (pyuk_word *)(w + 1);
    for (int i = 0; i < 70; i++)
        slots[i] = (pyuk_word)(wide_is_ref(i) ? new_node(NULL, NULL, i)
                                              : garbage_node());
    test_global_a = w;
}

static const uint8_t mixed_kinds[4] = {PYUK_KIND_INT, PYUK_KIND_OBJ,
                                       PYUK_KIND_FLOAT, PYUK_KIND_OBJ};
static const pyuk_type mixed_tuple_type = {
    .name = "tuple",
    .family = PYUK_T_TUPLE,
    .nitem_kinds = 4,
    .item_kinds = mixed_kinds,
    .trace = pyuk_trace_tuple,
};
static const uint8_t obj_kind[1] = {PYUK_KIND_OBJ};
static const pyuk_type obj_tuple_type = {
    .name = "tuple",
    .family = PYUK_T_TUPLE,
    .nitem_kinds = 1,
    .item_kinds = obj_kind,
    .trace = pyuk_trace_tuple,
};

static pyuk_tuple *new_tuple(const pyuk_type *type, pyuk_int length)
{
    pyuk_tuple *t = (pyuk_tuple *)pyuk_alloc(
        type, sizeof(pyuk_tuple) + (size_t)length * sizeof(pyuk_word));
    t->length = length;
    return t;
}

static NOINLINE void make_tuples(void)
{
    pyuk_tuple *mixed = new_tuple(&mixed_tuple_type, 4);
    for (int i = 0; i < 4; i++)
        mixed->items[i] = (pyuk_word)(i % 2 ? new_node(NULL, NULL, i)
                                            : garbage_node());
    pyuk_tuple *all = new_tuple(&obj_tuple_type, 3);
    all->items[0] = (pyuk_word)mixed;
    all->items[2] = (pyuk_word)new_node(NULL, NULL, 2);
    test_global_b = &all->ob;
}

static void test_fixed_and_tuples(void)
{
    make_wide();
    make_tuples();
    collect_clean();
    pyuk_word *slots = (pyuk_word *)(test_global_a + 1);
    for (int i = 0; i < 70; i++) {
        CHECK(survived((void *)slots[i]) == wide_is_ref(i));
        if (wide_is_ref(i))
            CHECK(((node *)slots[i])->value == i);
    }
    pyuk_tuple *all = (pyuk_tuple *)test_global_b;
    pyuk_tuple *mixed = (pyuk_tuple *)all->items[0];
    CHECK(survived(mixed) && survived((void *)all->items[2]));
    for (int i = 0; i < 4; i++)
        CHECK(survived((void *)mixed->items[i]) == (i % 2 == 1));
}

static NOINLINE void make_large(void)
{
    pyuk_buffer *big = pyuk_alloc_buffer(100000, true); /* 800 KB */
    for (int i = 0; i < 100000; i += 1000)
        big->data[i] = (pyuk_word)new_node(NULL, NULL, i);
    test_global_a = &big->ob;
    for (int i = 0; i < 20; i++)
        new_leaf(100000 + (size_t)i * 5000, i); /* large garbage */
}

static NOINLINE void check_large(void)
{
    pyuk_buffer *big = (pyuk_buffer *)test_global_a;
    CHECK(((uintptr_t)big & GC_BLOCK_MASK) == 0 && survived(big));
    for (int i = 0; i < 100000; i++) {
        if (i % 1000 == 0)
            CHECK(((node *)big->data[i])->value == i);
        else
            CHECK(big->data[i] == 0);
    }
}

static void test_large_objects(void)
{
    make_large();
    pyuk_gc_stats before = gc_stats();
    collect_clean();
    pyuk_gc_stats after = gc_stats();
    CHECK(after.heap_bytes < before.heap_bytes - 20 * 100000);
    check_large();
    churn(100000, 64 << 20);
    check_large();
    test_global_a = NULL;
    collect_clean();
    CHECK(gc_stats().heap_bytes <= 4 * GC_BLOCK_SIZE);
}

/* Every class: aligned, zeroed (also when reused), inside the heap. */
static NOINLINE void alloc_all_sizes(unsigned char fill)
{
    for (size_t size = 8; size <= 3 * GC_SMALL_MAX; size += size / 8 + 8) {
        unsigned char *p = (unsigned char *)pyuk_alloc(&leaf_type, size);
        CHECK(((uintptr_t)p & 15) == 0);
        CHECK(((pyuk_object *)p)->type == &leaf_type);
        for (size_t i = sizeof(pyuk_object); i < size; i++)
            CHECK(p[i] == 0);
        memset(p + sizeof(pyuk_object), fill, size - sizeof(pyuk_object));
    }
}

static void test_sizes_zeroed(void)
{
    for (int round = 0; round < 4; round++) {
        alloc_all_sizes(0xee);
        collect_clean();
    }
    /* usable sizes: enough, stable, and what the heap really takes */
    for (size_t size = 1; size < 200000; size += size / 16 + 1) {
        size_t usable = pyuk_gc_usable_size(size);
        CHECK(usable >= size && pyuk_gc_usable_size(usable) == usable);
        CHECK(size <= GC_SMALL_MAX || usable % GC_BLOCK_SIZE == 0);
        if (size <= 128)
            CHECK(usable - size < 16);
        else if (size <= GC_SMALL_MAX)
            CHECK(usable * 2 <= size * 3 + 32); /* 10913 -> 16384 */
        else
            CHECK(usable - size < GC_BLOCK_SIZE);
    }
    CHECK(pyuk_gc_usable_size(sizeof(pyuk_buffer) + 4096 * 8) == 65536);
    /* offset -> cell index by multiplication is exact */
    for (unsigned c = 0; c < GC_NCLASSES; c++) {
        uint32_t cell = gc_classes[c].cell_size;
        for (uint64_t off = 0; off < GC_BLOCK_SIZE; off++)
            CHECK(((off * gc_class_reciprocal[c]) >> 32) == off / cell);
    }
}

/* ---- mark stack overflow ---- */

/* A 1,000,000-long linked list whose node i holds an item (left) and the
 * next node (right); the item is a node holding a leaf. */
static NOINLINE void make_comb(int64_t n)
{
    node *next = NULL;
    for (int64_t i = n; i-- > 0;) {
        node *item = new_node((node *)new_leaf(16, i), NULL, i);
        next = new_node(item, next, i);
    }
    test_global_a = &next->ob;
}

static void check_item(const node *item, int64_t i)
{
    CHECK(item->ob.type == &node_type && item->value == i);
    const leaf *l = (const leaf *)item->left;
    CHECK(l->ob.type == &leaf_type && l->value == i);
}

static NOINLINE void check_comb(int64_t n)
{
    node *x = (node *)test_global_a;
    for (int64_t i = 0; i < n; i++, x = x->right) {
        CHECK(x->ob.type == &node_type && x->value == i);
        check_item(x->left, i);
    }
    CHECK(x == NULL);
}

/* The same items in one buffer: tracing it pushes a million objects, so
 * the mark stack overflows, and an item dropped on overflow is the only
 * way to its leaf, which is lost unless the overflow is recovered. */
static NOINLINE void make_item_buffer(int64_t n)
{
    pyuk_buffer *items = pyuk_alloc_buffer((size_t)n, true);
    test_global_b = &items->ob;
    for (int64_t i = 0; i < n; i++)
        items->data[i] = (pyuk_word)new_node((node *)new_leaf(16, i), NULL, i);
}

static NOINLINE void check_item_buffer(int64_t n)
{
    pyuk_buffer *items = (pyuk_buffer *)test_global_b;
    for (int64_t i = 0; i < n; i++)
        check_item((node *)items->data[i], i);
}

static void test_mark_stack_overflow(void)
{
    const int64_t n = 1000000;
    make_comb(n);
    make_item_buffer(n);
    collect_clean();
    pyuk_gc_stats s = gc_stats();
    printf("1,000,000-long list and 1,000,000-item buffer: %llu objects live, "
           "%llu mark-stack overflows, pause %.1f ms\n",
           (unsigned long long)s.live_objects,
           (unsigned long long)s.mark_stack_overflows, s.pause_last_ns / 1e6);
    CHECK(s.mark_stack_overflows > 0);
    CHECK(s.live_objects >= (uint64_t)(5 * n));
    churn(16, 64 << 20);
    check_comb(n);
    check_item_buffer(n);
}

/* ---- bounded memory ---- */

static uint64_t random_state = 0x9e3779b97f4a7c15ull;

static uint64_t next_random(void)
{
    random_state ^= random_state << 13;
    random_state ^= random_state >> 7;
    random_state ^= random_state << 17;
    return random_state;
}

/* ---- a random, mutating object graph ---- */

/* A variable-size object: `nrefs` references, then payload bytes that are
 * a function of its id, so any reuse of a live cell shows. */
typedef struct gnode {
    pyuk_object ob;
    int64_t id;
    int64_t epoch; /* last verification that reached it */
    int64_t nrefs;
    int64_t size;
    struct gnode *refs[];
} gnode;

static void gnode_trace(pyuk_object *obj, pyuk_visit_fn visit)
{
    gnode *g = (gnode *)obj;
    for (int64_t i = 0; i < g->nrefs; i++)
        if (g->refs[i])
            visit(&g->refs[i]->ob);
}

static const pyuk_type gnode_type = {
    .name = "gnode", .family = PYUK_T_INSTANCE, .trace = gnode_trace,
};

static unsigned char *gnode_payload(gnode *g, size_t *len)
{
    size_t head = sizeof(gnode) + (size_t)g->nrefs * sizeof(gnode *);
    *len = (size_t)g->size - head;
    return (unsigned char *)g + head;
}

static gnode *new_gnode(int64_t id)
{
    int64_t nrefs = (int64_t)(next_random() % 6);
    size_t head = sizeof(gnode) + (size_t)nrefs * sizeof(gnode *);
    uint64_t r = next_random() % 1000;
    /* mostly small, some medium, a few large (up to ~100 KB) */
    size_t extra = r < 900 ? r % 100 : r < 995 ? next_random() % 4000
                                               : next_random() % 100000;
    gnode *g = (gnode *)pyuk_alloc(&gnode_type, head + extra);
    CHECK(g != NULL);
    g->id = id;
    g->nrefs = nrefs;
    g->size = (int64_t)(head + extra);
    size_t len;
    unsigned char *p = gnode_payload(g, &len);
    for (size_t k = 0; k < len; k++)
        p[k] = (unsigned char)(id * 31 + (int64_t)k);
    return g;
}

static int64_t verify_epoch;

/* Walks everything reachable from the roots, checking each payload;
 * returns the number of objects reached. */
static NOINLINE size_t verify_graph(pyuk_buffer *roots)
{
    verify_epoch++;
    size_t cap = 1 << 16, sp = 0, reached = 0;
    gnode **stack = malloc(cap * sizeof *stack);
    for (pyuk_int i = 0; i < roots->capacity; i++)
        if (roots->data[i])
            stack[sp++] = (gnode *)roots->data[i];
    while (sp) {
        gnode *g = stack[--sp];
        CHECK(g->ob.type == &gnode_type);
        if (g->epoch == verify_epoch)
            continue;
        g->epoch = verify_epoch;
        reached++;
        size_t len;
        unsigned char *p = gnode_payload(g, &len);
        for (size_t k = 0; k < len; k++)
            CHECK(p[k] == (unsigned char)(g->id * 31 + (int64_t)k));
        for (int64_t i = 0; i < g->nrefs; i++) {
            if (!g->refs[i])
                continue;
            if (sp == cap)
                stack = realloc(stack, (cap *= 2) * sizeof *stack);
            stack[sp++] = g->refs[i];
        }
    }
    free(stack);
    return reached;
}

/* Random allocation, linking and unlinking among ~2000 roots; every so
 * often the whole reachable graph is checked byte by byte. */
static NOINLINE void mutate_graph(pyuk_buffer *roots, int64_t ops)
{
    int64_t id = 0;
    for (int64_t op = 0; op < ops; op++) {
        size_t slot = next_random() % (size_t)roots->capacity;
        gnode *g = new_gnode(id++);
        gnode *target = (gnode *)roots->data[next_random() % (size_t)roots->capacity];
        switch (next_random() % 4) {
        case 0: /* replace a root: whatever only it held becomes garbage */
            roots->data[slot] = (pyuk_word)g;
            break;
        case 1: /* hang it below a live object (cycles happen too) */
            if (target && target->nrefs)
                target->refs[next_random() % (size_t)target->nrefs] = g;
            break;
        case 2: /* link it to live objects */
            for (int64_t i = 0; i < g->nrefs; i++)
                g->refs[i] = (gnode *)roots->data[next_random() %
                                                   (size_t)roots->capacity];
            roots->data[slot] = (pyuk_word)g;
            break;
        default: /* garbage at once */
            break;
        }
        if (op % 10000 == 9999)
            verify_graph(roots);
    }
}

static void test_random_graph(void)
{
    test_heap_size = 128u << 20;
    pyuk_buffer *roots = pyuk_alloc_buffer(2000, true);
    test_global_a = &roots->ob;
    int64_t ops = getenv("GC_STRESS_GIB") && atof(getenv("GC_STRESS_GIB")) < 1
                      ? 400000 : 2000000;
    mutate_graph(roots, ops);
    collect_clean();
    size_t reached = verify_graph(roots);
    pyuk_gc_stats s = gc_stats();
    printf("random graph: %lld operations, %llu collections, %zu objects "
           "reachable, %llu live, heap high-water %.1f MiB\n",
           (long long)ops, (unsigned long long)s.collections, reached,
           (unsigned long long)s.live_objects, s.heap_high_water / 1048576.0);
    CHECK(s.collections > 10);
    CHECK(s.live_objects >= reached && s.live_objects <= reached + 64);
}

static leaf *random_string(void)
{
    size_t size = 32 + next_random() % 96;
    leaf *s = new_leaf(size, (int64_t)size);
    memset(s->bytes, 'x', size - sizeof(leaf));
    return s;
}

/* A dict stand-in: a node holding a table of keys and values. */
static node *random_dict(void)
{
    size_t n = 1 + next_random() % 12;
    pyuk_buffer *table = pyuk_alloc_buffer(2 * n, true);
    for (size_t i = 0; i < 2 * n; i++)
        table->data[i] = (pyuk_word)random_string();
    node *d = new_node((node *)table, NULL, (int64_t)n);
    return d;
}

static pyuk_list *random_list(void)
{
    pyuk_list *list = new_list(true);
    size_t n = next_random() % 24;
    for (size_t i = 0; i < n; i++)
        list_append(list, (pyuk_word)random_string());
    return list;
}

/* Allocates `total` bytes in short-lived strings, lists and dicts while a
 * ring of `live` recent ones stays reachable (512: a few hundred KiB). */
static NOINLINE void churn_program(uint64_t total, size_t live)
{
    pyuk_buffer *ring = pyuk_alloc_buffer(live, true);
    test_global_a = &ring->ob;
    while (gc_stats().bytes_allocated < total) {
        for (int i = 0; i < 10000; i++) {
            pyuk_object *o;
            switch (next_random() % 3) {
            case 0: o = &random_string()->ob; break;
            case 1: o = &random_list()->ob; break;
            default: o = &random_dict()->ob; break;
            }
            CHECK(o != NULL);
            ring->data[next_random() % live] = (pyuk_word)o;
        }
    }
}

/* Peak RSS of this program: VmHWM belongs to the process's own memory map.
 * (getrusage's ru_maxrss is not usable: Linux carries it across execve, so
 * a test started by a big pytest worker would inherit the worker's peak.) */
static uint64_t max_rss_bytes(void)
{
    FILE *f = fopen("/proc/self/status", "r");
    char line[256];
    uint64_t kib = 0;
    while (f && fgets(line, sizeof line, f))
        if (sscanf(line, "VmHWM: %" SCNu64 " kB", &kib) == 1)
            break;
    if (f)
        fclose(f);
    return kib * 1024;
}

static uint64_t gib_from_env(const char *name, uint64_t dflt)
{
    const char *v = getenv(name);
    return v ? (uint64_t)(atof(v) * (1 << 30)) : dflt;
}

static void report(const char *what)
{
    pyuk_gc_stats s = gc_stats();
    printf("%s: allocated %.2f GiB in %llu objects, %llu collections, "
           "live %.2f MiB, heap high-water %.2f MiB, extent %.2f MiB, "
           "released %.1f MiB, max pause %.2f ms, total pause %.1f ms, "
           "%llu mark-stack overflows, "
           "max RSS %.1f MiB\n",
           what, s.bytes_allocated / 1073741824.0,
           (unsigned long long)s.objects_allocated,
           (unsigned long long)s.collections, s.live_bytes / 1048576.0,
           s.heap_high_water / 1048576.0,
           s.heap_extent_high_water / 1048576.0,
           s.bytes_released / 1048576.0, s.pause_max_ns / 1e6,
           s.pause_total_ns / 1e6, (unsigned long long)s.mark_stack_overflows,
           max_rss_bytes() / 1048576.0);
}

static void test_stress_bounded(void)
{
    churn_program(gib_from_env("GC_STRESS_GIB", (uint64_t)2 << 30), 512);
    report("stress");
    pyuk_gc_stats s = gc_stats();
    CHECK(test_memory_errors == 0);
    CHECK(s.heap_high_water <= (24u << 20));
    CHECK(s.heap_extent_high_water <= (32u << 20));
    if (getenv("GC_CHECK_RSS"))
        CHECK(max_rss_bytes() < (64u << 20));
}

/* As on a 32 MiB guest: ~25 MiB of junk-filled RAM. */
static void test_stress_kernel_heap(void)
{
    test_heap_size = 25u << 20;
    test_heap_dirty = true;
    churn_program(gib_from_env("GC_STRESS_GIB", (uint64_t)1 << 30) / 2, 512);
    report("kernel heap");
    CHECK(test_memory_errors == 0);
}

/* The same with ~6 MiB live: collections are also forced by a full heap. */
static void test_stress_kernel_full(void)
{
    test_heap_size = 25u << 20;
    test_heap_dirty = true;
    churn_program(gib_from_env("GC_STRESS_GIB", (uint64_t)1 << 30) / 4, 12000);
    report("kernel heap, 12000 live");
    CHECK(test_memory_errors == 0);
    CHECK(gc_stats().live_bytes >= (4u << 20));
}

static NOINLINE void make_big_live_set(void)
{
    pyuk_list *list = new_list(true);
    test_global_a = &list->ob;
    for (int i = 0; i < 3000000; i++)
        list_append(list, (pyuk_word)new_node(NULL, NULL, i));
}

/* A transient 100 MB peak is handed back once it is garbage. */
static void test_release_after_peak(void)
{
    make_big_live_set();
    collect_clean();
    CHECK(gc_stats().live_bytes >= 3000000 * 32);
    test_global_a = NULL;
    collect_clean();
    pyuk_gc_stats s = gc_stats();
    CHECK(s.live_objects <= 16);
    CHECK(s.bytes_released >= (64u << 20));
    CHECK(test_released_bytes == s.bytes_released);
    /* reusing released blocks works (they are zeroed again) */
    make_big_live_set();
    collect_clean();
    pyuk_list *list = (pyuk_list *)test_global_a;
    for (int i = 0; i < 3000000; i += 999)
        CHECK(((node *)list->items[i])->value == i);
}

static NOINLINE bool fill_heap_until_full(void)
{
    node *chain = NULL;
    for (;;) {
        node *n = (node *)pyuk_alloc(&node_type, sizeof(node));
        if (!n)
            break;
        n->left = chain;
        chain = n;
    }
    test_global_a = &chain->ob;
    return pyuk_current_exception != NULL;
}

static void test_out_of_memory(void)
{
    test_heap_size = 8u << 20;
    CHECK(fill_heap_until_full());
    CHECK(test_memory_errors == 1);
    pyuk_current_exception = NULL;
    CHECK(pyuk_alloc(&leaf_type, 100u << 20) == NULL);
    CHECK(pyuk_alloc_buffer(SIZE_MAX / 4, true) == NULL);
    CHECK(test_memory_errors == 3);
    /* dropping the chain makes room again */
    test_global_a = NULL;
    pyuk_current_exception = NULL;
    collect_clean();
    CHECK(new_leaf(1u << 20, 1) != NULL);
    CHECK(new_node(NULL, NULL, 1) != NULL);
    CHECK(test_memory_errors == 3);
}

static const struct {
    const char *name;
    void (*run)(void);
} cases[] = {
    {"stack_roots", test_stack_roots},
    {"precise_roots", test_precise_roots},
    {"unreachable_reclaimed", test_unreachable_reclaimed},
    {"cycles_collected", test_cycles_collected},
    {"interior_pointers", test_interior_pointers},
    {"buffers", test_buffers},
    {"lists", test_lists},
    {"fixed_and_tuples", test_fixed_and_tuples},
    {"large_objects", test_large_objects},
    {"sizes_zeroed", test_sizes_zeroed},
    {"mark_stack_overflow", test_mark_stack_overflow},
    {"random_graph", test_random_graph},
    {"stress_bounded", test_stress_bounded},
    {"stress_kernel_heap", test_stress_kernel_heap},
    {"stress_kernel_full", test_stress_kernel_full},
    {"release_after_peak", test_release_after_peak},
    {"out_of_memory", test_out_of_memory},
};

int main(int argc, char **argv)
{
    size_t ncases = sizeof cases / sizeof cases[0];
    if (argc == 2 && strcmp(argv[1], "--list") == 0) {
        for (size_t i = 0; i < ncases; i++)
            printf("%s\n", cases[i].name);
        return 0;
    }
    for (size_t i = 0; argc == 2 && i < ncases; i++) {
        if (strcmp(argv[1], cases[i].name) == 0) {
            cases[i].run();
            printf("ok %s\n", argv[1]);
            return 0;
        }
    }
    fprintf(stderr, "usage: %s --list | <case>\n", argv[0]);
    return 2;
}
