/*
 * The acceptance workload as a freestanding program on the real platforms
 * (unix, kvm, xen): a stand-in pyuk_main that allocates GC_PROGRAM_MIB in
 * millions of short-lived strings, lists and dicts while a ring of 512
 * recent ones stays live, then prints the collector's statistics.  Exit
 * status 0 when no allocation failed.  Built by tests/runtime/test_gc.py
 * with tests/platform/build.py's platform libraries and linker scripts.
 */
#include <pyuk/gc.h>
#include <pyuk/platform.h>

#ifndef GC_PROGRAM_MIB
#define GC_PROGRAM_MIB 4096
#endif
#define RING 512

pyuk_object *pyuk_current_exception;
pyuk_object *pyuk_handled_exception;
static unsigned memory_errors;

void pyuk_raise_memory_error(void)
{
    memory_errors++;
}

static pyuk_object *ring_slot;
pyuk_object **const pyuk_program_roots[] = {&ring_slot, NULL};

/* ---- the three kinds of objects ---- */

typedef struct text {
    pyuk_object ob;
    pyuk_int hash, length, size;
    char data[];
} text;

static const pyuk_type str_type = {.name = "str", .family = PYUK_T_STR};

static const uint64_t dict_ptrmap[1] = {0x1}; /* the table */
typedef struct dict {
    pyuk_object ob;
    pyuk_buffer *table;
    pyuk_int used;
} dict;
static const pyuk_type dict_type = {
    .name = "dict",
    .family = PYUK_T_DICT,
    .size = sizeof(dict),
    .trace = pyuk_trace_fixed,
    .ptrmap = dict_ptrmap,
};

static const pyuk_type list_type = {
    .name = "list",
    .family = PYUK_T_LIST,
    .size = sizeof(pyuk_list),
    .trace = pyuk_trace_list,
};

static uint64_t random_state = 0x9e3779b97f4a7c15ull;

static uint64_t next_random(void)
{
    random_state ^= random_state << 13;
    random_state ^= random_state >> 7;
    random_state ^= random_state << 17;
    return random_state;
}

static pyuk_object *new_text(void)
{
    pyuk_int n = (pyuk_int)(next_random() % 64);
    text *t = (text *)pyuk_alloc(&str_type, sizeof(text) + (size_t)n + 1);
    if (!t)
        return NULL;
    t->hash = -1;
    t->length = t->size = n;
    for (pyuk_int i = 0; i < n; i++)
        t->data[i] = (char)('a' + i % 26);
    return &t->ob;
}

static bool list_append(pyuk_list *list, pyuk_object *item)
{
    if (list->length == list->capacity) {
        pyuk_int capacity = list->capacity ? 2 * list->capacity : 4;
        pyuk_buffer *buf = pyuk_alloc_buffer((size_t)capacity, true);
        if (!buf)
            return false;
        for (pyuk_int i = 0; i < list->length; i++)
            buf->data[i] = list->items[i];
        list->items = buf->data;
        list->capacity = capacity;
    }
    list->items[list->length++] = (pyuk_word)item;
    return true;
}

static pyuk_object *new_list(void)
{
    pyuk_list *list = (pyuk_list *)pyuk_alloc(&list_type, sizeof(pyuk_list));
    if (!list)
        return NULL;
    list->kind = PYUK_KIND_OBJ;
    for (uint64_t n = next_random() % 24; n > 0; n--)
        if (!list_append(list, new_text()))
            return NULL;
    return &list->ob;
}

static pyuk_object *new_dict(void)
{
    dict *d = (dict *)pyuk_alloc(&dict_type, sizeof(dict));
    if (!d)
        return NULL;
    pyuk_int n = 1 + (pyuk_int)(next_random() % 12);
    d->table = pyuk_alloc_buffer(2 * (size_t)n, true);
    if (!d->table)
        return NULL;
    for (pyuk_int i = 0; i < 2 * n; i++)
        d->table->data[i] = (pyuk_word)new_text();
    d->used = n;
    return &d->ob;
}

/* ---- output without libc ---- */

static void put(const char *s)
{
    size_t n = 0;
    while (s[n])
        n++;
    plat_console_write(PLAT_STDOUT, s, n);
}

static void put_number(const char *label, uint64_t v)
{
    char buf[24];
    int i = sizeof buf;
    buf[--i] = 0;
    do {
        buf[--i] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    put(label);
    put(buf + i);
}

int pyuk_main(void)
{
    pyuk_gc_init();
    pyuk_buffer *ring = pyuk_alloc_buffer(RING, true);
    ring_slot = &ring->ob;
    uint64_t total = (uint64_t)GC_PROGRAM_MIB << 20;
    pyuk_gc_stats s;
    uint64_t start = plat_clock_monotonic();
    do {
        for (int i = 0; i < 10000 && !memory_errors; i++) {
            uint64_t kind = next_random() % 3;
            pyuk_object *o = kind == 0 ? new_text()
                             : kind == 1 ? new_list()
                                         : new_dict();
            ring->data[next_random() % RING] = (pyuk_word)o;
        }
        pyuk_gc_get_stats(&s);
    } while (s.bytes_allocated < total && !memory_errors);
    uint64_t ms = (plat_clock_monotonic() - start) / 1000000;

    put_number("gc program: allocated-MiB=", s.bytes_allocated >> 20);
    put_number(" objects=", s.objects_allocated);
    put_number(" ms=", ms);
    put_number(" collections=", s.collections);
    put_number(" live-KiB=", s.live_bytes >> 10);
    put_number(" heap-high-water-KiB=", s.heap_high_water >> 10);
    put_number(" extent-KiB=", s.heap_extent_high_water >> 10);
    put_number(" capacity-KiB=", s.heap_capacity >> 10);
    put_number(" max-pause-us=", s.pause_max_ns / 1000);
    put_number(" total-pause-us=", s.pause_total_ns / 1000);
    put_number(" memory-errors=", memory_errors);
    put("\n");
    return memory_errors ? 1 : 0;
}
